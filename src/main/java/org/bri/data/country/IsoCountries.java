package org.bri.data.country;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.inject.Singleton;

import org.bri.data.common.Catalog;
import org.bri.data.common.IdCatalog;

import io.quarkus.arc.Unremovable;

/** ISO 3166-1 codes as the JDK knows them, to validate data and the country filter. */
@Singleton
@Unremovable // looked up by the filter validator, never injected
public final class IsoCountries implements IdCatalog {

    private static final Set<String> ALPHA2 = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);
    private static final Map<String, String> ALPHA3_TO_ALPHA2 = ALPHA2.stream()
            .collect(Collectors.toMap(IsoCountries::alpha3Of, Function.identity(), (a, b) -> a));

    IsoCountries() {
    }

    @Override
    public Catalog catalog() {
        return Catalog.COUNTRY;
    }

    @Override
    public boolean contains(String code) {
        return toAlpha2(code).isPresent();
    }

    /** The alpha-3 code of an alpha-2 code. */
    public static String alpha3Of(String alpha2) {
        return new Locale("", alpha2).getISO3Country();
    }

    /** Normalizes an alpha-2 or alpha-3 code in any case to alpha-2, if it is an ISO 3166-1 code. */
    public static Optional<String> toAlpha2(String code) {
        String upper = code.trim().toUpperCase(Locale.ROOT);
        if (upper.length() == 2) {
            return ALPHA2.contains(upper) ? Optional.of(upper) : Optional.empty();
        }
        return Optional.ofNullable(ALPHA3_TO_ALPHA2.get(upper));
    }
}
