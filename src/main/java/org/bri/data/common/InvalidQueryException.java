package org.bri.data.common;

import java.util.List;

/**
 * Query parameters that are each valid but that the data shows cannot be answered together (an aggregate over
 * figures in several units); becomes a 400 problem naming each one.
 */
public class InvalidQueryException extends RuntimeException {

    private final transient List<ParameterError> errors;

    public InvalidQueryException(List<ParameterError> errors) {
        super(ProblemMappers.parametersDetail(errors));
        this.errors = List.copyOf(errors);
    }

    /** The offending parameters, in the order they are reported. */
    public List<ParameterError> errors() {
        return errors;
    }
}
