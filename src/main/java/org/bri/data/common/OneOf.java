package org.bri.data.common;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
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

/**
 * A value, when given, must be the slug of one of a vocabulary's constants, spaces around it
 * aside: in a query filter, a seed file or a request body alike.
 */
@Target({FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = OneOf.Validator.class)
public @interface OneOf {

    Class<? extends Slugged> value();

    String message() default "unknown value";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks a value against the slugs of a vocabulary, naming the value and the slugs it may take. */
    class Validator implements ConstraintValidator<OneOf, String> {

        private List<String> slugs;

        @Override
        public void initialize(OneOf oneOf) {
            slugs = Arrays.stream(oneOf.value().getEnumConstants()).map(Slugged::slug).toList();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            boolean known = value == null || slugs.contains(value.strip());
            if (!known) {
                Violations.replace(context, "'" + value + "' is not one of " + slugs);
            }
            return known;
        }
    }
}
