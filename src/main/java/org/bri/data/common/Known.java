package org.bri.data.common;

import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.EnumMap;
import java.util.Map;

import jakarta.enterprise.inject.Any;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import io.quarkus.arc.Arc;

/** The value must be a known entry of a catalog (a theme id, a source id...). */
@Target(TYPE_USE)
@Retention(RUNTIME)
@Constraint(validatedBy = Known.Validator.class)
public @interface Known {

    Catalog value();

    String message() default "unknown value";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks a filter value against the catalog bean that keeps its ids; one instance per constraint. */
    class Validator implements ConstraintValidator<Known, String> {

        // Built whole, then published, so that concurrent requests never see a half-filled map.
        private volatile Map<Catalog, IdCatalog> catalogs;
        private Catalog catalog;

        @Override
        public void initialize(Known known) {
            catalog = known.value();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank() || catalog().contains(value.trim())) {
                return true;
            }
            Violations.replace(context, "unknown value '" + value + "'; expected " + catalog.expected());
            return false;
        }

        /** The catalog bean, found on first use: validators are built before the beans they need. */
        private IdCatalog catalog() {
            Map<Catalog, IdCatalog> all = catalogs;
            if (all == null) {
                all = new EnumMap<>(Catalog.class);
                for (IdCatalog bean : Arc.container().select(IdCatalog.class, Any.Literal.INSTANCE)) {
                    all.put(bean.catalog(), bean);
                }
                catalogs = all;
            }
            return all.get(catalog);
        }
    }
}
