package org.bri.data.seed;

import java.util.List;
import java.util.Map;

import org.bri.data.seed.SeedRecords.CountrySeed;
import org.bri.data.seed.SeedRecords.MetricSeed;
import org.bri.data.seed.SeedRecords.ProjectSeed;
import org.bri.data.seed.SeedRecords.SectorSeed;
import org.bri.data.seed.SeedRecords.SourceSeed;
import org.bri.data.seed.SeedRecords.SpeakerSeed;
import org.bri.data.seed.SeedRecords.StatementSeed;
import org.bri.data.seed.SeedRecords.ThemeSeed;
import org.bri.data.seed.SeedRecords.UnitSeed;

/**
 * Everything read from the seeds folder: the release number of the curated data, the records, the text of each source keyed by
 * source id (absent when its file is missing) and a checksum of all the bytes read.
 */
record SeedSet(int release, List<SourceSeed> sources, List<ThemeSeed> themes, List<CountrySeed> countries,
        List<SectorSeed> sectors, List<UnitSeed> units, List<SpeakerSeed> speakers, List<ProjectSeed> projects,
        List<MetricSeed> metrics, List<StatementSeed> statements, Map<String, byte[]> documents, String checksum) {
}
