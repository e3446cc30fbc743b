package org.bri.data.common;

/** A path parameter that can name nothing, such as a release number that is not a number; becomes a 400 problem. */
public class InvalidPathParameterException extends RuntimeException {

    private final String name;

    public InvalidPathParameterException(String name, String detail) {
        super(detail);
        this.name = name;
    }

    /** The parameter's name, as the path template names it. */
    public String name() {
        return name;
    }
}
