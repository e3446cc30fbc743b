package org.bri.data.common;

import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;

/** A written record that breaks the data's rules; becomes a 422 problem naming each field by JSON Pointer. */
public class InvalidRecordException extends RuntimeException {

    private final transient List<ParameterError> errors;

    public InvalidRecordException(List<ParameterError> errors) {
        super("invalid record");
        this.errors = errors;
    }

    /** One offending field of a request body, named by its JSON Pointer. */
    public static ParameterError field(String pointer, String detail) {
        return new ParameterError(pointer, "body", detail);
    }

    /** Bean Validation's violations of a request body, each named by the JSON Pointer of its field. */
    public static InvalidRecordException of(Set<? extends ConstraintViolation<?>> violations) {
        return new InvalidRecordException(violations.stream()
                .map(v -> property(v.getPropertyPath().toString(), v.getMessage())).distinct().toList());
    }

    /** One offending field named by its property path ({@code evidence[0].exact}, or empty for the whole record). */
    public static ParameterError property(String path, String detail) {
        return field(path.isEmpty() ? "" : "/" + path.replaceAll("\\[(\\d+)\\]", ".$1").replace('.', '/'), detail);
    }

    List<ParameterError> errors() {
        return errors;
    }
}
