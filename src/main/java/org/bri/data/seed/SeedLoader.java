package org.bri.data.seed;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
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
        // The lock makes replicas that start together wait for the first one's load, then skip.
        DataLoad load = em.find(DataLoad.class, DataLoad.ID, LockModeType.PESSIMISTIC_WRITE);
        if (seeds.checksum().equals(load.checksum)) {
            LOG.infof("Seed data %s is already loaded", seeds.checksum().substring(0, 12));
        } else {
            new SeedWriter(em).write(seeds, texts);
            load.checksum = seeds.checksum();
            load.loadedAt = LocalDateTime.now(ZoneOffset.UTC);
            LOG.infof("Loaded seed data %s: %d sources, %d projects, %d metrics, %d statements",
                    seeds.checksum().substring(0, 12), seeds.sources().size(), seeds.projects().size(),
                    seeds.metrics().size(), seeds.statements().size());
        }
        version.set(seeds.checksum());
    }
}
