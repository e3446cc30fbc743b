package org.bri.data.seed;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.bri.data.common.Catalog;
import org.bri.data.common.PartialDate;
import org.bri.data.country.IsoCountries;
import org.bri.data.metric.Approximation;
import org.bri.data.seed.SeedRecords.CountrySeed;
import org.bri.data.seed.SeedRecords.EvidenceSeed;
import org.bri.data.seed.SeedRecords.MetricSeed;
import org.bri.data.seed.SeedRecords.PlaceSeed;
import org.bri.data.seed.SeedRecords.ProjectSeed;
import org.bri.data.seed.SeedRecords.Seed;
import org.bri.data.seed.SeedRecords.SeedSet;
import org.bri.data.seed.SeedRecords.SourceSeed;
import org.bri.data.seed.SeedRecords.SpeakerSeed;
import org.bri.data.seed.SeedRecords.StatementSeed;
import org.bri.data.source.Anchor;

/**
 * Checks seed records before anything is written, reporting all problems at once: each record against the constraints
 * on its fields, then what no field constraint sees (unique ids, resolvable references, quotes verbatim in their
 * sources); the loader checks a whole seed set, a write through the API one record against the database.
 */
public final class SeedValidator {

    private final Validator validator;
    private final Lookup lookup;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, String> texts;
    private final Map<EvidenceSeed, Anchor> anchors = new HashMap<>();

    private SeedValidator(Validator validator, Lookup lookup, Map<String, String> texts) {
        this.validator = validator;
        this.lookup = lookup;
        this.texts = texts;
    }

    /** Where the rules look up the records a record references and the texts its quotes stand in. */
    public interface Lookup {

        /** Whether a record of the catalog (a unit, a project, a country by alpha-2 code...) has this id. */
        boolean has(Catalog catalog, String id);

        /** The text of a source, or null for an unknown one. */
        String text(String sourceId);
    }

    /** One broken rule: the field as a property path ({@code evidence[0].exact}, or empty for the record) and why. */
    public record Violation(String field, String detail) {

        /** As the loader reports it: the field, then what is wrong with it. */
        String text() {
            return field.isEmpty() ? detail : field + " " + detail;
        }
    }

    /** Receives each broken rule of one record. */
    @FunctionalInterface
    private interface Problem {

        void accept(String field, String detail);
    }

    /**
     * What checking one record (a metric, a statement) found: its broken rules or, when there are none, the anchor of
     * each quote.
     */
    public record MetricCheck(List<Violation> violations, Map<EvidenceSeed, Anchor> anchors) {
    }

    /** Checks one metric against every rule the loader applies to a metric, references and texts from the lookup. */
    public static MetricCheck metric(MetricSeed m, Validator validator, Lookup lookup) {
        return one(m, validator, lookup, SeedValidator::metric);
    }

    /** Checks one statement against every rule the loader applies to a statement, as {@link #metric} checks one. */
    public static MetricCheck statement(StatementSeed s, Validator validator, Lookup lookup) {
        return one(s, validator, lookup, SeedValidator::statement);
    }

    /** Checks one project against every rule the loader applies to a project, as {@link #metric} checks one. */
    public static MetricCheck project(ProjectSeed p, Validator validator, Lookup lookup) {
        return one(p, validator, lookup, SeedValidator::project);
    }

    /** Checks one speaker against every rule the loader applies to a speaker: its field constraints. */
    public static MetricCheck speaker(SpeakerSeed s, Validator validator, Lookup lookup) {
        // The loader checks a speaker by its field constraints alone, beyond its id being unused.
        return one(s, validator, lookup, (check, speaker, problem) -> {
        });
    }

    /** Checks one record: its broken rules or, when there are none, the anchor of each quote. */
    private static <T> MetricCheck one(T record, Validator validator, Lookup lookup,
            Rules<T> rules) {
        SeedValidator check = new SeedValidator(validator, lookup, new HashMap<>());
        List<Violation> violations = new ArrayList<>();
        check.record(record, (field, detail) -> violations.add(new Violation(field, detail)),
                (r, problem) -> rules.apply(check, r, problem));
        return new MetricCheck(List.copyOf(violations), violations.isEmpty() ? Map.copyOf(check.anchors) : Map.of());
    }

