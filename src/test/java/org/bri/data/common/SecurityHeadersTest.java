package org.bri.data.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Security headers on every answer of the public port, errors included, and a policy Swagger UI can run under. */
@QuarkusTest
class SecurityHeadersTest {

    private static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>(.*?)</script>",
            Pattern.DOTALL);

    @ParameterizedTest
    @CsvSource({"GET, /api/v1/projects, 200", "GET, /api/v1/sources/xi-2021-third-bri-symposium/text, 200",
            "GET, /api/v1/projects?page=0, 400", "GET, /api/v1/projects/no-such-project, 404",
            "GET, /no/such/path, 404", "DELETE, /api/v1/projects, 405", "GET, /test-only/failure, 500",
            "GET, /q/openapi, 200"})
    void shouldSendTheHeadersWithAStrictPolicy(String method, String path, int status) {
        given().request(method, path).then().statusCode(status).header("X-Content-Type-Options", is("nosniff"))
                .header("Referrer-Policy", is("no-referrer")).header("Content-Security-Policy", is(API_POLICY));
    }

    @Test
    void shouldSendTheHeadersOnA406() {
        given().accept("image/png").get("/api/v1/projects").then().statusCode(406)
                .header("X-Content-Type-Options", is("nosniff")).header("Content-Security-Policy", is(API_POLICY));
    }

    @Test
    void shouldSendOnePolicyToSwaggerUiThatAllowsItsOwnScriptsOnly() {
        Response page = given().get("/q/swagger-ui/");
        page.then().statusCode(200).header("X-Content-Type-Options", is("nosniff"));
        // One header: two policies would both apply, and the strict one would block Swagger UI.
        assertThat(page.headers().getValues("Content-Security-Policy")).hasSize(1);
        String policy = page.header("Content-Security-Policy");
        assertThat(policy).contains("script-src 'self' ", "connect-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-eval").doesNotContainPattern("script-src[^;]*unsafe-inline");
        // Each inline script of the page must be allowed by its hash, or the browser refuses to run it.
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/ops-swagger-test.html"), page.asString());
        } catch (Exception e) {
        }
        Matcher script = INLINE_SCRIPT.matcher(page.asString());
        int scripts = 0;
        while (script.find()) {
            scripts++;
            assertThat(policy).contains("'sha256-" + sha256(script.group(1)) + "'");
        }
        assertThat(scripts).isPositive();
        given().get("/q/swagger-ui/swagger-ui-bundle.js").then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self'"));
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
