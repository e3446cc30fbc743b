package org.bri.data.common;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A value, when given, must be a {@link PartialDate}: a real year, month or day written YYYY, YYYY-MM or YYYY-MM-DD. */
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = PartialDateValue.Validator.class)
public @interface PartialDateValue {

    String message() default "is not a date written YYYY, YYYY-MM or YYYY-MM-DD";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Reads a value as {@link PartialDate} does, so that what passes here parses everywhere. */
    class Validator implements ConstraintValidator<PartialDateValue, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            try {
                PartialDate.parseNullable(value);
                return true;
            } catch (IllegalArgumentException e) {
                Violations.replace(context, "'" + value + "' " + e.getMessage());
                return false;
            }
        }
    }
}
