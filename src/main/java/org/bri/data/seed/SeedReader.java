package org.bri.data.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bri.data.seed.SeedRecords.ReleaseSeed;
import org.bri.data.seed.SeedRecords.SourceSeed;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads the seeds folder from the classpath or from a directory, strictly: unknown fields are errors. */
class SeedReader {

    private static final String CLASSPATH = "classpath:";

    private final String location;
    private final ObjectMapper mapper;
    private final MessageDigest digest;

    SeedReader(String location, ObjectMapper mapper) {
        this.location = location;
        this.mapper = mapper.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    SeedSet read() {
        ReleaseSeed release = json("release.json", ReleaseSeed.class);
        if (release.release() == null || release.release() < 1) {
            throw new SeedValidationException(
                    List.of("seeds/data/release.json: release must be a whole number from 1"));
        }
        // The checksum covers everything but release.json, which records it.
        digest.reset();
        List<SourceSeed> sources = json("sources.json", new TypeReference<>() {
        });
        Map<String, byte[]> documents = new LinkedHashMap<>();
        for (SourceSeed source : sources) {
            // A document is named by its source id; an id that is not a slug names no file.
            boolean slug = source.id() != null && source.id().matches("[a-z0-9]+(-[a-z0-9]+)*");
            byte[] bytes = slug ? bytes(source.id() + ".txt") : null;
            if (bytes != null) {
                documents.put(source.id(), bytes);
            }
        }
        SeedSet seeds = new SeedSet(release.release(), sources, json("themes.json", new TypeReference<>() {
        }), json("countries.json", new TypeReference<>() {
        }), json("sectors.json", new TypeReference<>() {
        }), json("units.json", new TypeReference<>() {
        }), json("speakers.json", new TypeReference<>() {
        }), json("projects.json", new TypeReference<>() {
        }), json("metrics.json", new TypeReference<>() {
        }), json("statements.json", new TypeReference<>() {
        }), documents, HexFormat.of().formatHex(digest.digest()));
        if (!seeds.checksum().equals(release.checksum())) {
            throw new SeedValidationException(List.of("seeds/data/release.json: the curated data has checksum "
                    + seeds.checksum() + " but release.json records " + release.checksum()
                    + "; every change to the data needs a new release: raise release and record the new checksum"));
        }
        return seeds;
    }

    private <T> List<T> json(String file, TypeReference<List<T>> type) {
        return json(file, mapper.getTypeFactory().constructType(type));
    }

    private <T> T json(String file, Class<T> type) {
        return json(file, mapper.getTypeFactory().constructType(type));
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

    /** The bytes of a file under the seeds folder, or null when it does not exist. */
    private byte[] bytes(String relative) {
        try {
            byte[] bytes;
            if (location.startsWith(CLASSPATH)) {
                String name = location.substring(CLASSPATH.length()) + "/" + relative;
                try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
                    bytes = in == null ? null : in.readAllBytes();
                }
            } else {
                Path path = Path.of(location).resolve(relative);
                bytes = Files.isRegularFile(path) ? Files.readAllBytes(path) : null;
            }
            if (bytes != null) {
                digest.update(relative.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update(bytes);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read seeds/" + relative, e);
        }
    }
}
