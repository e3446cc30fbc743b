package org.bri.data.country;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** ISO 3166-1 codes as the JDK knows them, to validate data and normalize filters. */
public final class IsoCountries {

    private static final Set<String> ALPHA2 = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);
    private static final Map<String, String> ALPHA3_TO_ALPHA2 = ALPHA2.stream()
            .collect(Collectors.toMap(IsoCountries::alpha3Of, Function.identity(), (a, b) -> a));

    private IsoCountries() {
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
