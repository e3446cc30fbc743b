package org.bri.data.theme;

/** A theme of the fixed vocabulary. */
public record ThemeResponse(String id, String label, String description) {

    public static ThemeResponse from(Theme t) {
        return new ThemeResponse(t.id, t.label, t.description);
    }
}
