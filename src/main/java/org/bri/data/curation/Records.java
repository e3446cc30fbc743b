package org.bri.data.curation;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
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
import org.bri.data.seed.SeedValidator;
import org.bri.data.source.SourceRepository;
import org.bri.data.statement.SpeakerRepository;
import org.bri.data.theme.ThemeRepository;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The stored records a curated record may reference, as the loader's rules look them up, and what curators share. */
@ApplicationScoped
class Records implements SeedValidator.Lookup {

    private final MetricUnitRepository units;
    private final ProjectRepository projects;
    private final CountryRepository countries;
    private final ThemeRepository themes;
    private final SourceRepository sources;
    private final SpeakerRepository speakers;

    Records(MetricUnitRepository units, ProjectRepository projects, CountryRepository countries,
            ThemeRepository themes, SourceRepository sources, SpeakerRepository speakers) {
        this.units = units;
        this.projects = projects;
        this.countries = countries;
        this.themes = themes;
        this.sources = sources;
        this.speakers = speakers;
    }

    /** References resolve by exact id, as the loader resolves them within the seeds. */
    @Override
    public boolean has(Catalog catalog, String id) {
        if (id == null) {
            return false;
        }
        return switch (catalog) {
            case UNIT -> units.findByIdOptional(id).isPresent();
            case PROJECT -> projects.findByIdOptional(id).isPresent();
            case COUNTRY -> countries.findByIdOptional(id).isPresent();
            case THEME -> themes.findByIdOptional(id).isPresent();
            case SOURCE -> sources.findByIdOptional(id).isPresent();
            case SPEAKER -> speakers.findByIdOptional(id).isPresent();
            default -> false;
        };
    }

    @Override
    public String text(String sourceId) {
        return sources.text(sourceId).orElse(null);
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

    /** Refuses to create a record at an id that is in use or ever was: ids are never reused (409). */
    static void unused(String kind, String id, Optional<Stored> stored) {
        if (stored.isPresent()) {
            throw new ConflictException("The id '" + id + "' is taken by a " + kind + ", or was, before it was "
                    + "deleted: ids are never reused.");
        }
    }

    /** Refuses a PUT with If-None-Match: * at a standing record (412), or at any id ever used (409). */
    static void absent(String kind, String id, Optional<Stored> stored) {
        if (stored.isPresent() && !stored.get().deleted()) {
            throw PreconditionException.failed("A " + kind + " with the id '" + id + "' exists; replace it with "
                    + "If-Match and its current ETag.");
        }
        unused(kind, id, stored);
    }

    /** Refuses a change ({@code "Deleting"}, {@code "Patching"}) that names no version of the record. */
    static void ifMatchRequired(String change, String kind, String plural, String id, String ifMatch) {
        if (ifMatch == null) {
            throw PreconditionException.required(change + " a " + kind + " needs If-Match with its current ETag (from "
                    + "GET /api/v1/" + plural + "/" + id + ").");
        }
    }

    /** The body of a PUT, named by the path's id where it names none. */
    static ObjectNode named(JsonNode draft, String id) {
        ObjectNode named = ((ObjectNode) draft).deepCopy();
        if (!named.hasNonNull("id")) {
            named.put("id", id);
        }
        return named;
    }

    /** Refuses a PUT body whose id is not the path's. */
    static void samePath(String id, String given) {
        if (!id.equals(given)) {
            throw new InvalidRecordException(
                    List.of(InvalidRecordException.field("/id", "must be the id in the path, '" + id + "'")));
        }
    }

    /**
     * A stored record in its seed form with a JSON Merge Patch applied, named by its id unless the patch names
     * another (which {@link #idKept} refuses once the result is read): what a patch stores, as a PUT would.
     */
    static ObjectNode patched(JsonNode stored, JsonNode patch, String kind, String id) {
        JsonNode patched = MergePatch.apply(stored, patch);
        if (!patched.isObject()) {
            throw new InvalidRecordException(
                    List.of(InvalidRecordException.field("", "the patched " + kind + " must be an object")));
        }
        return named(patched, id);
    }

    /** Refuses a patch that changes the record's id. */
    static void idKept(String kind, String id, String patched) {
        if (!id.equals(patched)) {
            throw new InvalidRecordException(List.of(InvalidRecordException.field("/id", "must stay '" + id
                    + "': an id never changes (add a " + kind + " under the new id instead)")));
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
