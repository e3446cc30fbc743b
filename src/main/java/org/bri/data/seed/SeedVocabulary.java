package org.bri.data.seed;

import java.util.List;

import jakarta.validation.Validator;

import org.bri.data.seed.SeedRecords.CountrySeed;
import org.bri.data.seed.SeedRecords.SectorSeed;
import org.bri.data.seed.SeedRecords.SeedSet;
import org.bri.data.seed.SeedRecords.ThemeSeed;
import org.bri.data.seed.SeedRecords.UnitSeed;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The controlled vocabularies of the curated seed data (themes, countries, sectors, units) and its release number,
 * read and validated exactly as the loader reads them, for tools that build other data on the same vocabularies.
 */
public record SeedVocabulary(int release, List<ThemeSeed> themes, List<CountrySeed> countries,
        List<SectorSeed> sectors, List<UnitSeed> units) {

    /** Reads the seeds folder at a location ({@code classpath:seeds} or a directory) and validates all of it. */
    public static SeedVocabulary read(String location, Validator validator) {
        SeedSet seeds = new SeedReader(location, new ObjectMapper()).read();
        // The whole set, not only the vocabularies: data built on seeds the loader would refuse is worth nothing.
        SeedValidator.validate(seeds, validator);
        return new SeedVocabulary(seeds.release(), seeds.themes(), seeds.countries(), seeds.sectors(), seeds.units());
    }
}
