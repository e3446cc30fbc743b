package org.bri.data.seed;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.bri.data.common.ApiConfig;
import org.bri.data.common.DataVersion;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;

/**
 * Loads the curated seed data at start-up: reads and validates all of it first, then writes it
 * in one transaction under a row lock, and only when the database does not already hold it.
 */
@ApplicationScoped
public class SeedLoader {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class);

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final ApiConfig config;
    private final DataVersion version;

    SeedLoader(EntityManager em, ObjectMapper mapper, ApiConfig config, DataVersion version) {
        this.em = em;
        this.mapper = mapper;
        this.config = config;
        this.version = version;
    }

    @Transactional
    void onStart(@Observes StartupEvent event) {
        SeedSet seeds = new SeedReader(config.seeds().location(), mapper).read();
        Map<String, String> texts = SeedValidator.validate(seeds);
        DataLoad load = em.find(DataLoad.class, DataLoad.ID);
        if (!seeds.checksum().equals(load.checksum)) {
            // Replicas starting together queue on this row lock; each one checks again once it has it.
            em.refresh(load, LockModeType.PESSIMISTIC_WRITE);
            if (!seeds.checksum().equals(load.checksum)) {
                new SeedWriter(em).write(seeds, texts);
                load.checksum = seeds.checksum();
                load.loadedAt = LocalDateTime.now(ZoneOffset.UTC);
                LOG.infof("Loaded seed data %s: %d sources, %d projects, %d metrics, %d statements",
                        seeds.checksum().substring(0, 12), seeds.sources().size(), seeds.projects().size(),
                        seeds.metrics().size(), seeds.statements().size());
                return;
            }
        }
        LOG.infof("Seed data %s is already loaded", seeds.checksum().substring(0, 12));
    }

    /** Runs after the load has committed, so that the version read is the one now stored. */
    void afterStart(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER) StartupEvent event) {
        version.refresh();
    }
}
