package org.bri.data.common;

/** A write that contradicts the stored data, such as an id already taken; becomes a 409 problem. */
public class ConflictException extends RuntimeException {

    public ConflictException(String detail) {
        super(detail);
    }
}
