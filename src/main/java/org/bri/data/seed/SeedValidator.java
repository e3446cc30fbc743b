package org.bri.data.seed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.bri.data.common.PartialDate;
import org.bri.data.common.Slugged;
import org.bri.data.country.CountryRole;
import org.bri.data.country.IsoCountries;
import org.bri.data.metric.Approximation;
import org.bri.data.metric.MetricKind;
import org.bri.data.metric.UnitKind;
import org.bri.data.project.ProjectScale;
import org.bri.data.project.ProjectStatus;
import org.bri.data.project.ProjectType;
import org.bri.data.seed.SeedRecords.EvidenceSeed;
import org.bri.data.seed.SeedRecords.MetricSeed;
import org.bri.data.seed.SeedRecords.ProjectSeed;
import org.bri.data.seed.SeedRecords.SourceSeed;
import org.bri.data.seed.SeedRecords.StatementSeed;
import org.bri.data.source.Anchor;
import org.bri.data.source.SourceKind;
import org.bri.data.statement.SpeakerKind;
import org.bri.data.statement.StatementType;

/**
 * Checks a seed set before anything is written: every quote verbatim at its offsets, every
 * reference resolvable, every code and vocabulary value known. Reports all problems at once.
 */
final class SeedValidator {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern CRS = Pattern.compile("\\d{5}");

    private final SeedSet seeds;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, String> texts = new HashMap<>();
    private Set<String> themeIds;
    private Set<String> countryCodes;

    private SeedValidator(SeedSet seeds) {
        this.seeds = seeds;
    }

    /** Validates a seed set and returns the text of each source, keyed by source id. */
    static Map<String, String> validate(SeedSet seeds) {
        SeedValidator validator = new SeedValidator(seeds);
        validator.run();
        if (!validator.problems.isEmpty()) {
            throw new SeedValidationException(validator.problems);
        }
        return validator.texts;
    }

    private void run() {
        sources();
        themeIds = ids("themes.json", "theme", seeds.themes(), t -> t.id());
        seeds.themes().forEach(t -> required("themes.json", "theme", t.id(), "label", t.label(),
                "description", t.description()));
        countries();
        Set<String> sectorIds = ids("sectors.json", "sector", seeds.sectors(), s -> s.id());
        seeds.sectors().forEach(s -> {
            required("sectors.json", "sector", s.id(), "label", s.label());
            if (s.crsCode() == null || !CRS.matcher(s.crsCode()).matches()) {
                problem("sectors.json", "sector", s.id(), "crsCode must be a 5-digit OECD DAC CRS purpose code");
            }
        });
        Set<String> unitIds = ids("units.json", "unit", seeds.units(), u -> u.id(), Pattern.compile("[A-Za-z-]+"));
        seeds.units().forEach(u -> {
            required("units.json", "unit", u.id(), "label", u.label());
            vocabulary("units.json", "unit", u.id(), "kind", u.kind(), UnitKind.class, false);
        });
        Set<String> speakerIds = ids("speakers.json", "speaker", seeds.speakers(), s -> s.id());
        seeds.speakers().forEach(s -> {
            required("speakers.json", "speaker", s.id(), "name", s.name());
            vocabulary("speakers.json", "speaker", s.id(), "kind", s.kind(), SpeakerKind.class, false);
        });
        Set<String> projectIds = ids("projects.json", "project", seeds.projects(), p -> p.id());
        seeds.projects().forEach(p -> project(p, sectorIds));
        ids("metrics.json", "metric", seeds.metrics(), m -> m.id());
        seeds.metrics().forEach(m -> metric(m, unitIds, projectIds));
        ids("statements.json", "statement", seeds.statements(), s -> s.id());
        seeds.statements().forEach(s -> statement(s, speakerIds, projectIds));
    }

    private void sources() {
        ids("sources.json", "source", seeds.sources(), s -> s.id());
        for (SourceSeed s : seeds.sources()) {
            required("sources.json", "source", s.id(), "language", s.language(), "sha256", s.sha256());
            vocabulary("sources.json", "source", s.id(), "kind", s.kind(), SourceKind.class, false);
            date("sources.json", "source", s.id(), "publishedOn", s.publishedOn());
            date("sources.json", "source", s.id(), "deliveredOn", s.deliveredOn());
            byte[] bytes = seeds.documents().get(s.id());
            if (bytes == null) {
                problem("sources.json", "source", s.id(), "document file seeds/" + s.id() + ".txt is missing");
                continue;
            }
            String actual = sha256(bytes);
            if (!actual.equals(s.sha256())) {
                problem("sources.json", "source", s.id(), "seeds/" + s.id() + ".txt has SHA-256 " + actual
                        + " but sha256 says " + s.sha256() + ": the document changed");
            }
            texts.put(s.id(), new String(bytes, StandardCharsets.UTF_8));
        }
    }

