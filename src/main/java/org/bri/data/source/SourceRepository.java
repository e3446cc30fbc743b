package org.bri.data.source;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.bri.data.common.Catalog;
import org.bri.data.common.IdRepository;

/** Queries over source documents. */
@ApplicationScoped
public class SourceRepository implements IdRepository<Source> {

    /** The full text of a source, read without loading it into list queries. */
    public Optional<String> text(String id) {
        return find("select s.content from Source s where s.id = ?1", id).project(String.class).firstResultOptional();
    }

    @Override
    public Catalog catalog() {
        return Catalog.SOURCE;
    }
}
