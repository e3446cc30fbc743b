package org.bri.data.export;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import jakarta.transaction.Transaction;

import org.bri.data.release.ReleaseResponse;

/**
 * One read of the data, begun and not yet written out: the suspended transaction whose snapshot fixes what the
 * archive holds, and what it read first, which names the archive (its release, change and tag) before a byte of it is
 * sent.
 */
final class Cut {

    /** The release the data was last loaded or published as. */
    final SnapshotManifest.Release release;
    /** Every release, in number order. */
    final List<ReleaseResponse> releases;
    /** The last change the data holds. */
    final long changeSeq;
    /** When the data became what it is: the time of its last change, or of its release when none came since. */
    final OffsetDateTime asOf;

    private final AtomicReference<Transaction> transaction;
    private final AtomicBoolean ended = new AtomicBoolean();
    private final Consumer<Transaction> rollback;
    private final Runnable onEnd;

    /** {@code rollback} ends a transaction of this read that no writer took; {@code onEnd} frees its place. */
    Cut(Transaction transaction, SnapshotManifest.Release release, List<ReleaseResponse> releases, long changeSeq,
            OffsetDateTime asOf, Consumer<Transaction> rollback, Runnable onEnd) {
        this.transaction = new AtomicReference<>(transaction);
        this.release = release;
        this.releases = releases;
        this.changeSeq = changeSeq;
        this.asOf = asOf;
        this.rollback = rollback;
        this.onEnd = onEnd;
    }

    /**
     * The archive's strong tag: the same data gives the same bytes, so the tag names what the bytes are made of, the
     * layout and the state of the data. The time of the last change is part of it, since a restored database can
     * reach a change number again with other data.
     */
    String etag() {
        String made = String.join("|", SnapshotManifest.FORMAT, Snapshots.API_VERSION,
                String.valueOf(release.number()), release.checksum(), String.valueOf(changeSeq), asOf.toString());
        byte[] digest = ChecksummedZip.sha256().digest(made.getBytes(StandardCharsets.UTF_8));
        return "\"snapshot-" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
    }

    /** The name a browser saves the archive under. */
    String fileName() {
        return "bri-release-" + release.number() + "-" + changeSeq + ".zip";
    }

    /** Hands the transaction to the writer, once; null when it is taken or the read is closed already. */
    Transaction take() {
        return transaction.getAndSet(null);
    }

    /** Ends the read if no writer took it: a 304, an error, or a response that was never written. */
    void close() {
        Transaction open = take();
        try {
            if (open != null) {
                rollback.accept(open);
            }
        } finally {
            ended();
        }
    }

    /** Frees the download's place, once, whoever ends it. */
    void ended() {
        if (ended.compareAndSet(false, true)) {
            onEnd.run();
        }
    }
}
