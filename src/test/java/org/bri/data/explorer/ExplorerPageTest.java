package org.bri.data.explorer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The explorer page without a browser: served at the root under a policy of its own, every file it references
 * served with the right type and revalidated by its tag, and no markup written from data.
 */
@QuarkusTest
class ExplorerPageTest {

    private static final Pattern MODULE = Pattern.compile("<script\\s+type=\"module\"\\s+src=\"([^\"]+)\"");
    private static final Pattern STYLESHEET = Pattern.compile("<link\\s+rel=\"stylesheet\"\\s+href=\"([^\"]+)\"");
    private static final Pattern IMAGE = Pattern.compile("<(?:link\\s+rel=\"icon\"\\s+href|img\\s+src)=\"([^\"]+)\"");
    /** Static imports (import ... from '...', import '...') and dynamic ones (import('...')). */
    private static final Pattern IMPORT = Pattern.compile("(?:\\bfrom|\\bimport)\\s*\\(?\\s*'([^']+)'");

    @Test
    void shouldServeThePageAtTheRootUnderAStrictPolicyOfItsOwn() {
        Response page = given().get("/");
        page.then().statusCode(200).contentType("text/html");
        assertThat(page.asString()).contains("<html lang=\"en\"", "<meta name=\"viewport\"");
        assertThat(page.headers().getValues("Content-Security-Policy")).hasSize(1);
        Map<String, String> policy = directives(page.header("Content-Security-Policy"));
        assertThat(policy).containsEntry("default-src", "'none'").containsEntry("script-src", "'self'")
                .containsEntry("style-src", "'self'").containsEntry("connect-src", "'self'")
                .containsEntry("frame-ancestors", "'none'");
        // Nothing from another origin, nothing inline, nothing evaluated.
        assertThat(policy.values()).allSatisfy(sources -> assertThat(sources).doesNotContain("unsafe", "http", "*",
                "data:"));
        assertThat(given().get("/index.html").header("Content-Security-Policy"))
                .isEqualTo(page.header("Content-Security-Policy"));
    }

    @Test
    void shouldRunNoInlineScriptOrStyleThePolicyWouldBlock() {
        String page = given().get("/").asString();
        assertThat(page).doesNotContainPattern("<script(?![^>]*\\bsrc=)").doesNotContainPattern("<style\\b")
                .doesNotContainPattern("\\sstyle=").doesNotContainPattern("\\son[a-z]+=");
        assertThat(MODULE.matcher(page).results().count()).isEqualTo(1);
    }

    @Test
    void shouldServeEveryModuleThePageImportsAsJavaScript() {
        Map<String, String> modules = modules();
        // The page's entry module and every module it imports, directly or not.
        assertThat(modules).containsKey("/explorer/app.js").hasSizeGreaterThan(5);
        modules.forEach((path, source) -> assertThat(source).as(path).isNotBlank());
    }

    @Test
    void shouldServeTheStylesheetAndIconWithTheirTypes() {
        String page = given().get("/").asString();
        for (String sheet : all(STYLESHEET, page)) {
            given().get(sheet).then().statusCode(200).contentType("text/css");
        }
        Set<String> images = all(IMAGE, page);
        assertThat(images).isNotEmpty();
        for (String image : images) {
            given().get(image).then().statusCode(200).contentType("image/svg+xml");
        }
    }

    @Test
    void shouldWriteNoMarkupFromStrings() {
        // Every text the API returns goes into the page as text: no module parses HTML or evaluates code.
        modules().forEach((path, source) -> assertThat(source).as(path).doesNotContain("innerHTML", "outerHTML",
                "insertAdjacentHTML", "document.write", "eval(", "new Function", "createContextualFragment"));
    }

    @Test
    void shouldHaveEveryFileRevalidatedByItsTag() {
        String page = given().get("/").asString();
        Set<String> files = new LinkedHashSet<>();
        files.add("/");
        files.addAll(modules().keySet());
        files.addAll(all(STYLESHEET, page));
        files.addAll(all(IMAGE, page));
        for (String file : files) {
            Response first = given().get(file);
            first.then().statusCode(200);
            assertThat(first.header("Cache-Control")).as(file).isEqualTo("no-cache");
            String etag = first.header("ETag");
            assertThat(etag).as(file).isNotBlank();
            given().header("If-None-Match", etag).get(file).then().statusCode(304);
            // The tag names these bytes: another tag gets them again.
            given().header("If-None-Match", "\"other\"").get(file).then().statusCode(200);
        }
    }

    /** Each module reachable from the page, by path, with its source; each must be served as JavaScript. */
    private static Map<String, String> modules() {
        String page = given().get("/").asString();
        Map<String, String> sources = new LinkedHashMap<>();
        Deque<URI> pending = new ArrayDeque<>();
        all(MODULE, page).forEach(src -> pending.add(URI.create("/").resolve(src)));
        while (!pending.isEmpty()) {
            URI module = pending.pop();
            if (sources.containsKey(module.getPath())) {
                continue;
            }
            Response response = given().get(module.getPath());
            response.then().statusCode(200);
            assertThat(response.contentType()).as(module.getPath()).startsWith("text/javascript");
            String source = response.asString();
            sources.put(module.getPath(), source);
            all(IMPORT, source).forEach(imported -> pending.add(module.resolve(imported)));
        }
        return sources;
    }

    private static Set<String> all(Pattern pattern, String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Map<String, String> directives(String policy) {
        return Arrays.stream(policy.split(";")).map(String::trim).filter(d -> !d.isEmpty())
                .collect(Collectors.toMap(d -> d.split("\\s+", 2)[0], d -> d.contains(" ")
                        ? d.split("\\s+", 2)[1]
                        : "", (a, b) -> a, LinkedHashMap::new));
    }
}
