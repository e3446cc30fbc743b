package org.bri.data.seed;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import jakarta.validation.Validator;

import org.bri.data.common.PartialDate;
import org.bri.data.country.IsoCountries;
import org.bri.data.metric.Approximation;
import org.bri.data.seed.SeedRecords.CountrySeed;
import org.bri.data.seed.SeedRecords.EvidenceSeed;
import org.bri.data.seed.SeedRecords.MetricSeed;
import org.bri.data.seed.SeedRecords.PlaceSeed;
import org.bri.data.seed.SeedRecords.Seed;
import org.bri.data.seed.SeedRecords.SeedSet;
import org.bri.data.seed.SeedRecords.SourceSeed;
import org.bri.data.source.Anchor;

/**
 * Checks a seed set before anything is written, reporting all problems at once: each record against the constraints on
 * its fields, then what no field constraint sees (unique ids, resolvable references, quotes verbatim in their sources).
 */
final class SeedValidator {

    private final SeedSet seeds;
    private final Validator validator;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, String> texts = new HashMap<>();
    private final Map<EvidenceSeed, Anchor> anchors = new HashMap<>();
    // The ids of each file, gathered once: every record's references are checked against them.
    private final Map<List<? extends Seed>, Set<String>> ids = new IdentityHashMap<>();

    private SeedValidator(SeedSet seeds, Validator validator) {
        this.seeds = seeds;
        this.validator = validator;
    }

    /** What a valid seed set yields for the writer: each source's text by source id, and each quote's anchor. */
    record Checked(Map<String, String> texts, Map<EvidenceSeed, Anchor> anchors) {
    }

    /** Validates a seed set, anchoring every quote once. */
    static Checked validate(SeedSet seeds, Validator validator) {
        SeedValidator check = new SeedValidator(seeds, validator);
        check.run();
        if (!check.problems.isEmpty()) {
            throw new SeedValidationException(check.problems);
        }
        return new Checked(check.texts, check.anchors);
    }

    private void run() {
        check("sources.json", "source", seeds.sources(), this::document);
        check("themes.json", "theme", seeds.themes(), null);
        check("countries.json", "country", seeds.countries(), SeedValidator::iso);
        check("sectors.json", "sector", seeds.sectors(), null);
        check("units.json", "unit", seeds.units(), null);
        check("speakers.json", "speaker", seeds.speakers(), null);
        check("projects.json", "project", seeds.projects(), (p, problem) -> {
            reference(problem, "sector", p.sector(), seeds.sectors());
            tagged(problem, p.countries() == null ? null : p.countries().stream().map(PlaceSeed::code).toList(),
                    p.themes(), p.evidence());
        });
        check("metrics.json", "metric", seeds.metrics(), (m, problem) -> {
            reference(problem, "unit", m.unit(), seeds.units());
            if (m.project() != null) {
                reference(problem, "project", m.project(), seeds.projects());
            }
            tagged(problem, m.countries(), m.themes(), m.evidence());
            figure(m, problem);
            quoted(problem, m.valueText(), m.evidence(),
                    "valueText '" + m.valueText() + "' is not part of any evidence quote");
        });
        check("statements.json", "statement", seeds.statements(), (s, problem) -> {
            if (s.textOrQuote() == null || s.textOrQuote().isBlank()) {
                problem.accept("text is missing");
            }
            quoted(problem, s.textOrQuote(), s.evidence(), "text is not verbatim in any of its evidence quotes");
            reference(problem, "speaker", s.speaker(), seeds.speakers());
            references(problem, "projects", s.projects(), seeds.projects());
            tagged(problem, s.countries(), s.themes(), s.evidence());
        });
    }

    /** Runs the field constraints and the given rules, if any, on each record of a file, and finds ids used twice. */
    private <T extends Seed> void check(String file, String kind, List<T> records,
            BiConsumer<T, Consumer<String>> rules) {
        Set<String> seen = new HashSet<>();
        for (T record : records) {
            Consumer<String> problem = reason -> problems
                    .add("seeds/data/" + file + ": " + kind + " '" + record.id() + "': " + reason);
            // Sorted, because a validator reports violations in no particular order.
            validator.validate(record).stream().map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted()
                    .forEach(problem);
            if (record.id() != null && !seen.add(record.id())) {
                problem.accept("id is used twice");
            }
            if (rules != null) {
                rules.accept(record, problem);
            }
        }
    }

