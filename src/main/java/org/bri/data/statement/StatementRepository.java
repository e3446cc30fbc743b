package org.bri.data.statement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.bri.data.common.Facets;
import org.bri.data.common.IdOrdered;
import org.bri.data.common.Order;
import org.bri.data.common.Stored;
import org.bri.data.common.Where;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** Queries over statements. */
@ApplicationScoped
public class StatementRepository implements IdOrdered<Statement> {

    PanacheQuery<Statement> search(Filter f, Order order) {
        Where where = where(f);
        return find(order.restrict(where, "s").query("from Statement s"), order.sort(), where.parameters());
    }

    /** Counts the values of a facet over the statements that every filter but the facet's own finds. */
    List<Facets.Value> facet(Filter filter, StatementFacet facet) {
        Where where = where(filter.without(facet));
        String from = "count(distinct s.id) from Statement s";
        return switch (facet) {
            case SPEAKER ->
                Facets.count(getEntityManager(), "select k.id, k.name, " + from + " join s.speaker k", where,
                        "k.id, k.name");
            case TYPE -> Facets.count(getEntityManager(), "select s.type, " + from, where, "s.type");
            case THEME -> Facets.count(getEntityManager(), "select t.id, t.label, " + from + " join s.themes t", where,
                    "t.id, t.label");
            case PROJECT -> Facets.count(getEntityManager(), "select p.id, p.name, " + from + " join s.projects p",
                    where, "p.id, p.name");
            case COUNTRY -> Facets.count(getEntityManager(), "select c.code, c.name, " + from + " join s.countries c",
                    where, "c.code, c.name");
            case SOURCE -> Facets.count(getEntityManager(),
                    "select e.sourceId, d.title, " + from
                            + " join s.evidence e left join Source d on d.id = e.sourceId",
                    where, "e.sourceId, d.title");
            case YEAR -> Facets.countYears(getEntityManager(),
                    "select year(s.dateStart), year(s.dateEnd), " + from, where,
                    "year(s.dateStart), year(s.dateEnd)");
        };
    }

    private static Where where(Filter f) {
        Where where = new Where()
                .search(f.q(), "s.searchText")
                .and("s.speaker.id in :speakers", "speakers", f.speakers())
                .and("s.type in :types", "types", f.types())
                .any("s.themes", "x.id in :themes", "themes", f.themes())
                .any("s.projects", "x.id in :projects", "projects", f.projects())
                .any("s.countries", "x.code in :countries or x.alpha3 in :countries", "countries", f.countries())
                .any("s.evidence", "x.sourceId in :sources", "sources", f.sources())
                .overlaps("s", f.from(), f.to());
        if (f.updatedSince() != null) {
            where.and("s.updatedAt >= :updatedSince", "updatedSince", f.updatedSince());
        }
        return where;
    }

    /** The standing statements attributed to a speaker. */
    public List<Statement> attributedTo(String speaker) {
        return list("speaker.id", speaker);
    }

    /** The version of the statement with this id and whether it is deleted; empty when the id was never used. */
    public Optional<Stored> stored(String id) {
        return Stored.of(getEntityManager(), "statement", id);
    }

    /** The filters of the statement list; an empty list or null means "any". */
    record Filter(String q, List<String> speakers, List<StatementType> types, List<String> themes,
            List<String> projects, List<String> countries, List<String> sources, LocalDate from, LocalDate to,
            OffsetDateTime updatedSince) {

        /** The same filter without the facet's own, which a facet's counts ignore; the year's is the date range. */
        Filter without(StatementFacet facet) {
            return new Filter(q, facet == StatementFacet.SPEAKER ? List.of() : speakers,
                    facet == StatementFacet.TYPE ? List.of() : types,
                    facet == StatementFacet.THEME ? List.of() : themes,
                    facet == StatementFacet.PROJECT ? List.of() : projects,
                    facet == StatementFacet.COUNTRY ? List.of() : countries,
                    facet == StatementFacet.SOURCE ? List.of() : sources, facet == StatementFacet.YEAR ? null : from,
                    facet == StatementFacet.YEAR ? null : to, updatedSince);
        }
    }
}
