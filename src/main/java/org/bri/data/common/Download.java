package org.bri.data.common;

import java.util.List;
import java.util.function.Function;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;

/**
 * Answers a list as one CSV or NDJSON download of every record it filters, in its order, without the page-size cap and
 * in constant memory: the records are read in keyset batches, each batch's entities dropped from the persistence
 * context before the next, and written as they come on the request's worker thread.
 */
final class Download {

    /** Downloads are never kept: they have no upper size, and no validator to revalidate them by. */
    static final String CACHE_CONTROL = "no-store";

    private Download() {
    }

    /**
     * The download of a query's results. The first batch is read here, before any byte is sent, so that a database
     * that cannot answer still gets its problem response; the rest is read while writing.
     */
    static <E, T> Response of(Class<T> type, ListFormat format, Function<Order, PanacheQuery<E>> query,
            Function<E, T> mapper, Sort sort, String sortName, int batch, Response.ResponseBuilder headers) {
        Object[] next = {query.apply(new Order(sort, null)).range(0, batch - 1).list()};
        RecordStream<T> records = new RecordStream<>(type, format, each -> {
            while (next[0] != null) {
                @SuppressWarnings("unchecked")
                List<E> rows = (List<E>) next[0];
                next[0] = null;
                rows.forEach(row -> each.accept(mapper.apply(row)));
                if (rows.size() == batch) {
                    Cursor after = Cursor.after(rows.get(rows.size() - 1), sortName, sort, 0);
                    // What was read is written: let it go, so that memory holds one batch whatever the list's length.
                    Panache.getEntityManager().clear();
                    next[0] = query.apply(new Order(sort, after)).range(0, batch - 1).list();
                }
            }
        });
        return headers.entity(records).build();
    }

    /** The download of a list computed in memory, already in the requested order. */
    static <T> Response of(Class<T> type, ListFormat format, List<T> all, Response.ResponseBuilder headers) {
        return headers.entity(new RecordStream<T>(type, format, each -> all.forEach(each))).build();
    }

    /** The headers of a download: its type, its file name and that no cache keeps it. */
    static Response.ResponseBuilder headers(ListFormat format, String path, String version, long total) {
        return Response.ok().type(format.type()).header(Paged.TOTAL_COUNT, total)
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .header("Content-Disposition", "attachment; filename=\"" + fileName(format, path, version) + "\"");
    }

    /**
     * A file name that says what the list is and which data it holds: {@code bri-metrics-3f1c2a9e0b7d.csv}, with the
     * number of curated changes after the release's checksum when there are any ({@code -12}).
     */
    static String fileName(ListFormat format, String path, String version) {
        String list = path.replaceFirst("^/?api/v[0-9]+/", "").replaceAll("[^A-Za-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        String[] parts = version.split("\\+", 2);
        String data = parts[0].length() > 12 ? parts[0].substring(0, 12) : parts[0];
        if (parts.length > 1) {
            data += "-" + parts[1];
        }
        return "bri-" + list + (data.isEmpty() ? "" : "-" + data) + "." + format.extension();
    }
}
