package org.bri.data.seed;

import org.bri.data.seed.SeedRecords.SeedSet;

/** How many records of each type a set of data holds, as the seed files hold them (deleted records not counted). */
public record DataCounts(int sources, int themes, int countries, int sectors, int units, int speakers, int projects,
        int metrics, int statements) {

    static DataCounts of(SeedSet seeds) {
        return new DataCounts(seeds.sources().size(), seeds.themes().size(), seeds.countries().size(),
                seeds.sectors().size(), seeds.units().size(), seeds.speakers().size(), seeds.projects().size(),
                seeds.metrics().size(), seeds.statements().size());
    }
}
