package org.bri.data.common;

import jakarta.persistence.AttributeConverter;

/** Stores a vocabulary value as its slug, so that the database holds what the API and the seeds say. */
public abstract class SlugConverter<E extends Enum<E> & Slugged> implements AttributeConverter<E, String> {

    private final Class<E> vocabulary;

    protected SlugConverter(Class<E> vocabulary) {
        this.vocabulary = vocabulary;
    }

    @Override
    public String convertToDatabaseColumn(E value) {
        return value == null ? null : value.slug();
    }

    @Override
    public E convertToEntityAttribute(String slug) {
        return Slugged.of(vocabulary, slug);
    }
}
