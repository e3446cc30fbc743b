package org.bri.data.metric;

import org.bri.data.common.Slugged;

/** How a printed figure qualifies its number ("over", "nearly", a range...). */
public enum Approximation implements Slugged {

    EXACT("exact"), MORE_THAN("more-than"), NEARLY("nearly"), ABOUT("about"), UP_TO("up-to"), RANGE("range");

    private final String slug;

    Approximation(String slug) {
        this.slug = slug;
    }

    @Override
    public String slug() {
        return slug;
    }
}
