package org.bri.data.curation;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.bri.data.common.Catalog;
import org.bri.data.common.ConflictException;
import org.bri.data.common.InvalidRecordException;
import org.bri.data.common.ParameterError;
import org.bri.data.common.PreconditionException;
import org.bri.data.common.ResourceNotFoundException;
import org.bri.data.common.Stored;
import org.bri.data.country.CountryRepository;
import org.bri.data.metric.MetricUnitRepository;
import org.bri.data.project.ProjectRepository;
import org.bri.data.project.SectorRepository;
import org.bri.data.seed.SeedRecords.EvidenceSeed;
import org.bri.data.seed.SeedValidator;
import org.bri.data.source.SourceRepository;
import org.bri.data.statement.SpeakerRepository;
import org.bri.data.theme.ThemeRepository;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The stored records a curated record may reference, as the loader's rules look them up, and what curators share. */
@ApplicationScoped
class Records implements SeedValidator.Lookup {

    /** What an evidence quote's column holds, for every kind of record. */
    private static final int EXACT = 4000;

    private final MetricUnitRepository units;
    private final ProjectRepository projects;
    private final CountryRepository countries;
    private final ThemeRepository themes;
    private final SourceRepository sources;
    private final SpeakerRepository speakers;
    private final SectorRepository sectors;

    Records(MetricUnitRepository units, ProjectRepository projects, CountryRepository countries,
            ThemeRepository themes, SourceRepository sources, SpeakerRepository speakers, SectorRepository sectors) {
        this.units = units;
        this.projects = projects;
        this.countries = countries;
        this.themes = themes;
        this.sources = sources;
        this.speakers = speakers;
        this.sectors = sectors;
    }

    /**
     * References resolve by exact id, as the loader resolves them within the seeds; a deleted project or speaker (a
     * tombstone, which the count's entity query never sees) resolves to nothing.
     */
    @Override
    public boolean has(Catalog catalog, String id) {
        if (id == null) {
            return false;
        }
        return switch (catalog) {
            case UNIT -> units.findByIdOptional(id).isPresent();
            case PROJECT -> projects.contains(id);
            case COUNTRY -> countries.findByIdOptional(id).isPresent();
            case THEME -> themes.findByIdOptional(id).isPresent();
            case SOURCE -> sources.findByIdOptional(id).isPresent();
            case SPEAKER -> speakers.contains(id);
            case SECTOR -> sectors.findByIdOptional(id).isPresent();
            default -> false;
        };
    }

    @Override
    public String text(String sourceId) {
        return sources.text(sourceId).orElse(null);
    }

    /** The loader's broken rules as 422 errors, each field named by its JSON Pointer, for a curator to add to. */
    static List<ParameterError> errors(SeedValidator.MetricCheck check) {
        List<ParameterError> errors = new ArrayList<>();
        check.violations().forEach(v -> errors.add(InvalidRecordException.property(v.field(), v.detail())));
        return errors;
    }

    /** Refuses quotes longer than their column holds. */
    static void quotes(List<ParameterError> errors, List<EvidenceSeed> evidence) {
        for (int i = 0; evidence != null && i < evidence.size(); i++) {
            EvidenceSeed e = evidence.get(i);
            longest(errors, "/evidence/" + i + "/exact", e == null ? null : e.exact(), EXACT);
        }
    }

    /** Refuses the record if anything is wrong with it, each offending field once. */
    static void refuse(List<ParameterError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidRecordException(errors.stream().distinct().toList());
        }
    }

    /** Refuses a value longer than its column holds, rather than letting the database fail. */
    static void longest(List<ParameterError> errors, String pointer, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(InvalidRecordException.field(pointer, "must be at most " + max + " characters"));
        }
    }

    /** Whether a PUT creates (If-None-Match: * alone), refusing one that names no version at all. */
    static boolean creating(String kind, String plural, String id, String ifMatch, String ifNoneMatch) {
        boolean creating = ifMatch == null && ifNoneMatch != null && ifNoneMatch.trim().equals("*");
        if (ifMatch == null && !creating) {
            throw PreconditionException.required("Replacing a " + kind + " needs If-Match with its current ETag "
                    + "(from GET /api/v1/" + plural + "/" + id + "); creating one at this id needs If-None-Match: *.");
        }
        return creating;
    }

    /** The body of a PUT, with the path's id where it gives none. */
    static ObjectNode named(JsonNode draft, String id) {
        ObjectNode named = ((ObjectNode) draft).deepCopy();
        if (!named.hasNonNull("id")) {
            named.put("id", id);
        }
        return named;
    }

    /** Refuses a PUT whose body names another id than its path. */
    static void pathId(String id, String given) {
        if (!id.equals(given)) {
            throw new InvalidRecordException(
                    List.of(InvalidRecordException.field("/id", "must be the id in the path, '" + id + "'")));
        }
    }

    /** The stored record, in the shape a curator writes, with a JSON Merge Patch applied; it must stay an object. */
    static ObjectNode patched(String kind, JsonNode stored, JsonNode patch) {
        JsonNode patched = MergePatch.apply(stored, patch);
        if (!patched.isObject()) {
            throw new InvalidRecordException(
                    List.of(InvalidRecordException.field("", "the patched " + kind + " must be an object")));
        }
        return (ObjectNode) patched;
    }

    /** Refuses a patch that changes a record's id. */
    static void sameId(String kind, String id, String patched) {
        if (!id.equals(patched)) {
            throw new InvalidRecordException(List.of(InvalidRecordException.field("/id",
                    "must stay '" + id + "': an id never changes (add a " + kind + " under the new id instead)")));
        }
    }

    /** Refuses to create a record at an id in use (412: replace it instead) or ever used (409). */
    static void free(String kind, String id, Optional<Stored> stored) {
        if (stored.isPresent() && !stored.get().deleted()) {
            throw PreconditionException.failed("A " + kind + " with the id '" + id + "' exists; replace it with "
                    + "If-Match and its current ETag.");
        }
        if (stored.isPresent()) {
            throw taken(kind, id);
        }
    }

    /** An id in use, or used before its record was deleted. */
    static ConflictException taken(String kind, String id) {
        return new ConflictException("The id '" + id + "' is taken by a " + kind + ", or was, before it was deleted: "
                + "ids are never reused.");
    }

    /** Refuses a change ({@code "Deleting"}, {@code "Patching"}) that names no version of the record. */
    static void ifMatchRequired(String change, String kind, String plural, String id, String ifMatch) {
        if (ifMatch == null) {
            throw PreconditionException.required(change + " a " + kind + " needs If-Match with its current ETag (from "
                    + "GET /api/v1/" + plural + "/" + id + ").");
        }
    }

    /** The standing record If-Match names, refusing a record never written or deleted (404) or a stale one (412). */
    static Stored current(String kind, String id, String ifMatch, Optional<Stored> stored) {
        Stored current = stored.filter(s -> !s.deleted()).orElseThrow(() -> new ResourceNotFoundException(kind, id));
        if (!PreconditionException.matches(ifMatch, current.etag())) {
            throw PreconditionException.failed("The " + kind + " '" + id + "' has changed: its current ETag is "
                    + current.etag() + ". Read it again, reapply your change and send that ETag in If-Match.");
        }
        return current;
    }

    /**
     * To the microsecond, all a timestamp column keeps (H2 and PostgreSQL alike): the record a write answers and logs
     * in the change feed must be the one a later read serves, or a mirror built from the feed would differ from it.
     */
    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
