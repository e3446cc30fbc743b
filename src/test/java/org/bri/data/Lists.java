package org.bri.data;

import static org.bri.data.Api.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.restassured.path.json.JsonPath;

/** Helpers for list endpoints: fetch every page, and check orderings. */
public final class Lists {

    private Lists() {
    }

    /** The ids of every item of a list endpoint, walking all pages of the given size. */
    public static List<String> allIds(String path, int size, Object... queryNamesAndValues) {
        List<String> ids = new ArrayList<>();
        for (int page = 1;; page++) {
            var request = api().queryParam("size", size).queryParam("page", page);
            for (int i = 0; i < queryNamesAndValues.length; i += 2) {
                request.queryParam((String) queryNamesAndValues[i], queryNamesAndValues[i + 1]);
            }
            JsonPath body = request.get(path).then().statusCode(200).extract().jsonPath();
            ids.addAll(body.getList("items.id", String.class));
            if (page >= body.getInt("totalPages")) {
                return ids;
            }
        }
    }

    /** Whether a list is in the order the comparator gives. */
    public static <T> boolean isSorted(List<T> values, Comparator<? super T> order) {
        for (int i = 1; i < values.size(); i++) {
            if (order.compare(values.get(i - 1), values.get(i)) > 0) {
                return false;
            }
        }
        return true;
    }
}
