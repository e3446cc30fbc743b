package org.bri.data.common;

/** One offending request parameter: its name, where it was sent and what is wrong with it. */
public record ParameterError(String name, String in, String detail) {

    /** A query parameter and what is wrong with it. */
    public static ParameterError query(String name, String detail) {
        return new ParameterError(name, "query", detail);
    }
}
