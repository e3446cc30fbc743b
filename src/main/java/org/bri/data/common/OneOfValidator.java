package org.bri.data.common;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks a filter value against the slugs of a vocabulary. */
public class OneOfValidator implements ConstraintValidator<OneOf, String> {

    private List<String> slugs;

    @Override
    public void initialize(OneOf oneOf) {
        slugs = Arrays.stream(oneOf.value().getEnumConstants()).map(Slugged::slug).toList();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || value.isBlank() || slugs.contains(value.trim())) {
            return true;
        }
        Violations.replace(context, "unknown value '" + value + "'; expected one of " + slugs);
        return false;
    }
}
