package org.bri.data.country;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;

import jakarta.enterprise.context.ApplicationScoped;

import org.bri.data.common.Catalog;
import org.bri.data.common.IdCatalog;
import org.bri.data.common.Order;
import org.bri.data.common.Where;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

/** Queries over countries, which are looked up by alpha-2 or alpha-3 code in any case. */
@ApplicationScoped
public class CountryRepository implements PanacheRepositoryBase<Country, String>, IdCatalog {

    /** Finds a country by its ISO 3166-1 alpha-2 or alpha-3 code, ignoring case. */
    public Optional<Country> findByCode(String code) {
        String upper = code.trim().toUpperCase(Locale.ROOT);
        return find("code = :c or alpha3 = :c", Parameters.with("c", upper)).firstResultOptional();
    }

    PanacheQuery<Country> search(List<String> regions, Order order) {
        Where where = new Where().and("(lower(c.region) in :r or lower(c.subregion) in :r)", "r", regions);
        return find(order.restrict(where, "c").query("from Country c"), order.sort(), where.parameters());
    }

    @Override
    public Catalog catalog() {
        return Catalog.REGION;
    }

    @Override
    public boolean contains(String region) {
        return count("lower(region) = ?1 or lower(subregion) = ?1", region.toLowerCase(Locale.ROOT)) > 0;
    }

    /** How many projects each country hosts and partners in, and how many metrics and statements name it. */
    public Map<String, CountryResponse.Counts> counts() {
        Map<String, long[]> counts = new HashMap<>();
        // Project countries are typed by role; metric and statement countries are plain references.
        tally(counts, "select x.country.code, x.role, count(distinct p.id) from Project p join p.countries x"
                + " group by x.country.code, x.role", row -> row[1] == CountryRole.HOST ? 0 : 1);
        tally(counts, "select c.code, 2, count(distinct m.id) from Metric m join m.countries c group by c.code",
                row -> 2);
        tally(counts, "select c.code, 3, count(distinct s.id) from Statement s join s.countries c group by c.code",
                row -> 3);
        Map<String, CountryResponse.Counts> result = new HashMap<>();
        counts.forEach((code, n) -> result.put(code, new CountryResponse.Counts(n[0] + n[1], n[0], n[1], n[2], n[3])));
        return result;
    }

    private void tally(Map<String, long[]> counts, String query, ToIntFunction<Object[]> column) {
        for (Object[] row : getEntityManager().createQuery(query, Object[].class).getResultList()) {
            counts.computeIfAbsent((String) row[0], code -> new long[4])[column.applyAsInt(row)] += (Long) row[2];
        }
    }
}
