package org.bri.data.common;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A controlled vocabulary whose values are written as lower-case slugs in data, URLs and JSON:
 * the constant's name in lower case with hyphens ({@code SMALL_AND_BEAUTIFUL} is
 * {@code small-and-beautiful}).
 */
public interface Slugged {

    /** The form of every record id: a lower-case slug such as {@code china-laos-railway}. */
    String ID_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    String name();

    @JsonValue
    default String slug() {
        return slugOf(name());
    }

    /** The slug of a constant's name; enums keep it in an {@code @EnumeratedValue} field, the database's value. */
    static String slugOf(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Finds the constant of a vocabulary by its slug. */
    static <E extends Enum<E> & Slugged> Optional<E> find(Class<E> vocabulary, String slug) {
        return Arrays.stream(vocabulary.getEnumConstants()).filter(e -> e.slug().equals(slug)).findFirst();
    }

    /** The constant of a vocabulary with this slug, or null for null; the slug must be known. */
    static <E extends Enum<E> & Slugged> E of(Class<E> vocabulary, String slug) {
        return slug == null
                ? null
                : find(vocabulary, slug.strip()).orElseThrow(() -> new IllegalArgumentException(
                        "'" + slug + "' is not one of " + slugs(vocabulary)));
    }

    /** Lists the slugs of a vocabulary, for error messages. */
    static <E extends Enum<E> & Slugged> List<String> slugs(Class<E> vocabulary) {
        return Arrays.stream(vocabulary.getEnumConstants()).map(Slugged::slug).toList();
    }
}