    private void countries() {
        ids("countries.json", "country", seeds.countries(), c -> c.code(), Pattern.compile("[A-Z]{2}"));
        seeds.countries().forEach(c -> {
            required("countries.json", "country", c.code(), "alpha3", c.alpha3(), "name", c.name(),
                    "region", c.region(), "subregion", c.subregion());
            if (c.code() != null && IsoCountries.toAlpha2(c.code()).isEmpty()) {
                problem("countries.json", "country", c.code(), "code is not an ISO 3166-1 alpha-2 code");
            } else if (c.code() != null && !IsoCountries.alpha3Of(c.code()).equals(c.alpha3())) {
                problem("countries.json", "country", c.code(), "alpha3 '" + c.alpha3()
                        + "' is not the ISO 3166-1 alpha-3 code of " + c.code() + " (" + IsoCountries.alpha3Of(c.code())
                        + ")");
            }
        });
        countryCodes = seeds.countries().stream().map(c -> c.code()).collect(Collectors.toSet());
    }

    private void project(ProjectSeed p, Set<String> sectorIds) {
        String file = "projects.json";
        required(file, "project", p.id(), "name", p.name(), "summary", p.summary());
        vocabulary(file, "project", p.id(), "type", p.type(), ProjectType.class, false);
        vocabulary(file, "project", p.id(), "scale", p.scale(), ProjectScale.class, true);
        vocabulary(file, "project", p.id(), "status", p.status(), ProjectStatus.class, true);
        reference(file, "project", p.id(), "sector", p.sector(), sectorIds);
        if (list(file, "project", p.id(), "countries", p.countries())) {
            references(file, "project", p.id(), "countries", p.countries().stream().map(c -> c.code()).toList(),
                    countryCodes);
            p.countries().forEach(c -> vocabulary(file, "project", p.id(), "countries role", c.role(),
                    CountryRole.class, false));
        }
        references(file, "project", p.id(), "themes", p.themes(), themeIds);
        list(file, "project", p.id(), "aliases", p.aliases());
        if (list(file, "project", p.id(), "milestones", p.milestones())) {
            for (int i = 0; i < p.milestones().size(); i++) {
                var m = p.milestones().get(i);
                date(file, "project", p.id(), "milestones[" + i + "].date", m.date());
                if (m.date() == null || m.event() == null || m.event().isBlank()) {
                    problem(file, "project", p.id(), "milestones[" + i + "] needs a date and an event");
                }
            }
        }
        evidence(file, "project", p.id(), p.evidence());
    }

    private void metric(MetricSeed m, Set<String> unitIds, Set<String> projectIds) {
        String file = "metrics.json";
        required(file, "metric", m.id(), "name", m.name(), "indicator", m.indicator(), "valueText",
                m.valueText());
        if (m.value() == null) {
            problem(file, "metric", m.id(), "value is missing");
        }
        reference(file, "metric", m.id(), "unit", m.unit(), unitIds);
        vocabulary(file, "metric", m.id(), "approximation", m.approximation(), Approximation.class, false);
        vocabulary(file, "metric", m.id(), "kind", m.kind(), MetricKind.class, false);
        boolean range = Approximation.RANGE.slug().equals(m.approximation());
        if (range != (m.valueMax() != null)) {
            problem(file, "metric", m.id(), "valueMax must be given exactly when approximation is 'range'");
        } else if (range && m.value() != null && m.valueMax().compareTo(m.value()) <= 0) {
            problem(file, "metric", m.id(), "valueMax must be greater than value");
        }
        if (m.indicator() != null && !SLUG.matcher(m.indicator()).matches()) {
            problem(file, "metric", m.id(), "indicator must be a kebab-case code");
        }
        if (m.project() != null) {
            reference(file, "metric", m.id(), "project", m.project(), projectIds);
        }
        date(file, "metric", m.id(), "asOf", m.asOf());
        if (m.period() != null) {
            date(file, "metric", m.id(), "period.from", m.period().from());
            date(file, "metric", m.id(), "period.to", m.period().to());
            if (m.period().from() == null && m.period().to() == null) {
                problem(file, "metric", m.id(), "period needs from or to; write null for no period");
            } else if (m.period().from() != null && m.period().to() != null && validDate(m.period().from())
                    && validDate(m.period().to())
                    && PartialDate.parse(m.period().from()).first()
                            .isAfter(PartialDate.parse(m.period().to()).last())) {
                problem(file, "metric", m.id(), "period.from is later than period.to");
            }
        }
        references(file, "metric", m.id(), "countries", m.countries(), countryCodes);
        references(file, "metric", m.id(), "themes", m.themes(), themeIds);
        evidence(file, "metric", m.id(), m.evidence());
        if (m.valueText() != null && m.evidence() != null
                && m.evidence().stream().noneMatch(e -> e.exact() != null && e.exact().contains(m.valueText()))) {
            problem(file, "metric", m.id(), "valueText '" + m.valueText() + "' is not part of any evidence quote");
        }
    }

