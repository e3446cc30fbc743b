package org.bri.data.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The fuzz battery's findings, as they went over the wire: every hostile request gets a problem
 * document with the status the contract declares, never a 500, an empty body or a trace of code.
 */
@QuarkusTest
class HostileRequestTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URL server;

    /** A GET with the usual headers, the request target written as it is. */
    private static String get(String target) {
        return "GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
    }

    private static String request(String method, String target, String... headers) {
        return method + " " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + String.join("", Stream.of(headers).map(h -> h + "\r\n").toList()) + "\r\n";
    }

    static Stream<Arguments> hostileRequests() {
        String longQuery = "a".repeat(RequestGuard.MAX_TARGET);
        String largeHeader = "b".repeat(RequestGuard.MAX_HEADERS + 1);
        return Stream.of(
                // name, request, path, status, the one parameter named in errors (or null)
                Arguments.of("malformed escape", get("/api/v1/projects?q=%ZZ"), "/api/v1/projects", 400, "q"),
                Arguments.of("truncated escape", get("/api/v1/metrics?q=rail%2"), "/api/v1/metrics", 400, "q"),
                Arguments.of("lone percent", get("/api/v1/statements?q=%"), "/api/v1/statements", 400, "q"),
                Arguments.of("overlong UTF-8", get("/api/v1/projects?q=%C0%AF"), "/api/v1/projects", 400, "q"),
                Arguments.of("lone continuation byte", get("/api/v1/projects?q=%80"), "/api/v1/projects", 400, "q"),
                Arguments.of("raw pipe", get("/api/v1/projects?q=a|b"), "/api/v1/projects", 400, "q"),
                Arguments.of("raw caret", get("/api/v1/metrics?sort=^id"), "/api/v1/metrics", 400, "sort"),
                Arguments.of("raw brace", get("/api/v1/statements?q={x}"), "/api/v1/statements", 400, "q"),
                Arguments.of("raw quote", get("/api/v1/projects?q=\"rail\""), "/api/v1/projects", 400, "q"),
                Arguments.of("raw control character", get("/api/v1/projects?q=a\u0001b"), "/api/v1/projects", 400, "q"),
                Arguments.of("raw DEL", get("/api/v1/projects?q=a\u007fb"), "/api/v1/projects", 400, "q"),
                Arguments.of("raw Latin-1 byte", get("/api/v1/projects?q=caf\u00e9"), "/api/v1/projects", 400, "q"),
                Arguments.of("encoded NUL", get("/api/v1/projects?q=a%00b"), "/api/v1/projects", 400, "q"),
                Arguments.of("malformed parameter name", get("/api/v1/projects?%ZZ=1"), "/api/v1/projects", 400,
                        "query"),
                Arguments.of("raw pipe in path", get("/api/v1/projects/a|b"), null, 400, null),
                Arguments.of("malformed escape in path", get("/api/v1/projects/%G1"), null, 400, null),
                Arguments.of("encoded NUL in path", get("/api/v1/projects/a%00b"), "/api/v1/projects/a%00b", 404,
                        null),
                Arguments.of("q of punctuation", get("/api/v1/projects?q=!!!"), "/api/v1/projects", 400, "q"),
                Arguments.of("q of a percent sign", get("/api/v1/metrics?q=%25"), "/api/v1/metrics", 400, "q"),
                Arguments.of("q of an emoji", get("/api/v1/statements?q=%F0%9F%98%80"), "/api/v1/statements", 400,
                        "q"),
                Arguments.of("q of spaces and symbols", get("/api/v1/projects?q=%20%E2%80%94%20"),
                        "/api/v1/projects", 400, "q"),
                Arguments.of("page overflow", get("/api/v1/themes?page=99999999999999999999"), "/api/v1/themes", 400,
                        "page"),
                Arguments.of("unknown parameter on a record", get("/api/v1/themes/finance?foo=1"),
                        "/api/v1/themes/finance", 400, "foo"),
                Arguments.of("URI too long", get("/api/v1/projects?q=" + longQuery), null, 414, null),
                Arguments.of("header too large", request("GET", "/api/v1/projects", "X-Padding: " + largeHeader),
                        "/api/v1/projects", 431, null),
                Arguments.of("body too large", request("GET", "/api/v1/projects", "Content-Length: 70000"),
                        "/api/v1/projects", 413, null),
                Arguments.of("write to a nested list", request("POST", "/api/v1/projects/china-laos-railway/metrics",
                        "Content-Length: 0"), "/api/v1/projects/china-laos-railway/metrics", 405, null),
                Arguments.of("cross-origin delete", request("DELETE", "/api/v1/themes/finance",
                        "Origin: https://evil.example"), "/api/v1/themes/finance", 405, null),
                Arguments.of("invented method", request("BREW", "/api/v1/themes"), "/api/v1/themes", 405, null),
                Arguments.of("write to an unknown path", request("PUT", "/api/v1/nothing", "Content-Length: 0"),
                        "/api/v1/nothing", 404, null),
                Arguments.of("XML wanted", request("GET", "/api/v1/projects", "Accept: application/xml"),
                        "/api/v1/projects", 406, null),
                Arguments.of("unknown id, HTTP/1.0 without Host", "GET /api/v1/themes/astrology HTTP/1.0\r\n\r\n",
                        "/api/v1/themes/astrology", 404, null),
                Arguments.of("HTTP/1.1 without Host", "GET /api/v1/themes HTTP/1.1\r\nConnection: close\r\n\r\n",
                        "/api/v1/themes", 400, null),
                Arguments.of("HTTP/1.1 with an invalid Host", "GET /api/v1/themes HTTP/1.1\r\nHost: a b\r\n"
                        + "Connection: close\r\n\r\n", "/api/v1/themes", 400, null),
                Arguments.of("malformed escape outside the API", get("/q/openapi?x=%ZZ"), "/q/openapi", 400, "x"),
                Arguments.of("database stopped mid-query", get("/test-only/lost-database/admin-shutdown"),
                        "/test-only/lost-database/admin-shutdown", 503, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileRequests")
    void shouldAnswerAProblemThatRevealsNothing(String name, String request, String instance, int status,
            String parameter) throws Exception {
        RawHttp.Response response = RawHttp.send(server, request);

        assertThat(response.status()).as(name).isEqualTo(status);
        assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("type").asText()).isEqualTo("about:blank");
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("detail").asText()).isNotBlank();
        if (instance == null) {
            assertThat(problem.has("instance")).isFalse();
        } else {
            assertThat(problem.path("instance").asText()).isEqualTo(instance);
        }
        if (parameter == null) {
            assertThat(problem.has("errors")).isFalse();
        } else {
            assertThat(problem.path("errors").findValuesAsText("name")).containsOnly(parameter);
            assertThat(problem.path("errors").findValuesAsText("in")).containsOnly("query");
        }
        if (status == 405) {
            assertThat(response.header("Allow")).isEqualTo("GET, HEAD, OPTIONS");
        }
        if (status == 503) {
            assertThat(response.header("Retry-After")).matches("[1-9][0-9]*");
        }
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("org.").doesNotContain("java.")
                .doesNotContain("\tat ").doesNotContain("stack").doesNotContain("io.vertx").doesNotContain("netty");
        String template = instance == null ? null : Endpoints.templateOf(instance);
        if (template != null && status != 405) {
            assertThat(Endpoints.declares(template, status)).as("%s declared for %s", status, template).isTrue();
        }
    }

    @Test
    void shouldServeHttp10WithoutHost() throws Exception {
        // HTTP/1.0 does not require Host; the answer is the same as with one, paging links included.
        RawHttp.Response response = RawHttp.send(server, "GET /api/v1/themes?size=1 HTTP/1.0\r\n\r\n");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        assertThat(response.header("Link")).contains("</api/v1/themes?size=1&page=2>; rel=\"next\"");
        assertThat(JSON.readTree(response.body()).path("items").size()).isEqualTo(1);
    }

    @Test
    void shouldServeHttp10WithoutHostEverywhere() {
        for (String template : Endpoints.templates()) {
            String path = Endpoints.concrete(template);
            RawHttp.Response response = RawHttp.send(server, "GET " + path + " HTTP/1.0\r\n\r\n");
            // A read that needs a token (the export) answers for the token, not for the missing Host.
            assertThat(response.status()).as(path).isEqualTo(Endpoints.isPublicRead(template) ? 200 : 401);
        }
        assertThat(RawHttp.send(server, "GET /q/openapi HTTP/1.0\r\n\r\n").status()).isEqualTo(200);
    }

    @Test
    void shouldLeaveWhatTheCodecRefusesToTheCodecButNeverAnswer500() {
        // Beyond the codec's own limits (64 KiB) and for a request line it cannot split, Vert.x
        // answers before the application runs, without a body; documented in the README.
        List<RawHttp.Response> refused = List.of(RawHttp.send(server, get("/api/v1/projects?q=" + "a".repeat(70_000))),
                RawHttp.send(server, request("GET", "/api/v1/projects", "X-Padding: " + "b".repeat(70_000))),
                RawHttp.send(server, get("/api/v1/projects?q=a\tb")));
        assertThat(refused).extracting(RawHttp.Response::status).containsExactly(414, 431, 400);
    }
}
