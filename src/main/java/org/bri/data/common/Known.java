package org.bri.data.common;

import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** The value must be a known entry of a catalog (a theme id, a source id...). */
@Target(TYPE_USE)
@Retention(RUNTIME)
@Constraint(validatedBy = KnownValidator.class)
public @interface Known {

    Catalog value();

    String message() default "unknown value";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
