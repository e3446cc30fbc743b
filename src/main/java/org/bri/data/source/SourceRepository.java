package org.bri.data.source;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.bri.data.common.Catalog;
import org.bri.data.common.IdCatalog;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Queries over source documents. */
@ApplicationScoped
public class SourceRepository implements PanacheRepositoryBase<Source, String>, IdCatalog {

    /** The full text of a source, read without loading it into list queries. */
    Optional<String> text(String id) {
        return find("select s.content from Source s where s.id = ?1", id).project(String.class).firstResultOptional();
    }

    public boolean exists(String id) {
        return count("id", id) > 0;
    }

    @Override
    public Catalog catalog() {
        return Catalog.SOURCE;
    }

    @Override
    public boolean contains(String value) {
        return exists(value);
    }
}
