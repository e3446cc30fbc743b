package org.bri.data.common;

import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** The value must be the slug of one of a vocabulary's constants. */
@Target(TYPE_USE)
@Retention(RUNTIME)
@Constraint(validatedBy = OneOf.Validator.class)
public @interface OneOf {

    Class<? extends Slugged> value();

    String message() default "unknown value";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks a filter value against the slugs of a vocabulary. */
    class Validator implements ConstraintValidator<OneOf, String> {

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
}
