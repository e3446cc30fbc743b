package org.bri.data.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bri.data.Api.api;
import static org.bri.data.Api.invalid;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.bri.data.Lists;
import org.bri.data.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

/** The source documents: metadata from seeds/data/sources.json, and each text byte for byte as the file holds it. */
@QuarkusTest
class SourceResourceTest {

    private static final List<String> METADATA = List.of("title", "publisher", "author", "kind", "publishedOn",
            "deliveredOn", "dateNote", "language", "sha256");

    static Stream<String> sourceIds() {
        return Seeds.ids("sources", s -> true).stream();
    }

    @Test
    void shouldListEverySource() {
        int count = Seeds.all("sources").size();
        List<String> ids = api().queryParam("size", 100).get("/api/v1/sources").then().statusCode(200)
                .header("X-Total-Count", String.valueOf(count)).body("totalItems", is(count)).extract().jsonPath()
                .getList("items.id", String.class);
        assertThat(ids).containsExactlyInAnyOrderElementsOf(Seeds.ids("sources", s -> true));
    }

    @ParameterizedTest
    @MethodSource("sourceIds")
    void shouldDescribeEachSourceAsTheSeedsAndItsFileDo(String id) throws Exception {
        JsonNode seed = Seeds.byId("sources", id);
        byte[] file = Seeds.bytes(id);
        String text = new String(file, StandardCharsets.UTF_8);
        Map<String, Object> body = api().get("/api/v1/sources/" + id).then().statusCode(200).extract().jsonPath()
                .getMap("");
        for (String field : METADATA) {
            assertThat(body.get(field)).as("%s of %s", field, id).isEqualTo(Seeds.textOrNull(seed, field));
        }
        // Computed from the file, not copied from sources.json: the service must describe the document it serves.
        assertThat(body.get("sha256")).isEqualTo(sha256(file));
        assertThat(body.get("characters")).isEqualTo(text.codePointCount(0, text.length()));
        assertThat(body.get("textUrl")).isEqualTo("/api/v1/sources/" + id + "/text");
    }

    @ParameterizedTest
    @MethodSource("sourceIds")
    void shouldSayWhereEachDocumentsOwnContentStarts(String id) {
        String text = new String(Seeds.bytes(id), StandardCharsets.UTF_8);
        String passage = Seeds.textOrNull(Seeds.byId("sources", id), "bodyStartsWith");
        int expected = passage == null ? 0 : text.codePointCount(0, text.indexOf(passage));
        int bodyStart = api().get("/api/v1/sources/" + id).then().statusCode(200).extract().path("bodyStart");
        assertThat(bodyStart).isEqualTo(expected);
        String served = api().get("/api/v1/sources/" + id + "/text").then().statusCode(200).extract().asString();
        String body = served.substring(served.offsetByCodePoints(0, bodyStart));
        assertThat(body).as("the body of %s", id).startsWith(passage == null ? "" : passage);
    }

    @Test
    void shouldSkipTheLeftoverNavigationOfAScrapedPage() {
        int bodyStart = api().get("/api/v1/sources/qiushi-2023-zheng-shanjie").then().statusCode(200).extract()
                .path("bodyStart");
        String text = api().get("/api/v1/sources/qiushi-2023-zheng-shanjie/text").then().extract().asString();
        assertThat(text).startsWith("Nav Search");
        assertThat(text.substring(bodyStart)).startsWith(Seeds.byId("sources", "qiushi-2023-zheng-shanjie")
                .path("title").asText());
    }

    @ParameterizedTest
    @MethodSource("sourceIds")
    void shouldServeEachDocumentExactlyAsStored(String id) throws Exception {
        String textUrl = api().get("/api/v1/sources/" + id).then().statusCode(200).extract().path("textUrl");
        byte[] body = api().get(textUrl).then().statusCode(200).contentType("text/plain;charset=UTF-8").extract()
                .asByteArray();
        assertThat(body).isEqualTo(Seeds.bytes(id));
        assertThat(sha256(body)).isEqualTo(Seeds.byId("sources", id).path("sha256").asText());
    }

    @Test
    void shouldSortByPublicationDateByDefaultWithUndatedLast() {
        assertThat(Lists.allIds("/api/v1/sources", 100)).containsExactlyElementsOf(byPublication(false));
    }

    @Test
    void shouldSortByPublicationDateDescendingWithUndatedStillLast() {
        assertThat(Lists.allIds("/api/v1/sources", 100, "sort", "-publishedOn"))
                .containsExactlyElementsOf(byPublication(true));
    }

    @ParameterizedTest
    @CsvSource({"/api/v1/sources/nope", "/api/v1/sources/nope/text"})
    void shouldAnswer404ForAnUnknownSource(String path) {
        api().get(path).then().statusCode(404).contentType("application/problem+json").body("status", is(404));
    }

    @Test
    void shouldRejectFiltersTheSourceListDoesNotHave() {
        invalid().queryParam("kind", "speech").get("/api/v1/sources").then().statusCode(400)
                .contentType("application/problem+json").body("errors.name", is(List.of("kind")))
                .body("errors.in", everyItem(is("query")));
    }

    /** Source ids in order of publication (ISO dates sort as text), undated last either way, the id breaking ties. */
    private static List<String> byPublication(boolean descending) {
        Comparator<String> dates = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
        return Seeds.all("sources").stream()
                .sorted(Comparator.comparing((JsonNode s) -> Seeds.textOrNull(s, "publishedOn"),
                        Comparator.nullsLast(dates)).thenComparing(s -> s.path("id").asText()))
                .map(s -> s.path("id").asText()).toList();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
