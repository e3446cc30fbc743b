package org.bri.data.common;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks a stored value against the slugs of a vocabulary, naming the value and the slugs it may take. */
public class SlugOfValidator implements ConstraintValidator<SlugOf, String> {

    private List<String> slugs;

    @Override
    public void initialize(SlugOf slugOf) {
        slugs = Arrays.stream(slugOf.value().getEnumConstants()).map(Slugged::slug).toList();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        boolean known = value == null || slugs.contains(value);
        if (!known) {
            Violations.replace(context, "'" + value + "' is not one of " + slugs);
        }
        return known;
    }
}
