package org.bri.data.project;

import org.bri.data.common.Slugged;

/** Whether a project is a flagship or a "small and beautiful" wellbeing project. */
public enum ProjectScale implements Slugged {

    FLAGSHIP("flagship"), SMALL_AND_BEAUTIFUL("small-and-beautiful");

    private final String slug;

    ProjectScale(String slug) {
        this.slug = slug;
    }

    @Override
    public String slug() {
        return slug;
    }
}
