package org.bri.data.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bri.data.Api.api;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.bri.data.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The RFC 8288 Link header of every list: exact first, prev, next and last pages, computed from X-Total-Count. */
@QuarkusTest
class PagingLinksTest {

    private static final Pattern LINK = Pattern.compile("<([^>]*)>\\s*;\\s*rel=\"([^\"]*)\"");

    /** Every list endpoint; each is named after the seed file that holds its records. */
    static Stream<String> lists() {
        return Stream.of("projects", "metrics", "statements", "sources", "speakers", "countries", "themes")
                .map(file -> "/api/v1/" + file);
    }

    @ParameterizedTest
    @MethodSource("lists")
    void shouldLinkTheFirstPageToTheNextAndLastPagesOnly(String path) {
        int size = 2;
        Page page = get(path, size, 1);
        int last = page.lastPage(size);
        assertThat(last).as("%s needs several pages of %d for this test", path, size).isGreaterThan(2);
        assertThat(page.links).isEqualTo(Map.of("first", 1, "next", 2, "last", last));
    }

    @ParameterizedTest
    @MethodSource("lists")
    void shouldLinkAMiddlePageToItsNeighbours(String path) {
        int size = 2;
        int last = get(path, size, 1).lastPage(size);
        int middle = last / 2 + 1;
        assertThat(middle).isGreaterThan(1).isLessThan(last);
        assertThat(get(path, size, middle).links)
                .isEqualTo(Map.of("first", 1, "prev", middle - 1, "next", middle + 1, "last", last));
    }

    @ParameterizedTest
    @MethodSource("lists")
    void shouldLinkTheLastPageBackButNotForward(String path) {
        int size = 2;
        int last = get(path, size, 1).lastPage(size);
        Page page = get(path, size, last);
        assertThat(page.links).isEqualTo(Map.of("first", 1, "prev", last - 1, "last", last));
        assertThat(page.items).isBetween(1, size);
    }

    @ParameterizedTest
    @MethodSource("lists")
    void shouldLinkAPagePastTheEndBackToTheLastPage(String path) {
        // prev of page 500 is the last page that holds items, not page 499, which is as empty as 500.
        int size = 20;
        Page page = get(path, size, 500);
        assertThat(page.total).isEqualTo(Seeds.all(path.substring(path.lastIndexOf('/') + 1)).size());
        int last = page.lastPage(size);
        assertThat(last).isLessThan(499);
        assertThat(page.items).isZero();
        assertThat(page.links).isEqualTo(Map.of("first", 1, "prev", last, "last", last));
    }

    @Test
    void shouldLinkTheDefaultPageWithTheDefaultSize() {
        Response response = api().get("/api/v1/projects").then().statusCode(200).extract().response();
        int total = Integer.parseInt(response.header("X-Total-Count"));
        assertThat(total).isEqualTo(Seeds.all("projects").size());
        int last = (total + 19) / 20;
        assertThat(pages(response.header("Link"))).isEqualTo(last > 1
                ? Map.of("first", 1, "next", 2, "last", last)
                : Map.of("first", 1, "last", 1));
    }

    @Test
    void shouldLinkAnEmptyResultToPageOneAsFirstAndLast() {
        String nowhere = countryNoRecordRefersTo();
        Page first = get("/api/v1/projects", 20, 1, "country", nowhere);
        assertThat(first.total).isZero();
        assertThat(first.links).isEqualTo(Map.of("first", 1, "last", 1));
        // Even when there is nothing, prev of a later page leads to a page that exists.
        assertThat(get("/api/v1/projects", 20, 3, "country", nowhere).links)
                .isEqualTo(Map.of("first", 1, "prev", 1, "last", 1));
    }

    @Test
    void shouldKeepEveryOtherParameterInEachLink() {
        String link = api().queryParam("status", "operational").queryParam("sort", "-name").queryParam("size", 2)
                .queryParam("page", 2).get("/api/v1/projects").then().statusCode(200).extract().header("Link");
        List<URI> targets = targets(link);
        assertThat(links(link).keySet()).containsExactlyInAnyOrder("first", "prev", "next", "last");
        for (URI target : targets) {
            assertThat(target.getPath()).isEqualTo("/api/v1/projects");
            assertThat(target.getHost()).as("links are relative to the server root").isNull();
            Map<String, String> query = query(target);
            assertThat(query).containsEntry("status", "operational").containsEntry("sort", "-name")
                    .containsEntry("size", "2").containsKey("page").hasSize(4);
        }
    }

