package org.bri.data.common;

/** A request the service has no capacity for at the moment, such as one download too many; becomes a 503 problem. */
public class BusyException extends RuntimeException {

    /** How long to wait before retrying, in seconds, as Retry-After says it. */
    public static final String RETRY_AFTER_SECONDS = "10";

    public BusyException(String detail) {
        super(detail);
    }
}
