package org.bri.data.statement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.bri.data.common.Order;
import org.bri.data.common.Stored;
import org.bri.data.common.Where;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Queries over statements. */
@ApplicationScoped
public class StatementRepository implements PanacheRepositoryBase<Statement, String> {

    PanacheQuery<Statement> search(Filter f, Order order) {
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
        return find(order.restrict(where, "s").query("from Statement s"), order.sort(), where.parameters());
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
    }
}
