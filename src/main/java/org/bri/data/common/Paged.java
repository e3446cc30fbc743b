package org.bri.data.common;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

/**
 * Builds a list response: the page body, an RFC 8288 Link header and the total count header. Page-number links go
 * only as deep as page numbers may; past that, and from a cursor page, {@code next} carries the cursor.
 */
public final class Paged {

    public static final String TOTAL_COUNT = "X-Total-Count";

    private Paged() {
    }

    /** Answers with a page read by page number, or by cursor when {@code byCursor}. */
    static <T> Response respond(PageResponse<T> body, UriInfo uri, boolean byCursor, long maxDepth) {
        List<Link> links = new ArrayList<>();
        links.add(link(uri, 1, "first"));
        if (byCursor) {
            if (body.nextCursor() != null) {
                links.add(cursorLink(uri, body.nextCursor()));
            }
        } else {
            int last = Math.max(body.totalPages(), 1);
            if (body.page() > 1) {
                links.add(link(uri, Math.min(body.page() - 1, last), "prev"));
            }
            if (body.nextCursor() != null) {
                links.add((long) body.page() * body.size() < maxDepth
                        ? link(uri, body.page() + 1, "next")
                        : cursorLink(uri, body.nextCursor()));
            }
            if ((long) (last - 1) * body.size() < maxDepth) {
                links.add(link(uri, last, "last"));
            }
        }
        // One header with comma-separated links: clients reading a single header value see them all.
        String header = String.join(", ", links.stream().map(Link::toString).toList());
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).header("Link", header)
                .header(TOTAL_COUNT, body.totalItems()).build();
    }

    private static Link link(UriInfo uri, int page, String rel) {
        return link(without(uri, "cursor").replaceQueryParam("page", page), rel);
    }

    private static Link cursorLink(UriInfo uri, String cursor) {
        return link(without(uri, "page").replaceQueryParam("cursor", cursor), "next");
    }

    /** The request's target without a parameter; touched only when present, as removing leaves an empty query. */
    private static UriBuilder without(UriInfo uri, String parameter) {
        UriBuilder builder = uri.getRequestUriBuilder();
        return uri.getQueryParameters().containsKey(parameter) ? builder.replaceQueryParam(parameter) : builder;
    }

    /** A link relative to the server root, so that it stays right behind proxies and gateways. */
    private static Link link(UriBuilder builder, String rel) {
        var target = builder.build();
        String relative = target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
        return Link.fromUri(relative).rel(rel).build();
    }
}
