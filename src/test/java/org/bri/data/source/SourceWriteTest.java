package org.bri.data.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bri.data.Api.api;
import static org.bri.data.Api.invalid;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.bri.data.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Curators add source documents: only with a trusted token and role, only valid ones, stored exactly, and logged. */
@QuarkusTest
class SourceWriteTest {

    private static final String ID = "test-curated-document";
    private static final String TEXT = "Menu\r\nA curated headline\r\nThe Belt and Road – “quoted” 🚄 text.\n";

    @Inject
    EntityManager em;

    /** The sources written here are removed, so that every other test sees only the seeds. */
    @AfterEach
    @Transactional
    void removeWrittenSources() {
        em.createQuery("delete from Change c where c.recordId like 'test-%'").executeUpdate();
        em.createQuery("delete from Source s where s.id like 'test-%'").executeUpdate();
    }

    private static Map<String, Object> draft(String id) {
        return Map.of("id", id, "title", "A curated headline", "kind", "news", "publishedOn", "2025-05",
                "language", "en", "text", TEXT, "bodyStartsWith", "A curated headline");
    }

    private static Response post(String token, Object body) {
        var request = invalid().contentType(ContentType.JSON).body(body);
        return (token == null ? request : request.header("Authorization", "Bearer " + token)).post("/api/v1/sources");
    }

    @Test
    void shouldStoreTheTextExactlyAndComputeItsDigestLengthAndBodyStart() throws Exception {
        String token = Tokens.of("alice@example.org", "curator");
        Response created = api().contentType(ContentType.JSON).header("Authorization", "Bearer " + token)
                .body(draft(ID))
                .post("/api/v1/sources");
        created.then().statusCode(201).header("Location", startsWith("http")).header("Location", containsString(
                "/api/v1/sources/" + ID));
        byte[] bytes = TEXT.getBytes(StandardCharsets.UTF_8);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        created.then().body("sha256", is(sha)).body("characters", is(TEXT.codePointCount(0, TEXT.length())))
                .body("bodyStart", is(TEXT.indexOf("A curated"))).body("version", is(1));

        api().get("/api/v1/sources/" + ID).then().statusCode(200).body("sha256", is(sha)).body("kind", is("news"));
        byte[] served = api().get("/api/v1/sources/" + ID + "/text").then().statusCode(200).extract().asByteArray();
        assertThat(served).isEqualTo(bytes);
    }

    @Test
    void shouldLogTheCreationWithItsAuthorInTheFeedAndTheHistory() {
        long before = latestChange();
        post(Tokens.of("bob@example.org", "editor"), draft(ID)).then().statusCode(201);
        api().queryParam("since", before).get("/api/v1/changes").then().statusCode(200)
                .body("items.size()", is(1)).body("items[0].seq", greaterThan((int) before))
                .body("items[0].type", is("source")).body("items[0].id", is(ID))
                .body("items[0].action", is("create")).body("items[0].actor", is("bob@example.org"))
                .body("items[0].record.sha256", is(api().get("/api/v1/sources/" + ID).<String>path("sha256")));
        api().get("/api/v1/sources/" + ID + "/history").then().statusCode(200).body("totalItems", is(1))
                .body("items[0].actor", is("bob@example.org")).body("items[0].version", is(1));
    }

    @Test
    void shouldChangeTheListsETagOnceASourceIsAdded() {
        String before = api().get("/api/v1/sources").then().statusCode(200).extract().header("ETag");
        post(Tokens.of("alice@example.org", "curator"), draft(ID)).then().statusCode(201);
        api().header("If-None-Match", before).get("/api/v1/sources").then().statusCode(200)
                .body("items.id", hasItem(ID));
    }

    @Test
    void shouldRefuseAWriteWithoutATokenWithABearerChallenge() {
        post(null, draft(ID)).then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer")).body("status", is(401));
        api().get("/api/v1/sources/" + ID).then().statusCode(404);
    }

    static List<String> refusedTokens() {
        return List.of(Tokens.forged("mallory", "editor"), Tokens.expired("alice", "curator"),
                Tokens.foreign("alice", "curator"), "not-a-token");
    }

    @ParameterizedTest
    @MethodSource("refusedTokens")
    void shouldRefuseAForgedExpiredForeignOrMalformedToken(String token) {
        post(token, draft(ID)).then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("invalid_token"));
        api().get("/api/v1/sources/" + ID).then().statusCode(404);
    }

    @Test
    void shouldForbidATokenWithoutAWritingRole() {
        post(Tokens.of("reader@example.org", "reader"), draft(ID)).then().statusCode(403)
                .contentType("application/problem+json").body("status", is(403));
    }

    @Test
    void shouldServeReadsAnonymouslyEvenWithABadToken() {
        api().header("Authorization", "Bearer " + Tokens.expired("alice", "curator")).get("/api/v1/sources").then()
                .statusCode(200);
    }

    @Test
    void shouldRefuseAnIdAlreadyTakenWithAConflict() {
        String token = Tokens.of("alice@example.org", "curator");
        post(token, draft(ID)).then().statusCode(201);
        post(token, draft(ID)).then().statusCode(409).contentType("application/problem+json");
        post(token, draft("qiushi-2023-zheng-shanjie")).then().statusCode(409);
    }

    @Test
    void shouldNameEveryInvalidFieldByJsonPointer() {
        Map<String, Object> bad = Map.of("id", "Not A Slug", "kind", "tweet", "publishedOn", "2025-13",
                "language", "english", "text", " ");
        post(Tokens.of("alice@example.org", "curator"), bad).then().statusCode(422)
                .contentType("application/problem+json").body("title", is("Unprocessable Content"))
                .body("errors.name", org.hamcrest.Matchers.containsInAnyOrder("/id", "/kind", "/language",
                        "/publishedOn", "/text"))
                .body("errors.in", org.hamcrest.Matchers.everyItem(is("body")));
    }

    @Test
    void shouldRefuseABodyStartThatIsNotInTheText() {
        Map<String, Object> body = new java.util.HashMap<>(draft(ID));
        body.put("bodyStartsWith", "A headline that is not there");
        post(Tokens.of("alice@example.org", "curator"), body).then().statusCode(422)
                .body("errors[0].name", is("/bodyStartsWith"));
    }

    @Test
    void shouldPointAtAnUnknownFieldAndRejectBrokenJson() {
        String token = Tokens.of("alice@example.org", "curator");
        Map<String, Object> body = new java.util.HashMap<>(draft(ID));
        body.put("colour", "red");
        post(token, body).then().statusCode(422).body("errors[0].name", is("/colour"));
        post(token, "{\"id\": ").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("not valid JSON"));
    }

    @Test
    void shouldRefuseABodyThatIsNotJson() {
        invalid().contentType(ContentType.TEXT)
                .header("Authorization", "Bearer " + Tokens.of("alice@example.org", "curator"))
                .body("id=x").post("/api/v1/sources").then().statusCode(415)
                .contentType("application/problem+json");
    }

    private static long latestChange() {
        List<Integer> seqs = api().queryParam("size", 100).get("/api/v1/changes").then().statusCode(200).extract()
                .jsonPath().getList("items.seq", Integer.class);
        int pages = api().queryParam("size", 100).get("/api/v1/changes").path("totalPages");
        if (pages > 1) {
            seqs = api().queryParam("size", 100).queryParam("page", pages).get("/api/v1/changes").jsonPath()
                    .getList("items.seq", Integer.class);
        }
        return seqs.isEmpty() ? 0 : seqs.get(seqs.size() - 1);
    }
}
