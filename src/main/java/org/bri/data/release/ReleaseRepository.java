package org.bri.data.release;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Queries over the releases. */
@ApplicationScoped
class ReleaseRepository implements PanacheRepositoryBase<Release, Integer> {

    /** The release with the highest number, if any. */
    Optional<Release> latest() {
        return find("order by number desc").firstResultOptional();
    }
}
