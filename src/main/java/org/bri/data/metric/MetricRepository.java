package org.bri.data.metric;

import jakarta.enterprise.context.ApplicationScoped;

import org.bri.data.common.Where;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Queries over metrics. */
@ApplicationScoped
public class MetricRepository implements PanacheRepositoryBase<Metric, String> {

    PanacheQuery<Metric> search(MetricFilter f, Sort sort) {
        Where where = new Where()
                .search(f.q(), "m.searchText")
                .and("m.project.id in :projects", "projects", f.projects())
                .and("exists (select 1 from Metric x join x.countries c where x.id = m.id and c.code in :countries)",
                        "countries", f.countries())
                .and("m.unit.id in :units", "units", f.units())
                .and("exists (select 1 from Metric x join x.themes t where x.id = m.id and t.id in :themes)",
                        "themes", f.themes())
                .and("m.kind in :kinds", "kinds", f.kinds())
                .and("exists (select 1 from Metric x join x.evidence e where x.id = m.id and e.sourceId in :sources)",
                        "sources", f.sources())
                .and("m.indicator in :indicators", "indicators", f.indicators());
        if (f.from() != null) {
            where.and("m.dateEnd >= :from", "from", f.from());
        }
        if (f.to() != null) {
            where.and("m.dateStart <= :to", "to", f.to());
        }
        return find(where.query("from Metric m"), sort, where.parameters());
    }

    boolean indicatorExists(String indicator) {
        return count("indicator", indicator) > 0;
    }

    boolean unitExists(String id) {
        return getEntityManager().find(MetricUnit.class, id) != null;
    }
}
