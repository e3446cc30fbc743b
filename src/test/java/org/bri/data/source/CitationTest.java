package org.bri.data.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bri.data.Api.api;

import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bri.data.Lists;
import org.bri.data.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * Each evidence item's url leads to its passage (RFC 5147 {@code char=} over the source's text), and each record's
 * citations name the sources of its evidence as the sources themselves are served.
 */
@QuarkusTest
class CitationTest {

    private static final Pattern URL = Pattern.compile("(/api/v1/sources/([^/#]+)/text)#char=(\\d+),(\\d+)");

    private final Map<String, String> texts = new HashMap<>();
    private final Map<String, Map<String, Object>> sources = new HashMap<>();

    private String text(String path) {
        // Resolved as a client resolves a relative reference: against the address the record was read from.
        URI resolved = URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/api/v1/projects").resolve(path);
        return texts.computeIfAbsent(path,
                p -> api().get(resolved.toString()).then().statusCode(200).extract().asString());
    }

    private Map<String, Object> source(String id) {
        return sources.computeIfAbsent(id, s -> api().get("/api/v1/sources/" + s).then().statusCode(200).extract()
                .jsonPath().getMap(""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/projects", "/api/v1/metrics", "/api/v1/statements"})
    void shouldLeadEachEvidenceUrlToItsPassage(String list) {
        List<Map<String, Object>> records = Lists.allItems(list, 100);
        assertThat(records).isNotEmpty();
        for (Map<String, Object> record : records) {
            for (Map<?, ?> evidence : evidence(record)) {
                String url = (String) evidence.get("url");
                Matcher m = URL.matcher(url);
                assertThat(m.matches()).as(url).isTrue();
                assertThat(m.group(2)).isEqualTo(evidence.get("sourceId"));
                int start = Integer.parseInt(m.group(3));
                int end = Integer.parseInt(m.group(4));
                assertThat(List.of(start, end)).isEqualTo(List.of(evidence.get("start"), evidence.get("end")));
                // RFC 5147 counts characters between positions: the code points from start up to end.
                String text = text(m.group(1));
                String passage = text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
                assertThat(passage).as("%s of %s", url, record.get("id")).isEqualTo(evidence.get("exact"));
            }
        }
    }

    @Test
    void shouldCountCharactersAlikeHoweverAClientCountsThem() {
        // No seed text has a character outside the Basic Multilingual Plane or a carriage return: a JavaScript
        // client counting UTF-16 units, or one that counts a CR LF pair as one line end, finds the same passages.
        for (JsonNode source : Seeds.all("sources")) {
            String text = text("/api/v1/sources/" + source.path("id").asText() + "/text");
            assertThat(text.codePointCount(0, text.length())).as(source.path("id").asText()).isEqualTo(text.length());
            assertThat(text).doesNotContain("\r");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/projects", "/api/v1/metrics", "/api/v1/statements"})
    void shouldCiteEachEvidenceItemWithItsSourceAsTheSourceIsServed(String list) {
        for (Map<String, Object> record : Lists.allItems(list, 100)) {
            List<Map<?, ?>> evidence = evidence(record);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> citations = (List<Map<String, Object>>) record.get("citation");
            assertThat(citations).as("citations of %s", record.get("id")).hasSameSizeAs(evidence);
            for (int i = 0; i < evidence.size(); i++) {
                Map<String, Object> citation = citations.get(i);
                Map<String, Object> source = source((String) evidence.get(i).get("sourceId"));
                assertThat(citation.get("sourceId")).isEqualTo(source.get("id"));
                assertThat(citation.get("title")).isEqualTo(source.get("title"));
                assertThat(citation.get("author")).isEqualTo(source.get("author"));
                assertThat(citation.get("publisher")).isEqualTo(source.get("publisher"));
                assertThat(citation.get("date")).isEqualTo(source.get("publishedOn"));
                assertThat(citation.get("passage")).isEqualTo(evidence.get(i).get("exact"));
                assertThat(citation.get("url")).isEqualTo(evidence.get(i).get("url"));
                assertCitationText((String) citation.get("text"), source, (String) evidence.get(i).get("exact"));
            }
        }
    }

    /** The documented order: author, title, delivery, publisher and date, passage; what the source lacks left out. */
    private static void assertCitationText(String text, Map<String, Object> source, String passage) {
        String title = source.get("title") == null
                ? "Untitled " + ((String) source.get("kind")).replace('-', ' ')
                : "\u201c" + source.get("title");
        String date = source.get("publishedOn") == null ? "n.d." : (String) source.get("publishedOn");
        String published = source.get("publisher") == null ? date : source.get("publisher") + ", " + date;
        List<String> parts = new java.util.ArrayList<>();
        if (source.get("author") != null) {
            parts.add((String) source.get("author"));
        }
        parts.add(title);
        if (source.get("deliveredOn") != null) {
            parts.add("Delivered " + source.get("deliveredOn"));
        }
        parts.add(published);
        parts.add("\u201c" + passage.strip().replaceAll("\\s+", " ") + "\u201d");
        int at = 0;
        for (String part : parts) {
            int found = text.indexOf(part, at);
            assertThat(found).as("'%s' in order in %s", part, text).isGreaterThanOrEqualTo(at);
            at = found + part.length();
        }
        assertThat(text).endsWith("\u201d").doesNotContain("\n");
    }

    @Test
    void shouldCiteEachSourceOfARecordDrawnFromSeveral() {
        Map<String, Object> record = Lists.allItems("/api/v1/projects", 100).stream()
                .filter(p -> evidence(p).stream().map(e -> e.get("sourceId")).distinct().count() > 1).findFirst()
                .orElseThrow(() -> new AssertionError("a project is drawn from several sources"));
        Set<Object> quoted = new LinkedHashSet<>();
        evidence(record).forEach(e -> quoted.add(e.get("sourceId")));
        Set<Object> cited = new LinkedHashSet<>();
        ((List<?>) record.get("citation")).forEach(c -> cited.add(((Map<?, ?>) c).get("sourceId")));
        assertThat(cited).hasSizeGreaterThan(1).isEqualTo(quoted);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<?, ?>> evidence(Map<String, Object> record) {
        return (List<Map<?, ?>>) record.get("evidence");
    }
}