    /** The rules of one kind of record, as a method of the validator that checks it. */
    @FunctionalInterface
    private interface Rules<T> {

        void apply(SeedValidator check, T record, Problem problem);
    }

    /** What a valid seed set yields for the writer: each source's text by source id, and each quote's anchor. */
    record Checked(Map<String, String> texts, Map<EvidenceSeed, Anchor> anchors) {
    }

    /** Validates a seed set, anchoring every quote once. */
    static Checked validate(SeedSet seeds, Validator validator) {
        Map<String, String> texts = new HashMap<>();
        SeedValidator check = new SeedValidator(validator, new SeedLookup(seeds, texts), texts);
        check.run(seeds);
        if (!check.problems.isEmpty()) {
            throw new SeedValidationException(check.problems);
        }
        return new Checked(texts, check.anchors);
    }

    /** The records of a seed set, and the texts of its documents once they are read. */
    private static final class SeedLookup implements Lookup {

        private final Map<Catalog, Set<String>> ids = new EnumMap<>(Catalog.class);
        private final Map<String, String> texts;

        SeedLookup(SeedSet seeds, Map<String, String> texts) {
            this.texts = texts;
            Map<Catalog, List<? extends Seed>> files = Map.of(Catalog.THEME, seeds.themes(), Catalog.COUNTRY,
                    seeds.countries(), Catalog.SECTOR, seeds.sectors(), Catalog.UNIT, seeds.units(),
                    Catalog.SPEAKER, seeds.speakers(), Catalog.PROJECT, seeds.projects(), Catalog.SOURCE,
                    seeds.sources());
            // Gathered once: every record's references are checked against them.
            files.forEach((catalog, records) -> ids.put(catalog,
                    records.stream().map(Seed::id).collect(Collectors.toSet())));
        }

        @Override
        public boolean has(Catalog catalog, String id) {
            return ids.getOrDefault(catalog, Set.of()).contains(id);
        }

        @Override
        public String text(String sourceId) {
            return texts.get(sourceId);
        }
    }

    private void run(SeedSet seeds) {
        check("sources.json", "source", seeds.sources(), (s, problem) -> document(seeds, s, problem));
        check("themes.json", "theme", seeds.themes(), null);
        check("countries.json", "country", seeds.countries(), SeedValidator::iso);
        check("sectors.json", "sector", seeds.sectors(), null);
        check("units.json", "unit", seeds.units(), null);
        check("speakers.json", "speaker", seeds.speakers(), null);
        check("projects.json", "project", seeds.projects(), this::project);
        check("metrics.json", "metric", seeds.metrics(), this::metric);
        check("statements.json", "statement", seeds.statements(), this::statement);
    }

    /** The rules of a project beyond its field constraints. */
    private void project(ProjectSeed p, Problem problem) {
        reference(problem, "sector", p.sector(), Catalog.SECTOR);
        for (int i = 0; p.aliases() != null && i < p.aliases().size(); i++) {
            if (p.aliases().get(i) == null || p.aliases().get(i).isBlank()) {
                problem.accept("aliases[" + i + "]", "must not be blank");
            }
        }
        places(problem, p.countries());
        for (int i = 0; p.milestones() != null && i < p.milestones().size(); i++) {
            if (p.milestones().get(i) == null) {
                problem.accept("milestones[" + i + "]", "must not be null");
            }
        }
        references(problem, "themes", p.themes(), Catalog.THEME);
        evidence(problem, p.evidence());
    }