    private void statement(StatementSeed s, Set<String> speakerIds, Set<String> projectIds) {
        String file = "statements.json";
        required(file, "statement", s.id(), "text", s.textOrQuote());
        if (s.textOrQuote() != null && s.evidence() != null
                && s.evidence().stream().noneMatch(e -> e.exact() != null && e.exact().contains(s.textOrQuote()))) {
            problem(file, "statement", s.id(), "text is not verbatim in any of its evidence quotes");
        }
        vocabulary(file, "statement", s.id(), "type", s.type(), StatementType.class, false);
        reference(file, "statement", s.id(), "speaker", s.speaker(), speakerIds);
        date(file, "statement", s.id(), "date", s.date());
        references(file, "statement", s.id(), "projects", s.projects(), projectIds);
        references(file, "statement", s.id(), "countries", s.countries(), countryCodes);
        references(file, "statement", s.id(), "themes", s.themes(), themeIds);
        evidence(file, "statement", s.id(), s.evidence());
    }

    private void evidence(String file, String kind, String id, List<EvidenceSeed> evidence) {
        if (evidence == null || evidence.isEmpty()) {
            problem(file, kind, id, "has no evidence");
            return;
        }
        for (int i = 0; i < evidence.size(); i++) {
            String where = "evidence[" + i + "]: ";
            EvidenceSeed e = evidence.get(i);
            String text = e.sourceId() == null ? null : texts.get(e.sourceId());
            if (text == null) {
                problem(file, kind, id, where + "sourceId '" + e.sourceId() + "' is not a known source");
                continue;
            }
            try {
                Anchor.find(text, e.exact(), e.prefix());
            } catch (IllegalArgumentException failure) {
                problem(file, kind, id, where + failure.getMessage() + " '" + e.sourceId() + "': \""
                        + abbreviate(String.valueOf(e.exact())) + "\"");
            }
        }
    }

    private <T> Set<String> ids(String file, String kind, List<T> records, Function<T, String> id) {
        return ids(file, kind, records, id, SLUG);
    }

    private <T> Set<String> ids(String file, String kind, List<T> records, Function<T, String> id, Pattern format) {
        Set<String> seen = new HashSet<>();
        for (T record : records) {
            String value = id.apply(record);
            if (value == null || !format.matcher(value).matches()) {
                problem(file, kind, value, "id is missing or not of the form " + format.pattern());
            } else if (!seen.add(value)) {
                problem(file, kind, value, "id is used twice");
            }
        }
        return seen;
    }

    /** Checks that text fields, given as name and value pairs, are present. */
    private void required(String file, String kind, String id, String... namesAndValues) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            String value = namesAndValues[i + 1];
            if (value == null || value.isBlank()) {
                problem(file, kind, id, namesAndValues[i] + " is missing");
            }
        }
    }

    private <E extends Enum<E> & Slugged> void vocabulary(String file, String kind, String id, String field,
            String value, Class<E> vocabulary, boolean nullable) {
        if (value == null ? !nullable : Slugged.find(vocabulary, value).isEmpty()) {
            problem(file, kind, id, field + " '" + value + "' is not one of " + Slugged.slugs(vocabulary));
        }
    }

    private void reference(String file, String kind, String id, String field, String value, Set<String> known) {
        if (value == null || !known.contains(value)) {
            problem(file, kind, id, field + " '" + value + "' does not resolve to a known record");
        }
    }

    private void references(String file, String kind, String id, String field, List<String> values,
            Set<String> known) {
        if (list(file, kind, id, field, values)) {
            values.forEach(v -> reference(file, kind, id, field, v, known));
            if (new HashSet<>(values).size() != values.size()) {
                problem(file, kind, id, field + " lists a value twice");
            }
        }
    }

    private boolean list(String file, String kind, String id, String field, List<?> values) {
        if (values == null) {
            problem(file, kind, id, field + " is missing; write [] for none");
            return false;
        }
        return true;
    }

    private void date(String file, String kind, String id, String field, String value) {
        if (value != null && !validDate(value)) {
            problem(file, kind, id, field + " '" + value + "' is not a date written YYYY, YYYY-MM or YYYY-MM-DD");
        }
    }

    private static boolean validDate(String value) {
        try {
            PartialDate.parse(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private void problem(String file, String kind, String id, String reason) {
        problems.add("seeds/data/" + file + ": " + kind + " '" + id + "': " + reason);
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
