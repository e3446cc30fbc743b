package org.bri.data.project;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.bri.data.common.Catalog;
import org.bri.data.common.IdRepository;
import org.bri.data.common.Order;
import org.bri.data.common.Stored;
import org.bri.data.common.Where;
import org.bri.data.country.CountryRole;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** Queries over projects. */
@ApplicationScoped
public class ProjectRepository implements IdRepository<Project> {

    PanacheQuery<Project> search(Filter f, Order order) {
        Where where = new Where()
                .search(f.q(), "p.searchText")
                .any("p.countries", "(x.country.code in :countries or x.country.alpha3 in :countries)"
                        + (f.roles().isEmpty() ? "" : " and x.role in :roles"), "countries", f.countries())
                // Binds :roles for the condition above too; alone, it asks for any country in those roles.
                .any("p.countries", "x.role in :roles", "roles", f.roles())
                .and("p.type in :types", "types", f.types())
                .and("(p.sector.id in :sectors or p.sector.crsCode in :sectors)", "sectors", f.sectors())
                .and("p.status in :statuses", "statuses", f.statuses())
                .and("p.scale in :scales", "scales", f.scales())
                .any("p.themes", "x.id in :themes", "themes", f.themes());
        if (f.updatedSince() != null) {
            where.and("p.updatedAt >= :updatedSince", "updatedSince", f.updatedSince());
        }
        return find(order.restrict(where, "p").query("from Project p"), order.sort(), where.parameters());
    }

    /** The project's row as stored, tombstones included; empty when the id was never used. */
    public Optional<Stored> stored(String id) {
        return Stored.of(getEntityManager(), "project", id);
    }

    @Override
    public Catalog catalog() {
        return Catalog.PROJECT;
    }

    /** The filters of the project list; an empty list or null means "any". */
    record Filter(String q, List<String> countries, List<CountryRole> roles, List<ProjectType> types,
            List<String> sectors, List<ProjectStatus> statuses, List<ProjectScale> scales, List<String> themes,
            OffsetDateTime updatedSince) {
    }
}
