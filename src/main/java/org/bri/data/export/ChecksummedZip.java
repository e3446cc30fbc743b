package org.bri.data.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A ZIP archive written as a stream, one file after another, that counts each file's bytes and records and computes its
 * SHA-256 on the way. Every entry carries the same time and nothing that depends on the machine (no time zone, no file
 * attributes), so that the same files give the same bytes.
 */
final class ChecksummedZip {

    private static final byte[] NEWLINE = {'\n'};

    private final ZipOutputStream zip;
    private final LocalDateTime time;
    private final List<SnapshotManifest.File> files = new ArrayList<>();

    private String path;
    private String mediaType;
    private MessageDigest digest;
    private long bytes;
    private long records;

    /** {@code time} is written as the DOS time of every entry, which has no time zone: give it in UTC. */
    ChecksummedZip(OutputStream out, LocalDateTime time) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        this.time = time;
    }

    /** Starts the next file. */
    void begin(String path, String mediaType) throws IOException {
        ZipEntry entry = new ZipEntry(path);
        // The local time as it is, where setTime would convert it by the JVM's time zone.
        entry.setTimeLocal(time);
        zip.putNextEntry(entry);
        this.path = path;
        this.mediaType = mediaType;
        this.digest = sha256();
        this.bytes = 0;
        this.records = 0;
    }

    /** Writes one record of an NDJSON file: its JSON, which holds no line break, and a line feed. */
    void record(byte[] json) throws IOException {
        write(json);
        write(NEWLINE);
        records++;
    }

    /** Writes bytes of the current file that are one record as a whole, such as a source's text. */
    void whole(byte[] content) throws IOException {
        write(content);
        records = 1;
    }

    /** Ends the current file and lists it. */
    void end() throws IOException {
        zip.closeEntry();
        files.add(new SnapshotManifest.File(path, mediaType, bytes, records,
                HexFormat.of().formatHex(digest.digest())));
    }

    /** The files written so far, in order. */
    List<SnapshotManifest.File> files() {
        return List.copyOf(files);
    }

    /** Writes the central directory; the stream under it stays open. */
    void finish() throws IOException {
        zip.finish();
    }

    private void write(byte[] content) throws IOException {
        zip.write(content);
        digest.update(content);
        bytes += content.length;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