    /** Each of a project's countries must be known, and listed once whatever its role. */
    private void places(Problem problem, List<PlaceSeed> places) {
        for (int i = 0; places != null && i < places.size(); i++) {
            if (places.get(i) == null) {
                problem.accept("countries[" + i + "]", "must not be null");
            } else {
                reference(problem, "countries[" + i + "].code", places.get(i).code(), Catalog.COUNTRY);
            }
        }
        List<String> codes = places == null
                ? List.of()
                : places.stream().filter(Objects::nonNull).map(PlaceSeed::code).toList();
        if (new HashSet<>(codes).size() != codes.size()) {
            problem.accept("countries", "lists a value twice");
        }
    }

    /** The rules of a statement beyond its field constraints. */
    private void statement(StatementSeed s, Problem problem) {
        if (s.textOrQuote() == null || s.textOrQuote().isBlank()) {
            problem.accept("text", "is missing");
        }
        quoted(problem, "text", s.textOrQuote(), s.evidence(), "is not verbatim in any of its evidence quotes");
        reference(problem, "speaker", s.speaker(), Catalog.SPEAKER);
        references(problem, "projects", s.projects(), Catalog.PROJECT);
        tagged(problem, s.countries(), s.themes(), s.evidence());
    }

    /** The rules of a metric beyond its field constraints. */
    private void metric(MetricSeed m, Problem problem) {
        reference(problem, "unit", m.unit(), Catalog.UNIT);
        if (m.project() != null) {
            reference(problem, "project", m.project(), Catalog.PROJECT);
        }
        tagged(problem, m.countries(), m.themes(), m.evidence());
        figure(m, problem);
        quoted(problem, "valueText", m.valueText(), m.evidence(),
                "'" + m.valueText() + "' is not part of any evidence quote");
    }

    /** Runs the field constraints and the given rules, if any, on each record of a file, and finds ids used twice. */
    private <T extends Seed> void check(String file, String kind, List<T> records, BiConsumer<T, Problem> rules) {
        Set<String> seen = new HashSet<>();
        for (T record : records) {
            Problem problem = (field, detail) -> problems.add("seeds/data/" + file + ": " + kind + " '" + record.id()
                    + "': " + new Violation(field, detail).text());
            if (record.id() != null && !seen.add(record.id())) {
                problem.accept("id", "is used twice");
            }
            record(record, problem, rules);
        }
    }

    /** Runs the field constraints, then the given rules, if any, on one record. */
    private <T> void record(T record, Problem problem, BiConsumer<T, Problem> rules) {
        // Sorted, because a validator reports violations in no particular order.
        validator.validate(record).stream()
                .sorted(Comparator.comparing((ConstraintViolation<T> v) -> v.getPropertyPath().toString())
                        .thenComparing(ConstraintViolation::getMessage))
                .forEach(v -> problem.accept(v.getPropertyPath().toString(), v.getMessage()));
        if (rules != null) {
            rules.accept(record, problem);
        }
    }

