package org.bri.data.export;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a snapshot archive holds, as its manifest.json says it: the release and change it is cut at, and each file with
 * its size, record count and SHA-256.
 */
public record SnapshotManifest(String format, String apiVersion, Release release, long changeSeq,
        long changesSinceRelease,
        OffsetDateTime asOf, List<File> files) {

    /** The name and version of the archive's layout, which a reader can check before it reads on. */
    static final String FORMAT = "bri-snapshot/1";

    /** The release the data was last loaded or published as; the archive holds it plus the changes since. */
    public record Release(int number, String checksum, OffsetDateTime publishedAt, long changeSeq) {
    }

    /**
     * One file of the archive: the number of records is that of lines for NDJSON and 1 for a source's text; the size
     * and SHA-256 are those of the file unpacked.
     */
    public record File(String path, String mediaType, long bytes, long records, String sha256) {
    }
}
