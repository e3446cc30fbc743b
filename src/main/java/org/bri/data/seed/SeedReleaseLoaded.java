package org.bri.data.seed;

import java.time.LocalDateTime;
import java.util.Map;

/**
 * Fired in the loader's transaction when the database holds this application's seed release, just loaded or loaded
 * before: the seed releases are the data's first releases, so whoever keeps releases records it.
 */
public final class SeedReleaseLoaded {

    private final int number;
    private final String checksum;
    private final DataCounts counts;
    private final LocalDateTime loadedAt;
    private final Map<String, byte[]> files;

    SeedReleaseLoaded(int number, String checksum, DataCounts counts, LocalDateTime loadedAt,
            Map<String, byte[]> files) {
        this.number = number;
        this.checksum = checksum;
        this.counts = counts;
        this.loadedAt = loadedAt;
        this.files = files;
    }

    public int number() {
        return number;
    }

    /** The checksum of the seed files, as {@code release.json} records it. */
    public String checksum() {
        return checksum;
    }

    public DataCounts counts() {
        return counts;
    }

    /** When the release was loaded into this database (UTC). */
    public LocalDateTime loadedAt() {
        return loadedAt;
    }

    /** The seeds folder as shipped, as a ZIP archive: made only when asked, since a known release needs none. */
    public byte[] snapshot() {
        return SeedExport.archive(files);
    }
}
