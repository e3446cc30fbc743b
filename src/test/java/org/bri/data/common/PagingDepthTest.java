package org.bri.data.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bri.data.Api.api;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bri.data.Lists;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/** Past the depth page numbers reach, a list links on by cursor, and a deeper page number is refused. */
@QuarkusTest
@TestProfile(PagingDepthTest.ShallowPaging.class)
class PagingDepthTest {

    /** A depth the seed lists pass, so that the cap shows without a large database. */
    public static class ShallowPaging implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("bri.paging.max-depth", "6");
        }
    }

    @Test
    void shouldLinkOnByCursorFromTheDeepestNumberedPage() {
        Response response = api().queryParam("size", 2).queryParam("page", 3).get("/api/v1/projects").then()
                .statusCode(200).extract().response();
        String link = response.header("Link");
        String cursor = response.path("nextCursor");
        assertThat(link).contains("page=2>; rel=\"prev\"").contains("cursor=" + cursor + ">; rel=\"next\"")
                .doesNotContain("rel=\"last\"");
        // The first page links its last page only while that page is within reach.
        assertThat(api().queryParam("size", 2).get("/api/v1/projects").header("Link"))
                .contains("page=2>; rel=\"next\"").doesNotContain("rel=\"last\"");
        assertThat(api().queryParam("size", 100).get("/api/v1/themes").header("Link")).contains("rel=\"last\"");
    }

    @Test
    void shouldRejectAPageNumberPastTheDepthAndReadOnByCursor() {
        api().queryParam("size", 2).queryParam("page", 4).get("/api/v1/projects").then().statusCode(400)
                .contentType("application/problem+json").body("errors.name", is(List.of("page")))
                .body("errors[0].detail", containsString("item 6")).body("errors[0].detail", containsString("cursor"));

        // Following each page's next link reads the whole list, past the depth.
        List<String> all = Lists.allIds("/api/v1/projects", 100);
        assertThat(all).hasSizeGreaterThan(6);
        List<String> walked = new ArrayList<>();
        String next = "/api/v1/projects?size=2";
        while (next != null) {
            Response page = api().urlEncodingEnabled(false).get(next).then().statusCode(200).extract().response();
            walked.addAll(page.path("items.id"));
            String link = page.header("Link");
            next = link.contains("rel=\"next\"") ? link.replaceAll(".*<([^>]*)>; rel=\"next\".*", "$1") : null;
        }
        assertThat(walked).isEqualTo(all);
    }
}
