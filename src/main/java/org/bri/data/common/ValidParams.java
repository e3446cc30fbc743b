package org.bri.data.common;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

/** The rules of a list request that span parameters: none unknown, paging in range, a valid sort. */
@Target(TYPE)
@Retention(RUNTIME)
@Inherited
@Constraint(validatedBy = ValidParams.Validator.class)
public @interface ValidParams {

    String message() default "invalid parameters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Runs a list request's cross-parameter checks with the configured limits. */
    @ApplicationScoped
    class Validator implements ConstraintValidator<ValidParams, ListParams> {

        private final UriInfo uri;
        private final HttpHeaders headers;
        // Looked up on use: validators are built before the configuration mappings exist.
        private final Instance<ApiConfig> config;
        private final ListTotals totals;
        private final DataVersion version;

        Validator(UriInfo uri, HttpHeaders headers, Instance<ApiConfig> config, ListTotals totals,
                DataVersion version) {
            this.uri = uri;
            this.headers = headers;
            this.config = config;
            this.totals = totals;
            this.version = version;
        }

        @Override
        public boolean isValid(ListParams params, ConstraintValidatorContext context) {
            context.disableDefaultConstraintViolation();
            boolean[] valid = {true};
            params.check(uri, headers.getAcceptableMediaTypes(), config.get().paging(), totals, version.checksum(),
                    (name, detail) -> {
                        valid[0] = false;
                        Violations.add(context, name, detail);
                    });
            return valid[0];
        }
    }
}
