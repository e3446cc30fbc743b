package org.bri.data.common;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.List;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A list filter takes at most {@value #LIMIT} distinct values, so that a query stays bounded; a
 * value repeated or given both ways (repeated and comma-separated) counts once.
 */
@Target(FIELD)
@Retention(RUNTIME)
@Constraint(validatedBy = MaxValues.Validator.class)
public @interface MaxValues {

    int LIMIT = 50;

    String message() default "takes at most " + LIMIT + " values";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Counts the distinct values of a filter. */
    class Validator implements ConstraintValidator<MaxValues, List<String>> {

        @Override
        public boolean isValid(List<String> values, ConstraintValidatorContext context) {
            return values == null || values.stream().map(String::trim).distinct().count() <= LIMIT;
        }
    }
}
