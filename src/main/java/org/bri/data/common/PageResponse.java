package org.bri.data.common;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One page of a list: its items, where it stands and how many items and pages there are, and the facet counts when the
 * request asks for them.
 */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages,
        @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, List<Facets.Value>> facets) {

    static <T> PageResponse<T> of(List<T> items, PageRequest request, long totalItems) {
        int totalPages = (int) ((totalItems + request.size() - 1) / request.size());
        return new PageResponse<>(items, request.page(), request.size(), totalItems, totalPages, null);
    }

    /** The same page with these facet counts. */
    PageResponse<T> withFacets(Map<String, List<Facets.Value>> counts) {
        return new PageResponse<>(items, page, size, totalItems, totalPages, counts);
    }
}
