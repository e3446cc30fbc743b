package org.bri.data.country;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.bri.data.common.Catalog;
import org.bri.data.common.IdCatalog;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** Queries over countries, which are looked up by alpha-2 or alpha-3 code in any case. */
@ApplicationScoped
public class CountryRepository implements PanacheRepositoryBase<Country, String>, IdCatalog {

    /** Finds a country by its ISO 3166-1 alpha-2 or alpha-3 code, ignoring case. */
    public Optional<Country> findByCode(String code) {
        String upper = code.trim().toUpperCase(Locale.ROOT);
        return find("code = :c or alpha3 = :c", Parameters.with("c", upper)).firstResultOptional();
    }

    List<Country> search(List<String> regions, Sort sort) {
        return regions.isEmpty()
                ? listAll(sort)
                : list("lower(region) in :r or lower(subregion) in :r", sort, Parameters.with("r", regions));
    }

    @Override
    public Catalog catalog() {
        return Catalog.REGION;
    }

    @Override
    public boolean contains(String region) {
        return count("lower(region) = ?1 or lower(subregion) = ?1", region.toLowerCase(Locale.ROOT)) > 0;
    }

    /** How many records of one kind reference one country. */
    long countOf(String entity, String code) {
        return getEntityManager()
                .createQuery("select count(distinct r.id) from " + entity + " r join r.countries c where c.code = :c",
                        Long.class)
                .setParameter("c", code).getSingleResult();
    }

    /** How many records of one kind reference each country, keyed by alpha-2 code. */
    Map<String, Long> countsOf(String entity) {
        List<Object[]> rows = getEntityManager()
                .createQuery(
                        "select c.code, count(distinct r.id) from " + entity + " r join r.countries c group by c.code",
                        Object[].class)
                .getResultList();
        Map<String, Long> counts = new HashMap<>();
        rows.forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }
}
