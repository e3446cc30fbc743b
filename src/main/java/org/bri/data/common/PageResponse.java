package org.bri.data.common;

import java.util.List;

/**
 * One page of a list: its items, where it stands, how many items and pages there are, and the cursor that reads on
 * from it (null on the last page).
 */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages, String nextCursor) {

    static <T> PageResponse<T> of(List<T> items, PageRequest request, long totalItems, String nextCursor) {
        int totalPages = (int) ((totalItems + request.size() - 1) / request.size());
        return new PageResponse<>(items, request.page(), request.size(), totalItems, totalPages, nextCursor);
    }
}
