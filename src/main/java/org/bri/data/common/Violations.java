package org.bri.data.common;

import jakarta.validation.ConstraintValidatorContext;

/** Builds constraint violations whose message is plain text, never a template that could run. */
final class Violations {

    private Violations() {
    }

    /** Replaces the constraint's default message with this detail. */
    static void replace(ConstraintValidatorContext context, String detail) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(escape(detail)).addConstraintViolation();
    }

    /** Adds a violation of the named query parameter. */
    static void add(ConstraintValidatorContext context, String parameter, String detail) {
        context.buildConstraintViolationWithTemplate(escape(detail)).addPropertyNode(parameter)
                .addConstraintViolation();
    }

    /** Client text in a message must not be read as message parameters or expressions. */
    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
