package org.bri.data.release;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.bri.data.common.ConflictException;
import org.bri.data.seed.DataLoad;
import org.bri.data.seed.SeedExport;
import org.bri.data.seed.SeedReleaseLoaded;

/**
 * Keeps the releases: records each seed release the loader loads, and publishes the next one, a snapshot of the data
 * at one point of the change feed.
 */
@ApplicationScoped
class Releases {

    /** Who publishes a seed release. */
    static final String SEED = "seed";

    private final EntityManager em;
    private final ReleaseRepository releases;
    private final SeedExport export;

    Releases(EntityManager em, ReleaseRepository releases, SeedExport export) {
        this.em = em;
        this.releases = releases;
        this.export = export;
    }

    /**
     * Records a seed release in the loader's transaction, once: a restart or a second replica finds it recorded, and
     * a number already taken (a release an editor published and then exported into the seeds) stays as it is.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void record(@Observes SeedReleaseLoaded seeds) {
        long seq = lockFeed();
        if (releases.findByIdOptional(seeds.number()).isEmpty()) {
            releases.persist(Release.of(seeds.number(), ReleaseKind.SEED, seeds.loadedAt().atOffset(ZoneOffset.UTC),
                    SEED, seeds.checksum(), seq, seeds.counts(), seeds.snapshot()));
        }
    }

    /**
     * Publishes the data as the next release, numbered as the export numbers it, and records it as the release the
     * database holds, so that the next export and the loader count on from it.
     */
    @Transactional
    Release publish(String editor) {
        long seq = lockFeed();
        Optional<Release> latest = releases.latest();
        if (latest.isPresent() && latest.get().changeSeq == seq) {
            throw new ConflictException("There is nothing to publish: nothing has changed since release "
                    + latest.get().number + ".");
        }
        SeedExport.Export data = export.zip();
        if (latest.isPresent() && data.release() <= latest.get().number) {
            // Changes that undo each other leave the files of the release the database holds.
            throw new ConflictException("There is nothing to publish: the data is that of release "
                    + data.release() + ".");
        }
        Release release = Release.of(data.release(), ReleaseKind.PUBLISHED,
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS), editor, data.checksum(), seq,
                data.counts(), data.zip());
        releases.persist(release);
        DataLoad load = em.find(DataLoad.class, DataLoad.ID);
        load.release = release.number;
        load.checksum = release.checksum;
        return release;
    }

    /**
     * Locks the row every write locks to take its change number ({@code ChangeLog.next}) and reads the number of the
     * last change: until this transaction ends no write commits, so what it reads is the data at that change.
     */
    private long lockFeed() {
        Object changes = em.createNativeQuery("select changes from data_load where id = ?1 for update")
                .setParameter(1, DataLoad.ID).getSingleResult();
        return ((Number) changes).longValue();
    }
}
