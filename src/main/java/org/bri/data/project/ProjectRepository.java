package org.bri.data.project;

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
                .search(f.q(), "p.searchText")
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
