package org.bri.data.metric;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.bri.data.common.Catalog;
import org.bri.data.common.IdCatalog;
import org.bri.data.common.Order;
import org.bri.data.common.Stored;
import org.bri.data.common.Where;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Queries over metrics; as a catalog, it knows the indicators in use. */
@ApplicationScoped
public class MetricRepository implements PanacheRepositoryBase<Metric, String>, IdCatalog {

    PanacheQuery<Metric> search(Filter f, Order order) {
        Where where = new Where()
                .search(f.q(), "m.searchText")
                .and("m.project.id in :projects", "projects", f.projects())
                .any("m.countries", "x.code in :countries or x.alpha3 in :countries", "countries", f.countries())
                .and("m.unit.id in :units", "units", f.units())
                .any("m.themes", "x.id in :themes", "themes", f.themes())
                .and("m.kind in :kinds", "kinds", f.kinds())
                .any("m.evidence", "x.sourceId in :sources", "sources", f.sources())
                .and("m.indicator in :indicators", "indicators", f.indicators())
                .overlaps("m", f.from(), f.to());
        if (f.updatedSince() != null) {
            where.and("m.updatedAt >= :updatedSince", "updatedSince", f.updatedSince());
        }
        return find(order.restrict(where, "m").query("from Metric m"), order.sort(), where.parameters());
    }

    /** The metric's row as stored, tombstones included; empty when the id was never used. */
    public Optional<Stored> stored(String id) {
        return Stored.of(getEntityManager(), "metric", id);
    }

    @Override
    public Catalog catalog() {
        return Catalog.INDICATOR;
    }

    @Override
    public boolean contains(String indicator) {
        return count("indicator", indicator) > 0;
    }

    /** The filters of the metric list; an empty list or null means "any". */
    record Filter(String q, List<String> projects, List<String> countries, List<String> units,
            List<String> themes, List<MetricKind> kinds, List<String> sources, List<String> indicators, LocalDate from,
            LocalDate to, OffsetDateTime updatedSince) {
    }
}
