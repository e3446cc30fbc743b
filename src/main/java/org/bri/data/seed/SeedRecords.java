package org.bri.data.seed;

import java.math.BigDecimal;
import java.util.List;

/** The shapes of the curated JSON files in {@code seeds/data}, one record type per file. */
final class SeedRecords {

    private SeedRecords() {
    }

    record ReleaseSeed(Integer release, String note) {
    }

    record SourceSeed(String id, String file, String title, String publisher, String author, String kind,
            String publishedOn, String deliveredOn, String dateNote, String language, String sha256) {
    }

    record ThemeSeed(String id, String label, String description) {
    }

    record CountrySeed(String code, String alpha3, String name, String region, String subregion) {
    }

    record SectorSeed(String id, String label, String crsCode) {
    }

    record UnitSeed(String id, String label, String kind) {
    }

    record SpeakerSeed(String id, String name, String role, String organization, String kind) {
    }

    record EvidenceSeed(String sourceId, String exact, String prefix, String suffix, Integer start, Integer end) {
    }

    record MilestoneSeed(String date, String event) {
    }

    record ProjectSeed(String id, String name, List<String> aliases, String type, String sector, String scale,
            String status, List<String> countries, List<MilestoneSeed> milestones, List<String> themes,
            String summary, List<EvidenceSeed> evidence) {
    }

    record PeriodSeed(String from, String to) {
    }

    record MetricSeed(String id, String name, String indicator, BigDecimal value, BigDecimal valueMax, String unit,
            String approximation, String valueText, PeriodSeed period, String asOf, String kind, String project,
            List<String> countries, List<String> themes, List<EvidenceSeed> evidence) {
    }

    record StatementSeed(String id, String text, String type, String speaker, String date, List<String> projects,
            List<String> countries, List<String> themes, List<EvidenceSeed> evidence) {
    }
}
