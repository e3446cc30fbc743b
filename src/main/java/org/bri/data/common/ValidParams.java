package org.bri.data.common;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** The rules of a list request that span parameters: none unknown, paging in range, a valid sort. */
@Target(TYPE)
@Retention(RUNTIME)
@Inherited
@Constraint(validatedBy = ParamsValidator.class)
public @interface ValidParams {

    String message() default "invalid parameters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
