package org.bri.data.common;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A facet a list counts its records by, implemented by a list's vocabulary of facets: each is named after the filter it
 * stands for, in the filter's camelCase ({@code COUNTRY_ROLE} is {@code countryRole}).
 */
public interface Facet {

    String name();

    /** The facet's name in the {@code facets} parameter and in the response: that of its filter. */
    default String parameter() {
        String[] words = name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return name.toString();
    }

    /** The names of a vocabulary's facets, in its order. */
    static <F extends Enum<F> & Facet> List<String> parameters(Class<F> vocabulary) {
        return Arrays.stream(vocabulary.getEnumConstants()).map(Facet::parameter).toList();
    }

    /** The facet of a vocabulary with this name; the name must be known. */
    static <F extends Enum<F> & Facet> F of(Class<F> vocabulary, String parameter) {
        return Arrays.stream(vocabulary.getEnumConstants()).filter(f -> f.parameter().equals(parameter)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "'" + parameter + "' is not one of " + parameters(vocabulary)));
    }
}
