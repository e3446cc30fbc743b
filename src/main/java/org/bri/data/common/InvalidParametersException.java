package org.bri.data.common;

import java.util.List;

/** Raised when one or more request parameters are invalid; becomes a 400 problem listing each. */
public class InvalidParametersException extends RuntimeException {

    private final transient List<ParameterError> errors;

    public InvalidParametersException(List<ParameterError> errors) {
        super("invalid parameters: " + errors);
        this.errors = List.copyOf(errors);
    }

    public List<ParameterError> errors() {
        return errors;
    }
}
