package org.bri.data;

import static org.bri.data.Api.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;

/** Helpers for list endpoints: fetch every page (numbers exact), and check orderings. */
public final class Lists {

    /** Decimals as BigDecimal: the default, float, would turn 43600000000.5 into 4.36E10. */
    public static final JsonPathConfig EXACT_NUMBERS = JsonPathConfig.jsonPathConfig()
            .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL);

    private Lists() {
    }

    /**
     * The ids of every item of a list endpoint, walking all pages of the given size. A value that is
     * a collection is sent as the parameter repeated, once per element; a filter value with commas is sent as it
     * is, and then only the response is checked against the contract.
     */
    public static List<String> allIds(String path, int size, Object... queryNamesAndValues) {
        return allItems(path, size, queryNamesAndValues).stream().map(item -> (String) item.get("id")).toList();
    }

    /** Every item of a list endpoint as a map, walking all pages of the given size; parameters as for allIds. */
    public static List<Map<String, Object>> allItems(String path, int size, Object... queryNamesAndValues) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int page = 1;; page++) {
            boolean commaJoined = false;
            for (int i = 0; i < queryNamesAndValues.length; i += 2) {
                // sort is a comma-separated list in the contract itself.
                commaJoined |= !queryNamesAndValues[i].equals("sort") && queryNamesAndValues[i + 1] instanceof String s
                        && s.contains(",");
            }
            var request = (commaJoined ? Api.commaJoined() : api()).queryParam("size", size).queryParam("page", page);
            for (int i = 0; i < queryNamesAndValues.length; i += 2) {
                String name = (String) queryNamesAndValues[i];
                if (queryNamesAndValues[i + 1] instanceof Collection<?> values) {
                    request.queryParam(name, values);
                } else {
                    request.queryParam(name, queryNamesAndValues[i + 1]);
                }
            }
            JsonPath body = request.get(path).then().statusCode(200).extract().jsonPath(EXACT_NUMBERS);
            items.addAll(body.getList("items"));
            if (page >= body.getInt("totalPages")) {
                return items;
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
