package org.bri.data.seed;

import java.math.BigDecimal;
import java.util.List;

/** The shapes of the curated JSON files in {@code seeds/data}, one record type per file. */
final class SeedRecords {

    private SeedRecords() {
    }

    record ReleaseSeed(Integer release, String checksum, String note) {
    }

    record SourceSeed(String id, String title, String publisher, String author, String kind,
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

    /** A quote as a curator writes it; {@code prefix} is needed only where the quote occurs twice. */
    record EvidenceSeed(String sourceId, String exact, String prefix) {
    }

    record PlaceSeed(String code, String role) {
    }

    record MilestoneSeed(String date, String event) {
    }

    record ProjectSeed(String id, String name, List<String> aliases, String type, String sector, String scale,
            String status, List<PlaceSeed> countries, List<MilestoneSeed> milestones, List<String> themes,
            String summary, List<EvidenceSeed> evidence) {
    }

    record PeriodSeed(String from, String to) {
    }

    record MetricSeed(String id, String name, String indicator, BigDecimal value, BigDecimal valueMax, String unit,
            String approximation, String valueText, PeriodSeed period, String asOf, String kind, String project,
            List<String> countries, List<String> themes, List<EvidenceSeed> evidence) {
    }

    /** A statement; its text, when not given, is its first evidence quote. */
    record StatementSeed(String id, String text, String type, String speaker, String date, String note,
            List<String> projects, List<String> countries, List<String> themes, List<EvidenceSeed> evidence) {

        String textOrQuote() {
            return text != null || evidence == null || evidence.isEmpty() ? text : evidence.get(0).exact();
        }
    }
}
