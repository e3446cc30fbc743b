package org.bri.data.release;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.bri.data.common.Order;
import org.bri.data.common.Where;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Queries over the releases. */
@ApplicationScoped
public class ReleaseRepository implements PanacheRepositoryBase<Release, Integer> {

    /** Every release, in the order asked for, from the cursor's position if one is given. */
    PanacheQuery<Release> list(Order order) {
        Where where = order.restrict(new Where(), "r");
        return find(where.query("from Release r"), order.sort(), where.parameters());
    }

    /** The release with the highest number, if any. */
    Optional<Release> latest() {
        return find("order by number desc").firstResultOptional();
    }
}
