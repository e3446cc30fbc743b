package org.bri.data.common;

/** Something the service once served and serves no longer, such as an older release's data; becomes a 410 problem. */
public class GoneException extends RuntimeException {

    public GoneException(String detail) {
        super(detail);
    }
}
