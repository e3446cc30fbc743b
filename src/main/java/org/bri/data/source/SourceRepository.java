package org.bri.data.source;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Queries over source documents. */
@ApplicationScoped
public class SourceRepository implements PanacheRepositoryBase<Source, String> {

    /** The full text of a source, read without loading it into list queries. */
    Optional<String> text(String id) {
        return find("select s.content from Source s where s.id = ?1", id).project(String.class).firstResultOptional();
    }

    public boolean exists(String id) {
        return count("id", id) > 0;
    }
}
