package org.bri.data.project;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.bri.data.common.Where;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Queries over projects. */
@ApplicationScoped
public class ProjectRepository implements PanacheRepositoryBase<Project, String> {

    PanacheQuery<Project> search(ProjectFilter f, Sort sort) {
        Where where = new Where()
                .search(f.q(), List.of("lower(p.name) like :term escape '\\'",
                        "lower(p.summary) like :term escape '\\'",
                        "exists (select 1 from Project x join x.aliases a where x.id = p.id and lower(a) like :term escape '\\')",
                        "exists (select 1 from Project x join x.evidence e where x.id = p.id and lower(e.exact) like :term escape '\\')"))
                .and("exists (select 1 from Project x join x.countries c where x.id = p.id and c.code in :countries)",
                        "countries", f.countries())
                .and("p.type in :types", "types", f.types())
                .and("(p.sector.id in :sectors or p.sector.crsCode in :sectors)", "sectors", f.sectors())
                .and("p.status in :statuses", "statuses", f.statuses())
                .and("p.scale in :scales", "scales", f.scales())
                .and("exists (select 1 from Project x join x.themes t where x.id = p.id and t.id in :themes)",
                        "themes", f.themes());
        return find(where.query("from Project p"), sort, where.parameters());
    }

    public boolean exists(String id) {
        return count("id", id) > 0;
    }

    boolean sectorExists(String idOrCrsCode) {
        return getEntityManager()
                .createQuery("select count(s) from Sector s where s.id = :v or s.crsCode = :v", Long.class)
                .setParameter("v", idOrCrsCode).getSingleResult() > 0;
    }
}
