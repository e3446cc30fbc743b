package org.bri.data.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.bri.data.Seeds;
import org.bri.data.common.PartialDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** Keeps the curated data honest as it grows: evidence, values, duplicates, references and dates. */
class DataIntegrityTest {

    private static final List<String> RESOURCES = List.of("projects", "metrics", "statements");

    @Test
    void shouldQuoteEveryRecordVerbatimOnceInItsSource() {
        for (String file : RESOURCES) {
            for (JsonNode record : Seeds.all(file)) {
                assertThat(record.path("evidence").size()).as("%s %s has evidence", file, id(record)).isPositive();
                for (JsonNode e : record.path("evidence")) {
                    String text = Seeds.text(e.path("sourceId").asText());
                    String exact = e.path("exact").asText();
                    // Seeds.all anchors each quote and refuses an absent or ambiguous one; check what it found.
                    int from = text.offsetByCodePoints(0, e.path("start").asInt());
                    assertThat(text.substring(from, from + exact.length())).as("%s %s", file, id(record))
                            .isEqualTo(exact);
                    assertThat(text.indexOf(exact, text.indexOf(exact) + 1) < 0 || e.has("prefix"))
                            .as("%s %s quotes a passage that occurs twice", file, id(record)).isTrue();
                }
            }
        }
    }

    @Test
    void shouldQuoteEveryStatementVerbatim() {
        for (JsonNode s : Seeds.all("statements")) {
            assertThat(s.path("evidence").findValuesAsText("exact")).as("statement %s", id(s))
                    .anyMatch(exact -> exact.contains(s.path("text").asText()));
        }
    }

    @Test
    void shouldGiveEveryMetricAUnitAndAValueThatAgreesWithItsPrintedText() {
        Set<String> units = ids("units");
        for (JsonNode m : Seeds.all("metrics")) {
            String printed = m.path("valueText").asText();
            Figure figure = Figure.parse(printed);
            assertThat(units).as("unit of %s", id(m)).contains(m.path("unit").asText());
            assertThat(m.path("value").decimalValue()).as("value of %s ('%s')", id(m), printed)
                    .isEqualByComparingTo(figure.value());
            if (figure.max() != null) {
                assertThat(m.path("valueMax").decimalValue()).as("valueMax of %s", id(m))
                        .isEqualByComparingTo(figure.max());
            } else {
                assertThat(m.path("valueMax").isNull()).as("valueMax of %s", id(m)).isTrue();
            }
            if (!figure.approximation().equals("exact")) {
                assertThat(m.path("approximation").asText()).as("approximation of %s ('%s')", id(m), printed)
                        .isEqualTo(figure.approximation());
            }
            if (figure.currency() != null) {
                assertThat(m.path("unit").asText()).as("unit of %s", id(m)).isEqualTo(figure.currency());
            }
            if (printed.contains("%")) {
                assertThat(m.path("unit").asText()).as("unit of %s", id(m)).isEqualTo("percent");
            }
        }
    }

    @Test
    void shouldRecordNoFactTwice() {
        Set<String> facts = new HashSet<>();
        for (JsonNode m : Seeds.all("metrics")) {
            String fact = String.join("|", m.path("indicator").asText(), m.path("unit").asText(),
                    m.path("value").decimalValue().stripTrailingZeros().toPlainString(), m.path("project").asText(),
                    m.path("asOf").asText(), m.path("period").toString(), m.path("countries").toString());
            assertThat(facts.add(fact)).as("metric %s repeats another", id(m)).isTrue();
        }
        Set<String> texts = new HashSet<>();
        for (JsonNode s : Seeds.all("statements")) {
            assertThat(texts.add(s.path("text").asText().toLowerCase(Locale.ROOT))).as("statement %s repeats", id(s))
                    .isTrue();
        }
        Map<String, String> names = new HashMap<>();
        for (JsonNode p : Seeds.all("projects")) {
            Set<String> own = new HashSet<>();
            Stream.concat(Stream.of(p.path("name").asText()), Seeds.strings(p, "aliases").stream())
                    .map(n -> n.toLowerCase(Locale.ROOT)).forEach(own::add);
            for (String name : own) {
                String other = names.put(name, id(p));
                assertThat(other).as("project name '%s' of %s is also %s's", name, id(p), other).isNull();
            }
        }
    }

