package org.bri.data.common;

import java.util.Arrays;

/** A conditional write whose condition is missing (428) or false (412); becomes a problem with that status. */
public class PreconditionException extends RuntimeException {

    private final int status;

    private PreconditionException(int status, String detail) {
        super(detail);
        this.status = status;
    }

    /** The write replaces or deletes a record, and must name the version it was made from. */
    public static PreconditionException required(String detail) {
        return new PreconditionException(428, detail);
    }

    /** The version the write was made from is not the current one, or the record exists already. */
    public static PreconditionException failed(String detail) {
        return new PreconditionException(412, detail);
    }

    int status() {
        return status;
    }

    /**
     * Whether an If-Match field holds the entity tag, by strong comparison as RFC 9110 prescribes: a weak tag never
     * matches, so that a write is never made from a representation that only resembled the current one.
     */
    public static boolean matches(String ifMatch, String etag) {
        return ifMatch != null && Arrays.stream(ifMatch.split(",")).map(String::trim)
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
    }
}
