package org.bri.data.common;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Size;

/** A list filter takes at most {@value SearchParams#MAX_VALUES} values, so that a query stays bounded. */
@Target(FIELD)
@Retention(RUNTIME)
@Constraint(validatedBy = {})
@Size(max = SearchParams.MAX_VALUES, message = "takes at most " + SearchParams.MAX_VALUES + " values")
public @interface MaxValues {

    String message() default "takes too many values";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