    @Test
    void shouldResolveEveryReference() {
        Set<String> projects = ids("projects");
        Set<String> themes = ids("themes");
        Set<String> speakers = ids("speakers");
        Set<String> sources = ids("sources");
        Set<String> countries = new HashSet<>();
        Seeds.all("countries").forEach(c -> countries.add(c.path("code").asText()));
        for (String file : RESOURCES) {
            for (JsonNode r : Seeds.all(file)) {
                assertThat(themes).as("themes of %s", id(r)).containsAll(Seeds.strings(r, "themes"));
                assertThat(countries).as("countries of %s", id(r)).containsAll(Seeds.countryCodes(r));
                assertThat(sources).as("sources of %s", id(r))
                        .containsAll(r.path("evidence").findValuesAsText("sourceId"));
            }
        }
        Seeds.all("metrics").stream().filter(m -> !m.path("project").isNull())
                .forEach(m -> assertThat(projects).contains(m.path("project").asText()));
        Seeds.all("statements").forEach(s -> {
            assertThat(projects).containsAll(Seeds.strings(s, "projects"));
            assertThat(speakers).contains(s.path("speaker").asText());
        });
    }

    @Test
    void shouldDateNothingAfterItsSourceUnlessATargetOrForecast() {
        Map<String, LocalDate> published = new HashMap<>();
        Seeds.all("sources").stream().filter(s -> !s.path("publishedOn").isNull())
                .forEach(s -> published.put(s.path("id").asText(),
                        PartialDate.parse(s.path("publishedOn").asText()).last()));
        for (JsonNode m : Seeds.all("metrics")) {
            if (m.path("kind").asText().equals("observed")) {
                String latest = !m.path("period").isNull()
                        ? m.path("period").path("to").asText(null)
                        : m.path("asOf").asText(null);
                assertNotAfterSources(m, latest, published);
            }
        }
        for (JsonNode s : Seeds.all("statements")) {
            assertNotAfterSources(s, s.path("date").asText(null), published);
        }
        for (JsonNode p : Seeds.all("projects")) {
            for (JsonNode milestone : p.path("milestones")) {
                assertNotAfterSources(p, milestone.path("date").asText(), published);
            }
        }
    }

    @Test
    void shouldHoldAtLeastTheExpectedFloorOfRecords() {
        assertThat(Seeds.all("projects")).hasSizeGreaterThanOrEqualTo(50);
        assertThat(Seeds.all("metrics")).hasSizeGreaterThanOrEqualTo(55);
        assertThat(Seeds.all("statements")).hasSizeGreaterThanOrEqualTo(220);
        // Every document names projects and reports statements; the Global Times report prints no
        // figure but the rhetorical "five continents", so not every document yields a metric.
        for (String source : ids("sources")) {
            for (String file : List.of("projects", "statements")) {
                assertThat(Seeds.where(file, r -> r.path("evidence").findValuesAsText("sourceId").contains(source)))
                        .as("%s drawn from %s", file, source).isNotEmpty();
            }
        }
    }

    @AfterAll
    static void reportCountsPerSource() {
        Map<String, List<Integer>> counts = new TreeMap<>();
        for (String source : ids("sources")) {
            List<Integer> row = new ArrayList<>();
            for (String file : RESOURCES) {
                row.add(Seeds.where(file, r -> r.path("evidence").findValuesAsText("sourceId").contains(source))
                        .size());
            }
            counts.put(source, row);
        }
        StringBuilder report = new StringBuilder("Records per source (projects, metrics, statements):\n");
        counts.forEach((source, row) -> report.append(String.format("  %-40s %4d %4d %4d%n", source, row.get(0),
                row.get(1), row.get(2))));
        report.append(String.format("  %-40s %4d %4d %4d%n", "total records", Seeds.all("projects").size(),
                Seeds.all("metrics").size(), Seeds.all("statements").size()));
        System.out.print(report);
    }

    /** A record may be dated no later than the latest of the sources that report it. */
    private static void assertNotAfterSources(JsonNode record, String date, Map<String, LocalDate> published) {
        if (date == null || date.isEmpty()) {
            return;
        }
        List<String> sources = record.path("evidence").findValuesAsText("sourceId");
        if (!published.keySet().containsAll(sources)) {
            return; // an undated source sets no bound
        }
        LocalDate limit = sources.stream().map(published::get).max(LocalDate::compareTo).orElseThrow();
        assertThat(PartialDate.parse(date).first()).as("date %s of %s is after its sources %s", date, id(record),
                sources).isBeforeOrEqualTo(limit);
    }

    private static Set<String> ids(String file) {
        return new HashSet<>(Seeds.ids(file, r -> true));
    }

    private static String id(JsonNode record) {
        return record.path("id").asText();
    }

}
