package org.bri.data.seed;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import org.bri.data.common.ApiConfig;
import org.bri.data.common.DataVersion;
import org.bri.data.seed.SeedRecords.SeedSet;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;

/**
 * Loads the curated seed data at start-up, only when the database does not already hold it: then validates all of it
 * first and writes it in one transaction under a row lock; the service is ready once the data is loaded.
 */
@ApplicationScoped
public class SeedLoader {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class);

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final ApiConfig config;
    private final DataVersion version;
    private final Validator validator;
    private final Event<SeedReleaseLoaded> loaded;

    SeedLoader(EntityManager em, ObjectMapper mapper, ApiConfig config, DataVersion version, Validator validator,
            Event<SeedReleaseLoaded> loaded) {
        this.em = em;
        this.mapper = mapper;
        this.config = config;
        this.version = version;
        this.validator = validator;
        this.loaded = loaded;
    }

    @Transactional
    void onStart(@Observes StartupEvent event) {
        SeedReader reader = new SeedReader(config.seeds().location(), mapper);
        SeedSet seeds = reader.read();
        DataLoad load = em.find(DataLoad.class, DataLoad.ID);
        if (decide(seeds, load) == Decision.LOAD) {
            // Replicas starting together queue on this row lock; each one decides again once it has it.
            em.refresh(load, LockModeType.PESSIMISTIC_WRITE);
        }
        Decision decision = decide(seeds, load);
        switch (decision) {
            case LOAD -> {
                // Validated only when loaded: a release already loaded was validated then, byte for byte (checksum),
                // and checking it again would cost every restart the time of anchoring every quote.
                new SeedWriter(em, SeedValidator.validate(seeds, validator)).write(seeds);
                load.release = seeds.release();
                load.checksum = seeds.checksum();
                load.loadedAt = LocalDateTime.now(ZoneOffset.UTC);
                LOG.infof("Loaded seed data release %d (%s): %d sources, %d projects, %d metrics, %d statements",
                        seeds.release(), seeds.checksum().substring(0, 12), seeds.sources().size(),
                        seeds.projects().size(), seeds.metrics().size(), seeds.statements().size());
            }
            case CURRENT -> LOG.infof("Seed data release %d (%s) is already loaded", seeds.release(),
                    seeds.checksum().substring(0, 12));
            case OLDER -> LOG.warnf("The database holds data release %d (loaded or published), newer than this "
                    + "application's seed release %d; serving the newer data unchanged", load.release, seeds.release());
            case CONFLICT -> LOG.errorf("The database holds other data (%s) under this application's release %d "
                    + "(%s); every change to the data needs a new release. Serving the database's data unchanged",
                    load.checksum, seeds.release(), seeds.checksum());
        }
        if (decision == Decision.LOAD || decision == Decision.CURRENT) {
            // Also when it is already loaded: a database loaded before releases were kept records it now.
            loaded.fire(new SeedReleaseLoaded(seeds.release(), seeds.checksum(), DataCounts.of(seeds), load.loadedAt,
                    reader.files()));
        }
    }

    /** What to do with this application's seeds, given what the database holds. */
    enum Decision {
        LOAD, CURRENT, OLDER, CONFLICT
    }

    /**
     * A seed set is loaded unless the database already holds it or a later release: a replica of
     * an older release, restarting during a rolling update, must not put its data back.
     */
    static Decision decide(SeedSet seeds, DataLoad load) {
        if (seeds.checksum().equals(load.checksum)) {
            return Decision.CURRENT;
        }
        if (load.release != null && load.release > seeds.release()) {
            return Decision.OLDER;
        }
        // Two sets of data under one release number: neither may overwrite the other.
        if (load.release != null && load.release == seeds.release()) {
            return Decision.CONFLICT;
        }
        return Decision.LOAD;
    }

    /** Ready only once the seed data is validated and loaded; the datasource check covers the database. */
    @Produces
    @Readiness
    HealthCheck seedData() {
        return () -> {
            String checksum = version.checksum();
            return HealthCheckResponse.named("seed-data").status(!checksum.isEmpty())
                    .withData("checksum", checksum.isEmpty() ? "none" : checksum.substring(0, 12)).build();
        };
    }

    /** Runs after the load has committed, so that the version read is the one now stored. */
    void afterStart(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER) StartupEvent event) {
        version.refresh();
    }
}
