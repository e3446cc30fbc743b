package org.bri.data.common;

import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** The value must be the slug of one of a vocabulary's constants. */
@Target(TYPE_USE)
@Retention(RUNTIME)
@Constraint(validatedBy = OneOfValidator.class)
public @interface OneOf {

    Class<? extends Slugged> value();

    String message() default "unknown value";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
