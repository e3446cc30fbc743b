package org.bri.data.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.ws.rs.core.UriInfo;

/** Runs a list request's cross-parameter checks with the configured limits. */
@ApplicationScoped
public class ParamsValidator implements ConstraintValidator<ValidParams, ListParams> {

    private final UriInfo uri;
    // Looked up on use: validators are built before the configuration mappings exist.
    private final Instance<ApiConfig> config;

    ParamsValidator(UriInfo uri, Instance<ApiConfig> config) {
        this.uri = uri;
        this.config = config;
    }

    @Override
    public boolean isValid(ListParams params, ConstraintValidatorContext context) {
        context.disableDefaultConstraintViolation();
        boolean[] valid = {true};
        params.check(uri, config.get().paging(), (name, detail) -> {
            valid[0] = false;
            Violations.add(context, name, detail);
        });
        return valid[0];
    }
}