    @Test
    void shouldReachEveryRecordByFollowingTheNextLinks() {
        // What a client does: from the first page, follow rel="next" until there is none.
        Set<String> seen = new TreeSet<>();
        String next = "/api/v1/metrics?size=9";
        int requests = 0;
        while (next != null) {
            Response response = api().urlEncodingEnabled(false).get(next).then().statusCode(200).extract()
                    .response();
            seen.addAll(response.jsonPath().getList("items.id", String.class));
            next = links(response.header("Link")).get("next");
            assertThat(++requests).as("following next links ends").isLessThan(100);
        }
        assertThat(seen).isEqualTo(new TreeSet<>(Seeds.ids("metrics", m -> true)));
        assertThat(requests).isEqualTo((Seeds.all("metrics").size() + 8) / 9);
    }

    /** A list page: its item count, the X-Total-Count, and the page number each Link relation points to. */
    private record Page(int items, int total, Map<String, Integer> links) {

        /** The last page for this size, computed from the total the server announced. */
        int lastPage(int size) {
            return Math.max(1, (total + size - 1) / size);
        }
    }

    private static Page get(String path, int size, int page, String... nameAndValue) {
        var request = api().queryParam("size", size).queryParam("page", page);
        for (int i = 0; i < nameAndValue.length; i += 2) {
            request.queryParam(nameAndValue[i], nameAndValue[i + 1]);
        }
        Response response = request.get(path).then().statusCode(200).extract().response();
        int total = Integer.parseInt(response.header("X-Total-Count"));
        assertThat(response.jsonPath().getInt("totalItems")).isEqualTo(total);
        assertThat(response.jsonPath().getInt("page")).isEqualTo(page);
        Map<String, Integer> links = pages(response.header("Link"));
        for (URI target : targets(response.header("Link"))) {
            assertThat(target.getPath()).isEqualTo(path);
            assertThat(query(target)).containsEntry("size", String.valueOf(size));
        }
        return new Page(response.jsonPath().getList("items").size(), total, links);
    }

    /** Relation to the page number its link points to. */
    private static Map<String, Integer> pages(String header) {
        Map<String, Integer> pages = new LinkedHashMap<>();
        links(header).forEach((rel, target) -> pages.put(rel, Integer.valueOf(query(URI.create(target)).get("page"))));
        return pages;
    }

    /** Relation to link target, each relation at most once. */
    private static Map<String, String> links(String header) {
        assertThat(header).as("Link header").isNotNull();
        Map<String, String> links = new LinkedHashMap<>();
        Matcher m = LINK.matcher(header);
        while (m.find()) {
            assertThat(links.put(m.group(2).toLowerCase(Locale.ROOT), m.group(1))).as("rel %s twice", m.group(2))
                    .isNull();
        }
        return links;
    }

    private static List<URI> targets(String header) {
        return links(header).values().stream().map(URI::create).toList();
    }

    private static Map<String, String> query(URI target) {
        Map<String, String> query = new LinkedHashMap<>();
        for (String pair : target.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            String key = URLDecoder.decode(kv[0], StandardCharsets.UTF_8);
            assertThat(query.put(key, URLDecoder.decode(kv[1], StandardCharsets.UTF_8)))
                    .as("parameter %s once in %s", key, target).isNull();
        }
        return query;
    }

    /** An ISO country that no record refers to, so that a filter on it matches nothing. */
    private static String countryNoRecordRefersTo() {
        Set<String> referenced = new TreeSet<>();
        for (String file : List.of("projects", "metrics", "statements")) {
            Seeds.all(file).forEach(r -> referenced.addAll(Seeds.countryCodes(r)));
        }
        return Arrays.stream(Locale.getISOCountries()).filter(c -> !referenced.contains(c)).sorted().findFirst()
                .orElseThrow();
    }
}