    /** The source's document must be the one its checksum names, because quotes are checked against that text. */
    private void document(SeedSet seeds, SourceSeed s, Problem problem) {
        byte[] bytes = seeds.documents().get(s.id());
        if (bytes == null) {
            problem.accept("", "document file seeds/" + s.id() + ".txt is missing");
            return;
        }
        String actual = HexFormat.of().formatHex(SeedReader.sha256().digest(bytes));
        if (!actual.equals(s.sha256())) {
            problem.accept("", "seeds/" + s.id() + ".txt has SHA-256 " + actual + " but sha256 says " + s.sha256()
                    + ": the document changed");
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        texts.put(s.id(), text);
        if (s.bodyStartsWith() != null) {
            try {
                anchors.put(bodyOf(s), Anchor.find(text, s.bodyStartsWith(), null));
            } catch (IllegalArgumentException failure) {
                // Anchor's reasons speak of "exact"; here the passage is bodyStartsWith.
                problem.accept("bodyStartsWith", failure.getMessage().substring("exact ".length()));
            }
        }
    }

    /** The passage where a source's body starts, anchored like a quote (leftover page text precedes it). */
    static EvidenceSeed bodyOf(SourceSeed s) {
        return new EvidenceSeed(s.id(), s.bodyStartsWith(), null);
    }

    private static void iso(CountrySeed c, Problem problem) {
        if (c.code() != null && IsoCountries.toAlpha2(c.code()).isEmpty()) {
            problem.accept("code", "is not an ISO 3166-1 alpha-2 code");
        } else if (c.code() != null && !IsoCountries.alpha3Of(c.code()).equals(c.alpha3())) {
            problem.accept("alpha3", "'" + c.alpha3() + "' is not the ISO 3166-1 alpha-3 code of " + c.code() + " ("
                    + IsoCountries.alpha3Of(c.code()) + ")");
        }
    }

    /** A range has an upper bound above its value, and only a range has one; a period runs forwards. */
    private static void figure(MetricSeed m, Problem problem) {
        boolean range = Approximation.RANGE.slug().equals(m.approximation());
        if (range != (m.valueMax() != null)) {
            problem.accept("valueMax", "must be given exactly when approximation is 'range'");
        } else if (range && m.value() != null && m.valueMax().compareTo(m.value()) <= 0) {
            problem.accept("valueMax", "must be greater than value");
        }
        PartialDate from = m.period() == null ? null : day(m.period().from());
        PartialDate to = m.period() == null ? null : day(m.period().to());
        if (m.period() != null && m.period().from() == null && m.period().to() == null) {
            problem.accept("period", "needs from or to; write null for no period");
        } else if (from != null && to != null && from.first().isAfter(to.last())) {
            problem.accept("period.from", "is later than period.to");
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

    private void reference(Problem problem, String field, String value, Catalog catalog) {
        references(problem, field, Arrays.asList(value), catalog);
    }

    /** Each value must be the id of a record of the catalog, once; a missing list is its constraint's to report. */
    private void references(Problem problem, String field, List<String> values, Catalog catalog) {
        for (String value : values == null ? List.<String>of() : values) {
            if (value == null || !lookup.has(catalog, value)) {
                problem.accept(field, "'" + value + "' does not resolve to a known record");
            }
        }
        if (values != null && new HashSet<>(values).size() != values.size()) {
            problem.accept(field, "lists a value twice");
        }
    }

    /** The countries, themes and quotes that projects, metrics and statements all carry. */
    private void tagged(Problem problem, List<String> countries, List<String> themes, List<EvidenceSeed> evidence) {
        references(problem, "countries", countries, Catalog.COUNTRY);
        references(problem, "themes", themes, Catalog.THEME);
        evidence(problem, evidence);
    }

    /** Each quote must stand exactly once in its source, so that the loader can anchor it. */
    private void evidence(Problem problem, List<EvidenceSeed> evidence) {
        for (int i = 0; evidence != null && i < evidence.size(); i++) {
            EvidenceSeed e = evidence.get(i);
            String text = e == null || e.sourceId() == null ? null : lookup.text(e.sourceId());
            if (e == null) {
                problem.accept("evidence[" + i + "]", "must not be null");
            } else if (text == null) {
                problem.accept("evidence[" + i + "].sourceId", "'" + e.sourceId() + "' is not a known source");
            } else if (e.exact() != null && !e.exact().isBlank()) { // a blank quote is its constraint's to report
                try {
                    anchors.put(e, Anchor.find(text, e.exact(), e.prefix()));
                } catch (IllegalArgumentException failure) {
                    String quote = e.exact().length() <= 80 ? e.exact() : e.exact().substring(0, 77) + "...";
                    problem.accept("evidence[" + i + "].exact", failure.getMessage().substring("exact ".length())
                            + " (source '" + e.sourceId() + "': \"" + quote + "\")");
                }
            }
        }
    }

    /** Figures and statements say only what their quotes say. */
    private static void quoted(Problem problem, String field, String text, List<EvidenceSeed> evidence,
            String reason) {
        if (text != null && evidence != null
                && evidence.stream().noneMatch(e -> e != null && e.exact() != null && e.exact().contains(text))) {
            problem.accept(field, reason);
        }
    }
}
