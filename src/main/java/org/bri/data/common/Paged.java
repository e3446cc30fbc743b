package org.bri.data.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** Builds a list response: the page body, an RFC 8288 Link header and the total count header. */
public final class Paged {

    public static final String TOTAL_COUNT = "X-Total-Count";

    private Paged() {
    }

    /** Runs the query for the requested page of a list of this total and maps its entities to API records. */
    static <E, T> Response respond(PanacheQuery<E> query, long total, PageRequest request, Function<E, T> mapper,
            UriInfo uri) {
        // A page past the end is empty; asking the database for it could overflow its int offset.
        List<T> items = request.offset() >= total
                ? List.of()
                : query.page(request.toPanache()).list().stream().map(mapper).toList();
        return respond(PageResponse.of(items, request, total), uri);
    }

    /** Pages through a list that is already in memory. */
    public static <T> Response respond(List<T> all, PageRequest request, UriInfo uri) {
        int from = (int) Math.min(request.offset(), all.size());
        int to = Math.min(from + request.size(), all.size());
        return respond(PageResponse.of(all.subList(from, to), request, all.size()), uri);
    }

    private static <T> Response respond(PageResponse<T> body, UriInfo uri) {
        List<Link> links = new ArrayList<>();
        int last = Math.max(body.totalPages(), 1);
        links.add(link(uri, 1, "first"));
        if (body.page() > 1) {
            links.add(link(uri, Math.min(body.page() - 1, last), "prev"));
        }
        if (body.page() < body.totalPages()) {
            links.add(link(uri, body.page() + 1, "next"));
        }
        links.add(link(uri, last, "last"));
        // One header with comma-separated links: clients reading a single header value see them all.
        String header = String.join(", ", links.stream().map(Link::toString).toList());
        return Response.ok(body).header("Link", header).header(TOTAL_COUNT, body.totalItems()).build();
    }

    /** A link relative to the server root, so that it stays right behind proxies and gateways. */
    private static Link link(UriInfo uri, int page, String rel) {
        var target = uri.getRequestUriBuilder().replaceQueryParam("page", page).build();
        String relative = target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
        return Link.fromUri(relative).rel(rel).build();
    }
}
