package org.bri.data.curation;

import static org.bri.data.Api.api;

import java.util.HashMap;
import java.util.Map;

import org.bri.data.Tokens;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** The requests the curation tests send to one kind of record's write endpoints, each with a token or none. */
final class Writes {

    static final String CURATOR = Tokens.of("alice@example.org", "curator");
    static final String EDITOR = Tokens.of("bob@example.org", "editor");
    static final String READER = Tokens.of("reader@example.org", "reader");

    private final String path;

    /** The write endpoints under {@code /api/v1/} and the plural, such as {@code projects}. */
    Writes(String plural) {
        this.path = "/api/v1/" + plural;
    }

    Response post(String token, Object body) {
        return as(api().contentType(ContentType.JSON).body(body), token).post(path);
    }

    Response put(String token, String id, String ifMatch, Object body) {
        return ifMatch(as(api().contentType(ContentType.JSON).body(body), token), ifMatch).put(path + "/" + id);
    }

    Response patch(String token, String id, String ifMatch, String body) {
        return ifMatch(as(api().contentType("application/merge-patch+json").body(body), token), ifMatch)
                .patch(path + "/" + id);
    }

    Response delete(String token, String id, String ifMatch) {
        return ifMatch(as(api(), token), ifMatch).delete(path + "/" + id);
    }

    static RequestSpecification as(RequestSpecification request, String token) {
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private static RequestSpecification ifMatch(RequestSpecification request, String ifMatch) {
        return ifMatch == null ? request : request.header("If-Match", ifMatch);
    }

    /** A copy of the draft with one field set. */
    static Map<String, Object> with(Map<String, Object> draft, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(draft);
        changed.put(field, value);
        return changed;
    }

    /** The number of the latest change in the feed, or 0 when there is none. */
    static long latestChange() {
        int total = api().queryParam("size", 1).get("/api/v1/changes").then().statusCode(200).extract()
                .path("totalItems");
        return total == 0
                ? 0
                : ((Number) api().queryParam("size", 1).queryParam("page", total).get("/api/v1/changes").path(
                        "items[0].seq")).longValue();
    }
}
