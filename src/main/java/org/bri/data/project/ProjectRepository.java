package org.bri.data.project;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.bri.data.common.Catalog;
import org.bri.data.common.Facets;
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
        Where where = where(f);
        return find(order.restrict(where, "p").query("from Project p"), order.sort(), where.parameters());
    }

    /**
     * Counts the values of a facet over the projects that every filter but the facet's own finds. A country and its role
     * are one element of a project's countries, so either facet counts only the elements the other filter admits: each
     * count is what the list answers with the facet's filter set to that value.
     */
    List<Facets.Value> facet(Filter filter, ProjectFacet facet) {
        Filter f = filter.without(facet);
        Where where = where(f);
        String from = "count(distinct p.id) from Project p";
        return switch (facet) {
            case COUNTRY -> {
                if (!f.roles().isEmpty()) {
                    where.and("c.role in :roles");
                }
                yield Facets.count(getEntityManager(),
                        "select c.country.code, c.country.name, " + from + " join p.countries c", where,
                        "c.country.code, c.country.name");
            }
            case COUNTRY_ROLE -> {
                if (!f.countries().isEmpty()) {
                    where.and("(c.country.code in :countries or c.country.alpha3 in :countries)");
                }
                yield Facets.count(getEntityManager(), "select c.role, " + from + " join p.countries c", where,
                        "c.role");
            }
            case TYPE -> Facets.count(getEntityManager(), "select p.type, " + from, where, "p.type");
            case SECTOR -> Facets.count(getEntityManager(), "select s.id, s.label, " + from + " join p.sector s", where,
                    "s.id, s.label");
            case STATUS -> Facets.count(getEntityManager(), "select p.status, " + from, where, "p.status");
            case SCALE -> Facets.count(getEntityManager(), "select p.scale, " + from, where, "p.scale");
            case THEME -> Facets.count(getEntityManager(), "select t.id, t.label, " + from + " join p.themes t", where,
                    "t.id, t.label");
        };
    }

    private static Where where(Filter f) {
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
        return where;
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

        /** The same filter without the facet's own, which a facet's counts ignore. */
        Filter without(ProjectFacet facet) {
            return new Filter(q, facet == ProjectFacet.COUNTRY ? List.of() : countries,
                    facet == ProjectFacet.COUNTRY_ROLE ? List.of() : roles,
                    facet == ProjectFacet.TYPE ? List.of() : types,
                    facet == ProjectFacet.SECTOR ? List.of() : sectors,
                    facet == ProjectFacet.STATUS ? List.of() : statuses,
                    facet == ProjectFacet.SCALE ? List.of() : scales, facet == ProjectFacet.THEME ? List.of() : themes,
                    updatedSince);
        }
    }
}
