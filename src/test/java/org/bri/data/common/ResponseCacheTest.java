package org.bri.data.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bri.data.Api.api;
import static org.bri.data.Api.raw;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.bri.data.Tokens;
import org.bri.data.curation.WrittenRecords;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.DecoderConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Reads are answered from kept bytes: no query on a hit or its 304, never a stale answer after a write. */
@QuarkusTest
class ResponseCacheTest {

    private static final String LIST = "/api/v1/metrics?project=asian-infrastructure-investment-bank&size=50";
    private static final String CURATOR = Tokens.of("carol@example.org", "curator");
    private static final String EDITOR = Tokens.of("dan@example.org", "editor");
    private static final String ID = "test-cache-aiib-financing";

    @Inject
    SessionFactory sessions;

    @Inject
    EntityManager em;

    @Inject
    DataVersion version;

    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    @AfterEach
    void removeWrittenMetric() {
        WrittenRecords.remove(em, version);
    }

    @Test
    void shouldAnswerARepeatedReadAndItsRevalidationWithoutAQuery() {
        Statistics statistics = sessions.getStatistics();
        String etag = api().get(LIST).then().statusCode(200).extract().header("ETag");
        long before = statistics.getPrepareStatementCount();
        long queriesBefore = statistics.getQueryExecutionCount();

        Response again = api().get(LIST).then().statusCode(200).extract().response();
        api().header("If-None-Match", etag).get(LIST).then().statusCode(304);

        assertThat(again.header("ETag")).isEqualTo(etag);
        assertThat(statistics.getPrepareStatementCount()).as("SQL statements run by a hit and a 304")
                .isEqualTo(before);
        assertThat(statistics.getQueryExecutionCount()).isEqualTo(queriesBefore);
    }

    @Test
    void shouldRunTheQueriesAgainWhenTheCacheMisses() {
        // The counter above must be able to see a read that does query: a list never asked for before.
        Statistics statistics = sessions.getStatistics();
        long before = statistics.getPrepareStatementCount();
        api().get("/api/v1/metrics?unit=USD&size=7&sort=-value").then().statusCode(200);
        assertThat(statistics.getPrepareStatementCount()).isGreaterThan(before);
    }

    @Test
    void shouldServeAWriteToTheVeryNextRead() {
        List<String> before = api().get(LIST).then().statusCode(200).extract().jsonPath().getList("items.id");
        String etag = api().get(LIST).then().extract().header("ETag");
        assertThat(before).doesNotContain(ID);

        String written = api().header("Authorization", "Bearer " + CURATOR)
                .contentType(ContentType.JSON).body(draft("AIIB cumulative financing (cache test)"))
                .post("/api/v1/metrics").then().statusCode(201).extract().header("ETag");

        // Acknowledged: the next read, conditional or not, sees it.
        api().header("If-None-Match", etag).get(LIST).then().statusCode(200);
        assertThat(api().get(LIST).jsonPath().getList("items.id", String.class)).contains(ID);
        assertThat(api().get(LIST).jsonPath().getInt("totalItems")).isEqualTo(before.size() + 1);
        api().get("/api/v1/metrics/" + ID).then().statusCode(200);

        api().header("Authorization", "Bearer " + CURATOR).header("If-Match", written)
                .contentType("application/merge-patch+json").body(Map.of("name", "Renamed by the cache test"))
                .patch("/api/v1/metrics/" + ID).then().statusCode(200);
        assertThat(api().get("/api/v1/metrics/" + ID).jsonPath().getString("name"))
                .isEqualTo("Renamed by the cache test");
        String current = api().get("/api/v1/metrics/" + ID).then().extract().header("ETag");

        api().header("Authorization", "Bearer " + EDITOR).header("If-Match", current)
                .delete("/api/v1/metrics/" + ID).then().statusCode(204);
        api().get("/api/v1/metrics/" + ID).then().statusCode(404);
        assertThat(api().get(LIST).jsonPath().getList("items.id", String.class)).doesNotContain(ID);
    }

    @Test
    void shouldServeGzipFromKeptBytesWithItsOwnTag() throws IOException {
        String path = "/api/v1/projects?size=10";
        for (int i = 0; i < 2; i++) {
            // The first answer is the miss, serialized then; the second is the kept one.
            Response identity = plain().header("Accept-Encoding", "identity").get(path);
            Response gzipped = plain().header("Accept-Encoding", "gzip").get(path);
            identity.then().statusCode(200);
            gzipped.then().statusCode(200).header("Content-Encoding", "gzip");
            assertThat(identity.header("Content-Encoding")).isNull();
            assertThat(new String(gunzip(gzipped.asByteArray()), "UTF-8")).isEqualTo(identity.asString());
            assertThat(gzipped.header("ETag")).isEqualTo(identity.header("ETag").replaceAll("\"$", "-gzip\""));
            // Either tag names the same content: a client that switched codings still revalidates cheaply.
            plain().header("Accept-Encoding", "gzip").header("If-None-Match", identity.header("ETag")).get(path).then()
                    .statusCode(304);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"gzip|true", "GZIP;q=0.5|true", "gzip;q=0|false", "br, *|true",
            "*;q=0|false", "gzip;q=0, *|false", "deflate, br|false", "identity|false", "x-gzip|true", "gzip;q=x|false"})
    void shouldReadAcceptEncodingWeights(String acceptEncoding, boolean gzip) {
        assertThat(ResponseCache.acceptsGzip(acceptEncoding)).as(acceptEncoding).isEqualTo(gzip);
    }

    @Test
    void shouldCountHitsAndMissesInThePrometheusMetrics() {
        api().get("/api/v1/themes?size=3").then().statusCode(200);
        double hits = counter("hit");
        double misses = counter("miss");
        api().get("/api/v1/themes?size=3").then().statusCode(200);
        api().get("/api/v1/themes?size=4").then().statusCode(200);
        assertThat(counter("hit")).isEqualTo(hits + 1);
        assertThat(counter("miss")).isEqualTo(misses + 1);
    }

    private double counter(String result) {
        String text = RestAssured.given().get(metrics).then().statusCode(200).extract().asString();
        String prefix = "cache_gets_total{cache=\"responses\",result=\"" + result + "\"} ";
        return text.lines().filter(line -> line.startsWith(prefix)).mapToDouble(
                line -> Double.parseDouble(line.substring(prefix.length()))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + prefix + " in the metrics"));
    }

    private static io.restassured.specification.RequestSpecification plain() {
        // Bytes as sent: RestAssured neither asks for nor decodes a coding unless told.
        return raw().config(RestAssured.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()));
    }

    private static byte[] gunzip(byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }

    private static Map<String, Object> draft(String name) {
        return Map.ofEntries(Map.entry("id", ID), Map.entry("name", name),
                Map.entry("indicator", "cumulative-financing"), Map.entry("value", 43600000000L),
                Map.entry("unit", "USD"), Map.entry("approximation", "exact"),
                Map.entry("valueText", "US$43.6 billion"), Map.entry("asOf", "2023-06"),
                Map.entry("kind", "observed"), Map.entry("project", "asian-infrastructure-investment-bank"),
                Map.entry("countries", List.of("CN")), Map.entry("themes", List.of("finance")),
                Map.entry("evidence", List.of(Map.of("sourceId", "qiushi-2023-zheng-shanjie", "exact",
                        "By the end of June this year, the AIIB’s cumulative financing had reached US$43.6 billion, "
                                + "with projects in areas such as transportation, energy, and public health."))));
    }
}
