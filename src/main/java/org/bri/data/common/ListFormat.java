package org.bri.data.common;

import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.core.MediaType;

/**
 * The representations of a list: JSON pages, or the whole filtered list as one CSV table or as NDJSON, one record a
 * line. Chosen by the {@code format} parameter, else by {@code Accept}; JSON when neither says.
 */
public enum ListFormat implements Slugged {

    JSON(MediaType.APPLICATION_JSON, "json"),
    CSV(ListFormat.TEXT_CSV, "csv"),
    NDJSON(ListFormat.APPLICATION_NDJSON, "ndjson");

    public static final String TEXT_CSV = "text/csv";
    public static final String APPLICATION_NDJSON = "application/x-ndjson";

    private final MediaType type;
    private final String extension;

    ListFormat(String type, String extension) {
        this.type = MediaType.valueOf(type);
        this.extension = extension;
    }

    public MediaType type() {
        return type;
    }

    /** The file name extension of a download in this format. */
    public String extension() {
        return extension;
    }

    /** Whether the whole list comes in one response rather than in pages. */
    public boolean streams() {
        return this != JSON;
    }

    /** The format a {@code format} parameter names, if it names one. */
    public static Optional<ListFormat> named(String parameter) {
        return parameter == null ? Optional.empty() : Slugged.find(ListFormat.class, parameter.strip());
    }

    /**
     * The format the client prefers among those a list offers: the first acceptable media type (in order of
     * preference) that one of them matches, JSON first for wildcards; JSON when none matches.
     */
    static ListFormat preferred(List<MediaType> acceptable) {
        for (MediaType accepted : acceptable) {
            if (refused(accepted.getParameters().get("q"))) {
                continue;
            }
            for (ListFormat format : values()) {
                if (accepted.isCompatible(format.type)) {
                    return format;
                }
            }
        }
        return JSON;
    }

    /** Whether a quality value says "not acceptable" (zero, or not a number at all). */
    private static boolean refused(String quality) {
        try {
            return quality != null && Double.parseDouble(quality) <= 0;
        } catch (NumberFormatException e) {
            return true;
        }
    }
}
