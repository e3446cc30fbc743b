package org.bri.data.seed;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.bri.data.common.OneOf;
import org.bri.data.common.PartialDateValue;
import org.bri.data.common.Slugged;
import org.bri.data.country.CountryRole;
import org.bri.data.metric.Approximation;
import org.bri.data.metric.MetricKind;
import org.bri.data.metric.UnitKind;
import org.bri.data.project.ProjectScale;
import org.bri.data.project.ProjectStatus;
import org.bri.data.project.ProjectType;
import org.bri.data.source.SourceKind;
import org.bri.data.statement.SpeakerKind;
import org.bri.data.statement.StatementType;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The shapes of what is read from the seeds folder, one record type per curated JSON file in {@code seeds/data}, with
 * the rules on each field; rules that span records are {@link SeedValidator}'s. A metric written through the API has
 * the shape of its seed, so that curated data and seeds share one shape and one set of rules.
 */
public final class SeedRecords {

    static final String SLUG = Slugged.ID_PATTERN;
    /** A list is written even when empty, so that a forgotten field is not read as "none". */
    private static final String LIST = "is missing; write [] for none";
    private static final String QUOTES = "needs at least one quote";
    private static final String CRS = "must be a 5-digit OECD DAC CRS purpose code";

    private SeedRecords() {
    }

    /**
     * Everything read from the seeds folder: the release number of the curated data, the records, the bytes of each
     * source's document keyed by source id (absent when its file is missing) and a checksum of all the bytes read.
     */
    record SeedSet(int release, List<SourceSeed> sources, List<ThemeSeed> themes, List<CountrySeed> countries,
            List<SectorSeed> sectors, List<UnitSeed> units, List<SpeakerSeed> speakers, List<ProjectSeed> projects,
            List<MetricSeed> metrics, List<StatementSeed> statements, Map<String, byte[]> documents, String checksum) {
    }

    /** A record of a seed file, named by its id. */
    public interface Seed {

        String id();
    }

    record ReleaseSeed(Integer release, String checksum, String note) {
    }

    record SourceSeed(@NotNull @Pattern(regexp = SLUG) String id, String title, String publisher, String author,
            @NotNull @OneOf(SourceKind.class) String kind, @PartialDateValue String publishedOn,
            @PartialDateValue String deliveredOn, String dateNote, @NotBlank String language,
            @NotBlank String sha256, String bodyStartsWith) implements Seed {
    }

    public record ThemeSeed(@NotNull @Pattern(regexp = SLUG) String id, @NotBlank String label,
            @NotBlank String description) implements Seed {
    }

    public record CountrySeed(@NotNull @Pattern(regexp = "[A-Z]{2}") String code, @NotBlank String alpha3,
            @NotBlank String name, @NotBlank String region, @NotBlank String subregion) implements Seed {

        @Override
        public String id() {
            return code;
        }
    }

    public record SectorSeed(@NotNull @Pattern(regexp = SLUG) String id, @NotBlank String label,
            @NotNull @Pattern(regexp = "\\d{5}", message = CRS) String crsCode) implements Seed {
    }

    public record UnitSeed(@NotNull @Pattern(regexp = "[A-Za-z-]+") String id, @NotBlank String label,
            @NotNull @OneOf(UnitKind.class) String kind) implements Seed {
    }

    public record SpeakerSeed(@NotNull @Pattern(regexp = SLUG) String id, @NotBlank String name, String role,
            String organization, @NotNull @OneOf(SpeakerKind.class) String kind) implements Seed {
    }

    /** A quote as a curator writes it; {@code prefix} is needed only where the quote occurs twice, and left out else. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EvidenceSeed(String sourceId, @NotBlank String exact, String prefix) {
    }

    /** A country of a project, by alpha-2 code, with its role. */
    public record PlaceSeed(String code, @NotNull @OneOf(CountryRole.class) String role) {
    }

    /** A dated event in a project's life. */
    public record MilestoneSeed(@NotNull @PartialDateValue String date, @NotBlank String event) {
    }

    /** A project; its countries each carry a role. */
    public record ProjectSeed(@NotNull @Pattern(regexp = SLUG) String id, @NotBlank String name,
            @NotNull(message = LIST) List<String> aliases, @NotNull @OneOf(ProjectType.class) String type,
            String sector, @OneOf(ProjectScale.class) String scale, @OneOf(ProjectStatus.class) String status,
            @NotNull(message = LIST) List<@Valid PlaceSeed> countries,
            @NotNull(message = LIST) List<@Valid MilestoneSeed> milestones,
            @NotNull(message = LIST) List<String> themes,
            @NotBlank String summary, @NotEmpty(message = QUOTES) List<@Valid EvidenceSeed> evidence) implements Seed {
    }

    public record PeriodSeed(@PartialDateValue String from, @PartialDateValue String to) {
    }

    public record MetricSeed(@NotNull @Pattern(regexp = SLUG) String id, @NotBlank String name,
            @NotBlank @Pattern(regexp = SLUG, message = "must be a kebab-case code") String indicator,
            @NotNull BigDecimal value, BigDecimal valueMax, String unit,
            @NotNull @OneOf(Approximation.class) String approximation, @NotBlank String valueText,
            @Valid PeriodSeed period, @PartialDateValue String asOf, @NotNull @OneOf(MetricKind.class) String kind,
            String project, @NotNull(message = LIST) List<String> countries,
            @NotNull(message = LIST) List<String> themes,
            @NotEmpty(message = QUOTES) List<@Valid EvidenceSeed> evidence) implements Seed {
    }

    /** A statement; its text, when not given, is its first evidence quote. */
    public record StatementSeed(@NotNull @Pattern(regexp = SLUG) String id, String text,
            @NotNull @OneOf(StatementType.class) String type, String speaker, @PartialDateValue String date,
            String note, @NotNull(message = LIST) List<String> projects,
            @NotNull(message = LIST) List<String> countries,
            @NotNull(message = LIST) List<String> themes,
            @NotEmpty(message = QUOTES) List<@Valid EvidenceSeed> evidence) implements Seed {

        /** The statement's text: as given, or else its first quote. */
        public String textOrQuote() {
            return text != null || evidence == null || evidence.isEmpty() ? text : evidence.get(0).exact();
        }
    }
}
