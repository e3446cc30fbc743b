package org.bri.data.common;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A controlled vocabulary whose values are written as lower-case slugs in data and URLs. */
public interface Slugged {

    String slug();

    /** Finds the constant of a vocabulary by its slug. */
    static <E extends Enum<E> & Slugged> Optional<E> find(Class<E> vocabulary, String slug) {
        return Arrays.stream(vocabulary.getEnumConstants()).filter(e -> e.slug().equals(slug)).findFirst();
    }

    /** Lists the slugs of a vocabulary, for error messages. */
    static <E extends Enum<E> & Slugged> List<String> slugs(Class<E> vocabulary) {
        return Arrays.stream(vocabulary.getEnumConstants()).map(Slugged::slug).toList();
    }
}
