package org.bri.data.common;

import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.core.MediaType;

/**
 * The representations of a list: JSON pages, or the whole filtered list as one CSV table or as NDJSON, one record a
 * line. Chosen by the {@code format} parameter, else by {@code Accept}; JSON when neither says.
 */
public enum ListFormat implements Slugged {

    JSON(MediaType.APPLICATION_JSON, "json"), CSV(ListFormat.TEXT_CSV, "csv"), NDJSON(ListFormat.APPLICATION_NDJSON,
            "ndjson");

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
     * The format the client prefers among those a list offers: the one with the highest quality among the Accept
     * ranges it matches, JSON on a tie (a generated client that lists every type a list offers gets JSON pages), and
     * JSON when none matches.
     */
    static ListFormat preferred(List<MediaType> acceptable) {
        ListFormat best = JSON;
        double bestQuality = -1;
        for (ListFormat format : values()) {
            double quality = acceptable.stream().filter(range -> range.isCompatible(format.type))
                    .mapToDouble(range -> quality(range.getParameters().get("q"))).max().orElse(0);
            if (quality > bestQuality) {
                best = format;
                bestQuality = quality;
            }
        }
        return bestQuality > 0 ? best : JSON;
    }

    /** A quality value: 1 when absent, 0 when it is no number. */
    private static double quality(String value) {
        try {
            return value == null ? 1 : Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
