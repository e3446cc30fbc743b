package org.bri.data.curation;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.bri.data.common.Catalog;
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

    /** Refuses a delete that names no version of the record. */
    static void ifMatchRequired(String kind, String plural, String id, String ifMatch) {
        if (ifMatch == null) {
            throw PreconditionException.required("Deleting a " + kind + " needs If-Match with its current ETag (from "
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
