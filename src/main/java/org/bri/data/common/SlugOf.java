package org.bri.data.common;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A stored value, when given, must be exactly the slug of one of a vocabulary's constants; unlike {@link OneOf}, which
 * reads trimmed query values, it does not trim and it can stand on a field, where a type-use constraint is not read.
 */
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = SlugOfValidator.class)
public @interface SlugOf {

    Class<? extends Slugged> value();

    String message() default "is not one of the vocabulary's values";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