    /** The source's document must be the one its checksum names, because quotes are checked against that text. */
    private void document(SourceSeed s, Consumer<String> problem) {
        byte[] bytes = seeds.documents().get(s.id());
        if (bytes == null) {
            problem.accept("document file seeds/" + s.id() + ".txt is missing");
            return;
        }
        String actual = HexFormat.of().formatHex(SeedReader.sha256().digest(bytes));
        if (!actual.equals(s.sha256())) {
            problem.accept("seeds/" + s.id() + ".txt has SHA-256 " + actual + " but sha256 says " + s.sha256()
                    + ": the document changed");
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        texts.put(s.id(), text);
        if (s.bodyStartsWith() != null) {
            try {
                anchors.put(bodyOf(s), Anchor.find(text, s.bodyStartsWith(), null));
            } catch (IllegalArgumentException failure) {
                // Anchor's reasons speak of "exact"; here the passage is bodyStartsWith.
                problem.accept("bodyStartsWith" + failure.getMessage().substring("exact".length()));
            }
        }
    }

    /** The passage where a source's body starts, anchored like a quote (leftover page text precedes it). */
    static EvidenceSeed bodyOf(SourceSeed s) {
        return new EvidenceSeed(s.id(), s.bodyStartsWith(), null);
    }

    private static void iso(CountrySeed c, Consumer<String> problem) {
        if (c.code() != null && IsoCountries.toAlpha2(c.code()).isEmpty()) {
            problem.accept("code is not an ISO 3166-1 alpha-2 code");
        } else if (c.code() != null && !IsoCountries.alpha3Of(c.code()).equals(c.alpha3())) {
            problem.accept("alpha3 '" + c.alpha3() + "' is not the ISO 3166-1 alpha-3 code of " + c.code() + " ("
                    + IsoCountries.alpha3Of(c.code()) + ")");
        }
    }

    /** A range has an upper bound above its value, and only a range has one; a period runs forwards. */
    private static void figure(MetricSeed m, Consumer<String> problem) {
        boolean range = Approximation.RANGE.slug().equals(m.approximation());
        if (range != (m.valueMax() != null)) {
            problem.accept("valueMax must be given exactly when approximation is 'range'");
        } else if (range && m.value() != null && m.valueMax().compareTo(m.value()) <= 0) {
            problem.accept("valueMax must be greater than value");
        }
        PartialDate from = m.period() == null ? null : day(m.period().from());
        PartialDate to = m.period() == null ? null : day(m.period().to());
        if (m.period() != null && m.period().from() == null && m.period().to() == null) {
            problem.accept("period needs from or to; write null for no period");
        } else if (from != null && to != null && from.first().isAfter(to.last())) {
            problem.accept("period.from is later than period.to");
        }
    }

    /** A date, or null where it is missing or malformed: its constraint reports that. */
    private static PartialDate day(String date) {
        try {
            return PartialDate.parseNullable(date);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void reference(Consumer<String> problem, String field, String value, List<? extends Seed> records) {
        references(problem, field, Arrays.asList(value), records);
    }

    /** Each value must be the id of a record of the other file, once; a missing list is its constraint's to report. */
    private void references(Consumer<String> problem, String field, List<String> values,
            List<? extends Seed> records) {
        Set<String> known = ids.computeIfAbsent(records,
                file -> file.stream().map(Seed::id).collect(Collectors.toSet()));
        for (String value : values == null ? List.<String>of() : values) {
            if (value == null || !known.contains(value)) {
                problem.accept(field + " '" + value + "' does not resolve to a known record");
            }
        }
        if (values != null && new HashSet<>(values).size() != values.size()) {
            problem.accept(field + " lists a value twice");
        }
    }

    /** The countries, themes and quotes that projects, metrics and statements all carry. */
    private void tagged(Consumer<String> problem, List<String> countries, List<String> themes,
            List<EvidenceSeed> evidence) {
        references(problem, "countries", countries, seeds.countries());
        references(problem, "themes", themes, seeds.themes());
        evidence(problem, evidence);
    }

    /** Each quote must stand exactly once in its source, so that the loader can anchor it. */
    private void evidence(Consumer<String> problem, List<EvidenceSeed> evidence) {
        for (int i = 0; evidence != null && i < evidence.size(); i++) {
            EvidenceSeed e = evidence.get(i);
            String text = texts.get(e.sourceId());
            if (text == null) {
                problem.accept("evidence[" + i + "].sourceId '" + e.sourceId() + "' is not a known source");
            } else if (e.exact() != null && !e.exact().isBlank()) { // a blank quote is its constraint's to report
                try {
                    anchors.put(e, Anchor.find(text, e.exact(), e.prefix()));
                } catch (IllegalArgumentException failure) {
                    String quote = e.exact().length() <= 80 ? e.exact() : e.exact().substring(0, 77) + "...";
                    problem.accept("evidence[" + i + "]." + failure.getMessage() + " (source '" + e.sourceId()
                            + "': \"" + quote + "\")");
                }
            }
        }
    }

    /** Figures and statements say only what their quotes say. */
    private static void quoted(Consumer<String> problem, String text, List<EvidenceSeed> evidence, String reason) {
        if (text != null && evidence != null
                && evidence.stream().noneMatch(e -> e.exact() != null && e.exact().contains(text))) {
            problem.accept(reason);
        }
    }
}
