package org.bri.data.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bri.data.Api.api;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.bri.data.Lists;
import org.bri.data.Tokens;
import org.bri.data.curation.WrittenRecords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Keyset paging: a walk by cursor reads exactly what page numbers read, in the same order, and survives inserts. */
@QuarkusTest
class CursorPagingTest {

    @Inject
    EntityManager em;

    @Inject
    DataVersion version;

    @AfterEach
    void removeWrittenRecords() {
        WrittenRecords.remove(em, version);
    }

    /** Lists with orders that include nullable, descending, joined and enum fields, and a filter. */
    static Stream<Arguments> orders() {
        return Stream.of(Arguments.of("/api/v1/projects", "name", null, null),
                Arguments.of("/api/v1/projects", "-status,sector", null, null),
                Arguments.of("/api/v1/projects", "scale,-name", "country", "CN"),
                Arguments.of("/api/v1/metrics", "id", null, null),
                Arguments.of("/api/v1/metrics", "-value", null, null),
                Arguments.of("/api/v1/metrics", "date,-unit,kind", null, null),
                Arguments.of("/api/v1/statements", "-date", null, null),
                Arguments.of("/api/v1/statements", "speaker,-type", null, null),
                Arguments.of("/api/v1/sources", "publishedOn", null, null),
                Arguments.of("/api/v1/speakers", "-kind,name", null, null),
                Arguments.of("/api/v1/countries", "-region", null, null),
                Arguments.of("/api/v1/themes", "-label", null, null),
                Arguments.of("/api/v1/indicators", "-metrics,latest", null, null));
    }

