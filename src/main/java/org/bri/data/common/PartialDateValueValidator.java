package org.bri.data.common;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Reads a value as {@link PartialDate} does, so that what passes here parses everywhere, and says why it does not. */
public class PartialDateValueValidator implements ConstraintValidator<PartialDateValue, String> {

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
