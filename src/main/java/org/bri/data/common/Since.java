package org.bri.data.common;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A value, when given, must be a moment: an RFC 3339 date-time with its offset ({@code 2026-11-30T12:00:00Z}) or a
 * day ({@code 2026-11-30}, from its start in UTC), as the {@code updatedSince} filters take it.
 */
@Target(FIELD)
@Retention(RUNTIME)
@Constraint(validatedBy = Since.Validator.class)
public @interface Since {

    String message() default "must be a date-time with its offset (2026-11-30T12:00:00Z) or a day (2026-11-30)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks a value by reading it as {@link #parse} does, so that what passes here parses there. */
    class Validator implements ConstraintValidator<Since, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            try {
                parse(value);
                return true;
            } catch (DateTimeParseException e) {
                return false;
            }
        }

        /** The moment a valid value names, or null for none. */
        public static OffsetDateTime parse(String value) {
            if (value == null) {
                return null;
            }
            String text = value.trim();
            return text.length() == 10
                    ? LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC)
                    : OffsetDateTime.parse(text);
        }
    }
}
