package org.bri.data.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bri.data.seed.SeedRecords.CountrySeed;
import org.bri.data.seed.SeedRecords.MetricSeed;
import org.bri.data.seed.SeedRecords.ProjectSeed;
import org.bri.data.seed.SeedRecords.ReleaseSeed;
import org.bri.data.seed.SeedRecords.SectorSeed;
import org.bri.data.seed.SeedRecords.SeedSet;
import org.bri.data.seed.SeedRecords.SourceSeed;
import org.bri.data.seed.SeedRecords.SpeakerSeed;
import org.bri.data.seed.SeedRecords.StatementSeed;
import org.bri.data.seed.SeedRecords.ThemeSeed;
import org.bri.data.seed.SeedRecords.UnitSeed;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads the seeds folder from the classpath or from a directory, strictly: unknown fields are errors. */
class SeedReader {

    private static final String CLASSPATH = "classpath:";

    private final String location;
    private final ObjectMapper mapper;
    private final MessageDigest digest = sha256();
    /** Every file read, by its path under the seeds folder, in the order read: the release as shipped. */
    private final Map<String, byte[]> files = new LinkedHashMap<>();

    SeedReader(String location, ObjectMapper mapper) {
        this.location = location;
        this.mapper = mapper.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }

    SeedSet read() {
        ReleaseSeed release = json("release.json", mapper.constructType(ReleaseSeed.class));
        if (release.release() == null || release.release() < 1) {
            throw new SeedValidationException(
                    List.of("seeds/data/release.json: release must be a whole number from 1"));
        }
        // The checksum covers everything but release.json, which records it.
        digest.reset();
        List<SourceSeed> sources = list("sources.json", SourceSeed.class);
        Map<String, byte[]> documents = new LinkedHashMap<>();
        for (SourceSeed source : sources) {
            // A document is named by its source id; an id that is not a slug names no file.
            byte[] bytes = source.id() != null && source.id().matches(SeedRecords.SLUG)
                    ? bytes(source.id() + ".txt")
                    : null;
            if (bytes != null) {
                documents.put(source.id(), bytes);
            }
        }
        SeedSet seeds = new SeedSet(release.release(), sources, list("themes.json", ThemeSeed.class),
                list("countries.json", CountrySeed.class), list("sectors.json", SectorSeed.class),
                list("units.json", UnitSeed.class), list("speakers.json", SpeakerSeed.class),
                list("projects.json", ProjectSeed.class), list("metrics.json", MetricSeed.class),
                list("statements.json", StatementSeed.class), documents, HexFormat.of().formatHex(digest.digest()));
        if (!seeds.checksum().equals(release.checksum())) {
            throw new SeedValidationException(List.of("seeds/data/release.json: the curated data has checksum "
                    + seeds.checksum() + " but release.json records " + release.checksum()
                    + "; every change to the data needs a new release: raise release and record the new checksum"));
        }
        return seeds;
    }

    /** The files read so far, by path under the seeds folder, in the order read ({@code data/release.json} first). */
    Map<String, byte[]> files() {
        return files;
    }

    /** A new SHA-256 digest, the one hash of the seeds: of the whole set and of each source document. */
    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> List<T> list(String file, Class<T> type) {
        return json(file, mapper.getTypeFactory().constructCollectionType(List.class, type));
    }

    private <T> T json(String file, JavaType type) {
        byte[] bytes = bytes("data/" + file);
        if (bytes == null) {
            throw new SeedValidationException(List.of("seeds/data/" + file + ": file is missing"));
        }
        try {
            return mapper.readValue(bytes, type);
        } catch (IOException e) {
            throw new SeedValidationException(List.of("seeds/data/" + file + ": not valid for its format: "
                    + e.getMessage().lines().findFirst().orElse("")));
        }
    }

    /** The bytes of a file under the seeds folder, or null when it does not exist; they count into the checksum. */
    private byte[] bytes(String relative) {
        try (InputStream in = open(relative)) {
            byte[] bytes = in == null ? null : in.readAllBytes();
            if (bytes != null) {
                files.put(relative, bytes);
                digest.update(relative.getBytes(StandardCharsets.UTF_8));
                digest.update(bytes);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read seeds/" + relative, e);
        }
    }

    private InputStream open(String relative) throws IOException {
        if (location.startsWith(CLASSPATH)) {
            String name = location.substring(CLASSPATH.length()) + "/" + relative;
            return Thread.currentThread().getContextClassLoader().getResourceAsStream(name);
        }
        Path path = Path.of(location).resolve(relative);
        return Files.isRegularFile(path) ? Files.newInputStream(path) : null;
    }
}
