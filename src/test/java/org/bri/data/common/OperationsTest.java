package org.bri.data.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.bri.data.Api.api;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import java.net.URL;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Operations endpoints on the management port (liveness, readiness, Prometheus metrics), absent from
 * the public port, and metrics whose series stay bounded whatever clients send.
 */
@QuarkusTest
class OperationsTest {

    private static final Pattern SERIES = Pattern.compile("^http_server_requests_seconds_count\\{(.*)} \\S+$",
            Pattern.MULTILINE);

    // One request per endpoint template of the API.
    private static final List<String> ENDPOINTS = List.of("/api/v1/sources",
            "/api/v1/sources/xi-2021-third-bri-symposium", "/api/v1/sources/xi-2021-third-bri-symposium/text",
            "/api/v1/projects", "/api/v1/projects/china-laos-railway", "/api/v1/projects/china-laos-railway/metrics",
            "/api/v1/projects/china-laos-railway/statements", "/api/v1/metrics",
            "/api/v1/metrics/bri-anniversary-2025", "/api/v1/statements", "/api/v1/speakers",
            "/api/v1/speakers/xi-jinping", "/api/v1/countries", "/api/v1/countries/LA", "/api/v1/themes",
            "/api/v1/themes/finance");

    @TestHTTPResource(value = "health/live", management = true)
    URL live;

    @TestHTTPResource(value = "health/ready", management = true)
    URL ready;

    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    @Test
    void shouldBeLive() {
        given().get(live).then().statusCode(200).body("status", is("UP"));
    }

    @Test
    void shouldBeReadyWithTheDatabaseAndTheDataLoaded() {
        given().get(ready).then().statusCode(200).body("status", is("UP"))
                .body("checks.name", hasItems("seed-data", "Database connections health check"));
    }

    @Test
    void shouldExposePerEndpointTimingsToPrometheus() {
        api().get("/api/v1/projects/china-laos-railway").then().statusCode(200);
        given().get(metrics).then().statusCode(200).body(containsString("http_server_requests_seconds_count"))
                .body(containsString("uri=\"/api/v1/projects/{id}\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/metrics", "/q/health", "/q/health/ready", "/q/health/live", "/q/health/started"})
    void shouldNotServeOperationsEndpointsOnThePublicPort(String path) {
        given().get(path).then().statusCode(404);
    }

    @Test
    void shouldKeepTheContractAndSwaggerUiOnThePublicPort() {
        given().get("/q/openapi").then().statusCode(200);
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void shouldKeepEveryEndpointInTheMetricsAfterJunkRequests() {
        for (String path : ENDPOINTS) {
            given().get(path).then().statusCode(200);
        }
        sendJunk(0, 150);
        Scrape before = scrape();
        sendJunk(150, 300);
        for (String path : ENDPOINTS) {
            given().get(path).then().statusCode(200);
        }
        Scrape after = scrape();

        assertThat(after.uris).contains("/api/v1/sources", "/api/v1/sources/{id}", "/api/v1/sources/{id}/text",
                "/api/v1/projects", "/api/v1/projects/{id}", "/api/v1/projects/{id}/metrics",
                "/api/v1/projects/{id}/statements", "/api/v1/metrics", "/api/v1/metrics/{id}",
                "/api/v1/statements", "/api/v1/speakers", "/api/v1/speakers/{id}", "/api/v1/countries",
                "/api/v1/countries/{code}", "/api/v1/themes", "/api/v1/themes/{id}", MetricTags.UNKNOWN_URI);
        assertThat(after.uris).noneMatch(uri -> uri.contains("junk"));
        assertThat(after.methods).contains("GET", "POST", MetricTags.OTHER_METHOD)
                .noneMatch(method -> method.startsWith("JUNK"));
        // 150 more junk requests of the same kinds add no series at all.
        assertThat(after.series).isEqualTo(before.series);
    }

    /** Invented methods, writes to invented ids (405) and unavailable media types (406). */
    private static void sendJunk(int from, int to) {
        for (int i = from; i < to; i++) {
            given().request("JUNK" + i, "/api/v1/projects").then().statusCode(greaterThanOrEqualTo(400));
            given().post("/api/v1/projects/junk-" + i).then().statusCode(405);
            given().accept("image/png").get("/api/v1/metrics/junk-" + i).then().statusCode(406);
        }
    }

    private Scrape scrape() {
        String text = given().get(metrics).then().statusCode(200).extract().asString();
        Scrape scrape = new Scrape();
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/ops-scrape.txt"), text);
        } catch (Exception e) {
        }
        Matcher matcher = SERIES.matcher(text);
        while (matcher.find()) {
            scrape.series.add(matcher.group(1));
            scrape.uris.add(tag(matcher.group(1), "uri"));
            scrape.methods.add(tag(matcher.group(1), "method"));
        }
        return scrape;
    }

    /** The request timer series of one scrape, and the uri and method tags among them. */
    private static final class Scrape {

        final Set<String> series = new TreeSet<>();
        final Set<String> uris = new TreeSet<>();
        final Set<String> methods = new TreeSet<>();
    }

    private static String tag(String tags, String name) {
        Matcher matcher = Pattern.compile("(?:^|,)" + name + "=\"([^\"]*)\"").matcher(tags);
        return matcher.find() ? matcher.group(1) : "";
    }
}
