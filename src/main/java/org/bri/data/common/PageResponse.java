package org.bri.data.common;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One page of a list: its items, where it stands, how many items and pages there are, the cursor that reads on from it
 * (null on the last page), and the facet counts when the request asks for them.
 */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages, String nextCursor,
        @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, List<Facets.Value>> facets) {

    static <T> PageResponse<T> of(List<T> items, PageRequest request, long totalItems, String nextCursor) {
        int totalPages = (int) ((totalItems + request.size() - 1) / request.size());
        return new PageResponse<>(items, request.page(), request.size(), totalItems, totalPages, nextCursor, null);
    }

    /** The same page with these facet counts. */
    PageResponse<T> withFacets(Map<String, List<Facets.Value>> counts) {
        return new PageResponse<>(items, page, size, totalItems, totalPages, nextCursor, counts);
    }
}
