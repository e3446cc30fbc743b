package org.bri.data.common;

import java.util.List;

/** One page of a list: its items, where it stands and how many items and pages there are. */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    static <T> PageResponse<T> of(List<T> items, PageRequest request, long totalItems) {
        int totalPages = (int) ((totalItems + request.size() - 1) / request.size());
        return new PageResponse<>(items, request.page(), request.size(), totalItems, totalPages);
    }
}
