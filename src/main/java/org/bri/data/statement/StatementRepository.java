package org.bri.data.statement;

import jakarta.enterprise.context.ApplicationScoped;

import org.bri.data.common.Where;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Queries over statements. */
@ApplicationScoped
public class StatementRepository implements PanacheRepositoryBase<Statement, String> {

    PanacheQuery<Statement> search(StatementFilter f, Sort sort) {
        Where where = new Where()
                .search(f.q(), "s.searchText")
                .and("s.speaker.id in :speakers", "speakers", f.speakers())
                .and("s.type in :types", "types", f.types())
                .and("exists (select 1 from Statement x join x.themes t where x.id = s.id and t.id in :themes)",
                        "themes", f.themes())
                .and("exists (select 1 from Statement x join x.projects p where x.id = s.id and p.id in :projects)",
                        "projects", f.projects())
                .and("exists (select 1 from Statement x join x.countries c where x.id = s.id and c.code in :countries)",
                        "countries", f.countries())
                .and("exists (select 1 from Statement x join x.evidence e where x.id = s.id and e.sourceId in :sources)",
                        "sources", f.sources());
        if (f.from() != null) {
            where.and("s.dateEnd >= :from", "from", f.from());
        }
        if (f.to() != null) {
            where.and("s.dateStart <= :to", "to", f.to());
        }
        return find(where.query("from Statement s"), sort, where.parameters());
    }
}
