package org.bri.data.common;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriInfo;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The totals of filtered lists, counted once per data version: paging through a list, or sorting it another way, runs
 * its {@code count(*)} once, not once a page.
 */
@ApplicationScoped
class ListTotals {

    /** What changes the page a list serves, or what it counts besides, but not how many records it holds. */
    private static final Set<String> NOT_FILTERS = Set.of("page", "size", "sort", "cursor", "facets", "format",
            Shape.FIELDS, Shape.EVIDENCE);

    private final DataVersion version;
    private final Cache<Key, Long> totals = Caffeine.newBuilder().maximumSize(10_000).build();

    ListTotals(DataVersion version) {
        this.version = version;
    }

    /** A list (path and filters) at a version of the data. */
    record Key(long version, String path, String filters) {
    }

    /**
     * The total of the list the request filters, counted now if it was not at this version. The version is read before
     * counting, so a count that sees a newer write is kept under the older version, never the reverse.
     */
    long of(UriInfo uri, LongSupplier count) {
        String filters = new TreeMap<>(uri.getQueryParameters()).entrySet().stream()
                .filter(e -> !NOT_FILTERS.contains(e.getKey())).map(Map.Entry::toString)
                .collect(Collectors.joining("&"));
        return totals.get(new Key(version.generation(), uri.getPath(), filters), key -> count.getAsLong());
    }
}
