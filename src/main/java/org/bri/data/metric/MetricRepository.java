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
        Where where = where(f);
        return find(order.restrict(where, "m").query("from Metric m"), order.sort(), where.parameters());
    }

    /**
     * The figures that match a filter, one row each, with what an aggregate needs of them: id, indicator, unit, kind,
     * value, approximation, period, asOf, first and last day, project id and name.
     */
    List<Object[]> figures(Filter f) {
        return rows(where(f), "select m.id, m.indicator, u.id, m.kind, m.value, m.approximation, m.periodFrom,"
                + " m.periodTo, m.asOf, m.dateStart, m.dateEnd, p.id, p.name from Metric m join m.unit u"
                + " left join m.project p");
    }

    /** The countries of the figures that match a filter: metric id, alpha-2 code and name, one row per pair. */
    List<Object[]> countries(Filter f) {
        return rows(where(f), "select m.id, c.code, c.name from Metric m join m.countries c");
    }

    /** The themes of the figures that match a filter: metric id, theme id and label. */
    List<Object[]> themes(Filter f) {
        return rows(where(f), "select m.id, t.id, t.label from Metric m join m.themes t");
    }

    /** The sources quoted by the figures that match a filter: metric id, source id and title, each pair once. */
    List<Object[]> sources(Filter f) {
        return rows(where(f), "select distinct m.id, s.id, s.title from Metric m join m.evidence e"
                + " join Source s on s.id = e.sourceId");
    }

    /**
     * Each indicator in use by unit and kind: indicator, unit, kind, number of figures, first and last day any of
     * them can refer to.
     */
    List<Object[]> indicators() {
        return getEntityManager().createQuery("select m.indicator, m.unit.id, m.kind, count(m), min(m.dateStart),"
                + " max(m.dateEnd) from Metric m group by m.indicator, m.unit.id, m.kind", Object[].class)
                .getResultList();
    }

    private List<Object[]> rows(Where where, String select) {
        var query = getEntityManager().createQuery(where.query(select), Object[].class);
        where.parameters().map().forEach(query::setParameter);
        return query.getResultList();
    }

    private static Where where(Filter f) {
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
        return where;
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
