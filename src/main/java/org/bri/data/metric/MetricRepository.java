package org.bri.data.metric;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.bri.data.common.Catalog;
import org.bri.data.common.Facets;
import org.bri.data.common.IdCatalog;
import org.bri.data.common.IdOrdered;
import org.bri.data.common.Order;
import org.bri.data.common.Stored;
import org.bri.data.common.Where;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** Queries over metrics; as a catalog, it knows the indicators in use. */
@ApplicationScoped
public class MetricRepository implements IdOrdered<Metric>, IdCatalog {

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

    /** Counts the values of a facet over the figures that every filter but the facet's own finds. */
    List<Facets.Value> facet(Filter filter, MetricFacet facet) {
        Where where = where(filter.without(facet));
        String from = "count(distinct m.id) from Metric m";
        return switch (facet) {
            case PROJECT ->
                Facets.count(getEntityManager(), "select p.id, p.name, " + from + " join m.project p", where,
                        "p.id, p.name");
            case COUNTRY -> Facets.count(getEntityManager(), "select c.code, c.name, " + from + " join m.countries c",
                    where, "c.code, c.name");
            case UNIT -> Facets.count(getEntityManager(), "select u.id, u.label, " + from + " join m.unit u", where,
                    "u.id, u.label");
            case INDICATOR -> Facets.count(getEntityManager(), "select m.indicator, " + from, where, "m.indicator");
            case KIND -> Facets.count(getEntityManager(), "select m.kind, " + from, where, "m.kind");
            case THEME -> Facets.count(getEntityManager(), "select t.id, t.label, " + from + " join m.themes t", where,
                    "t.id, t.label");
            case SOURCE -> Facets.count(getEntityManager(),
                    "select e.sourceId, s.title, " + from
                            + " join m.evidence e left join Source s on s.id = e.sourceId",
                    where, "e.sourceId, s.title");
            case YEAR -> Facets.countYears(getEntityManager(),
                    "select year(m.dateStart), year(m.dateEnd), " + from, where,
                    "year(m.dateStart), year(m.dateEnd)");
        };
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
        // A figure's own range, value to valueMax (or the value alone), overlaps the range of values sought.
        if (f.valueMin() != null) {
            where.and("coalesce(m.valueMax, m.value) >= :valueMin", "valueMin", f.valueMin());
        }
        if (f.valueMax() != null) {
            where.and("m.value <= :valueMax", "valueMax", f.valueMax());
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
            LocalDate to, OffsetDateTime updatedSince, BigDecimal valueMin, BigDecimal valueMax) {

        /** The same filter without the facet's own, which a facet's counts ignore; the year's is the date range. */
        Filter without(MetricFacet facet) {
            return new Filter(q, facet == MetricFacet.PROJECT ? List.of() : projects,
                    facet == MetricFacet.COUNTRY ? List.of() : countries, facet == MetricFacet.UNIT ? List.of() : units,
                    facet == MetricFacet.THEME ? List.of() : themes, facet == MetricFacet.KIND ? List.of() : kinds,
                    facet == MetricFacet.SOURCE ? List.of() : sources,
                    facet == MetricFacet.INDICATOR ? List.of() : indicators, facet == MetricFacet.YEAR ? null : from,
                    facet == MetricFacet.YEAR ? null : to, updatedSince, valueMin, valueMax);
        }
    }
}