    @ParameterizedTest
    @MethodSource("orders")
    void shouldWalkAWholeListByCursorInTheOrderPagesGive(String path, String sort, String filter, String value) {
        List<Object> query = new ArrayList<>(List.of("sort", sort));
        if (filter != null) {
            query.addAll(List.of(filter, value));
        }
        List<String> byPage = Lists.allItems(path, 100, query.toArray()).stream()
                .map(item -> String.valueOf(item.getOrDefault("id", item.get("code")))).toList();
        // About eight cursor pages, and at least two, however long the list.
        int size = Math.max(2, byPage.size() / 8);
        assertThat(byPage).as("%s needs several cursor pages for this test", path).hasSizeGreaterThan(size);

        List<String> byCursor = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = api().queryParam("size", size);
            if (filter != null) {
                request.queryParam(filter, value);
            }
            request = cursor == null ? request.queryParam("sort", sort) : request.queryParam("cursor", cursor);
            JsonPath body = request.get(path).then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = body.getList("items");
            items.forEach(item -> byCursor.add(String.valueOf(item.getOrDefault("id", item.get("code")))));
            assertThat(body.getInt("page")).isEqualTo(pages + 1);
            assertThat(body.getInt("totalItems")).isEqualTo(byPage.size());
            cursor = body.getString("nextCursor");
            pages++;
        } while (cursor != null);
        assertThat(byCursor).isEqualTo(byPage);
        assertThat(pages).isEqualTo((byPage.size() + size - 1) / size);
    }

    @Test
    void shouldLinkACursorPageToTheFirstPageAndTheNextCursorOnly() {
        String first = api().queryParam("size", 5).get("/api/v1/metrics").then().statusCode(200)
                .body("nextCursor", notNullValue()).extract().path("nextCursor");
        String link = api().queryParam("size", 5).queryParam("cursor", first).get("/api/v1/metrics").then()
                .statusCode(200).body("page", is(2)).extract().header("Link");
        assertThat(link).contains("</api/v1/metrics?size=5&page=1>; rel=\"first\"")
                .contains("rel=\"next\"").doesNotContain("rel=\"prev\"").doesNotContain("rel=\"last\"");
        String next = link.replaceAll(".*<([^>]*)>; rel=\"next\".*", "$1");
        assertThat(next).startsWith("/api/v1/metrics?size=5&cursor=").doesNotContain("page=");
        api().urlEncodingEnabled(false).get(next).then().statusCode(200).body("page", is(3));
    }

    @Test
    void shouldLinkTheFirstPageCleanlyFromACursorAlone() {
        String cursor = api().get("/api/v1/metrics").then().statusCode(200).extract().path("nextCursor");
        String link = api().queryParam("cursor", cursor).get("/api/v1/metrics").then().statusCode(200)
                .body("page", is(2)).extract().header("Link");
        assertThat(link).startsWith("</api/v1/metrics?page=1>; rel=\"first\", </api/v1/metrics?cursor=");
    }

    @Test
    void shouldEndACursorWalkWithANullCursorAndNoNextLink() {
        int total = api().get("/api/v1/themes").then().statusCode(200).extract().path("totalItems");
        String cursor = api().queryParam("size", total - 1).get("/api/v1/themes").then().statusCode(200).extract()
                .path("nextCursor");
        String link = api().queryParam("size", total - 1).queryParam("cursor", cursor).get("/api/v1/themes").then()
                .statusCode(200).body("items.size()", is(1)).body("nextCursor", nullValue()).extract()
                .header("Link");
        assertThat(link).contains("rel=\"first\"").doesNotContain("rel=\"next\"");
    }

    @Test
    void shouldNotRepeatOrSkipRecordsWhenOneIsInsertedBeforeTheCursor() {
        JsonPath first = api().queryParam("size", 3).get("/api/v1/speakers").then().statusCode(200).extract()
                .jsonPath();
        List<String> second = api().queryParam("size", 3).queryParam("page", 2).get("/api/v1/speakers").then()
                .statusCode(200).extract().jsonPath().getList("items.id");

        Map<String, Object> speaker = new HashMap<>();
        speaker.put("id", "test-cursor-speaker");
        speaker.put("name", "AAA Cursor Test Speaker");
        speaker.put("role", "Tester");
        speaker.put("organization", "Test Organization");
        speaker.put("kind", "person");
        api().header("Authorization", "Bearer " + Tokens.of("alice@example.org", "curator"))
                .contentType(ContentType.JSON).body(speaker)
                .post("/api/v1/speakers").then().statusCode(201);

        List<String> shifted = api().queryParam("size", 3).queryParam("page", 2).get("/api/v1/speakers").then()
                .statusCode(200).extract().jsonPath().getList("items.id");
        assertThat(shifted).as("the insert shifts page numbers, else this test proves nothing").isNotEqualTo(second);
        api().queryParam("size", 3).queryParam("cursor", first.getString("nextCursor")).get("/api/v1/speakers")
                .then().statusCode(200).body("items.id", is(second));
    }

    @Test
    void shouldRejectACursorWithAPageNumber() {
        String cursor = api().queryParam("size", 2).get("/api/v1/projects").then().extract().path("nextCursor");
        api().queryParam("cursor", cursor).queryParam("page", 2).get("/api/v1/projects").then().statusCode(400)
                .contentType("application/problem+json").body("errors.name", is(List.of("cursor")))
                .body("errors[0].detail", containsString("page"));
    }

    @Test
    void shouldRejectACursorUnderAnotherSort() {
        String cursor = api().queryParam("size", 2).queryParam("sort", "-name").get("/api/v1/projects").then()
                .extract().path("nextCursor");
        api().queryParam("cursor", cursor).queryParam("sort", "-name").get("/api/v1/projects").then().statusCode(200);
        api().queryParam("cursor", cursor).queryParam("sort", "name").get("/api/v1/projects").then().statusCode(400)
                .body("errors.name", is(List.of("sort"))).body("errors[0].detail", containsString("-name"));
    }

    /** Cursors a client might make up or damage: none may reach the database as a broken query. */
    static Stream<String> forgedCursors() {
        return Stream.of("not-a-cursor", "%%%", encode("[1,2]"), encode("{\"s\":\"id\",\"o\":0}"),
                encode("{\"s\":\"id\",\"o\":-1,\"k\":[\"a\"]}"), encode("{\"s\":\"id\",\"o\":0,\"k\":[\"a\",\"b\"]}"),
                encode("{\"s\":\"id\",\"o\":0,\"k\":[null]}"),
                encode("{\"s\":\"date\",\"o\":0,\"k\":[\"soon\",\"a\"]}"),
                encode("{\"s\":\"kind\",\"o\":0,\"k\":[\"NOT_A_KIND\",\"a\"]}"),
                encode("{\"s\":\"nonsense\",\"o\":0,\"k\":[\"a\"]}"),
                encode("{\"s\":\"value\",\"o\":0,\"k\":[{\"a\":1},\"a\"]}"), "x".repeat(2048));
    }

    @ParameterizedTest
    @MethodSource("forgedCursors")
    void shouldRejectACursorTheListDidNotIssue(String cursor) {
        api().queryParam("cursor", cursor).get("/api/v1/metrics").then().statusCode(400)
                .contentType("application/problem+json").body("errors.name", is(List.of("cursor")));
    }

    @Test
    void shouldGiveEveryPageButTheLastACursorThatReadsOn() {
        JsonPath body = api().queryParam("size", 3).queryParam("page", 2).get("/api/v1/statements").then()
                .statusCode(200).extract().jsonPath();
        List<String> third = api().queryParam("size", 3).queryParam("page", 3).get("/api/v1/statements").then()
                .statusCode(200).extract().jsonPath().getList("items.id");
        api().queryParam("size", 3).queryParam("cursor", body.getString("nextCursor")).get("/api/v1/statements")
                .then().statusCode(200).body("items.id", is(third)).body("page", is(3));
        int last = body.getInt("totalPages");
        api().queryParam("size", 3).queryParam("page", last).get("/api/v1/statements").then().statusCode(200)
                .body("nextCursor", nullValue());
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
