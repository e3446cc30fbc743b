package org.bri.data.scale;

import java.io.PrintStream;
import java.lang.annotation.ElementType;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.bri.data.common.Catalog;
import org.bri.data.common.PartialDate;
import org.bri.data.scale.Synthetic.Bundle;
import org.bri.data.seed.SeedRecords.CountrySeed;
import org.bri.data.seed.SeedRecords.EvidenceSeed;
import org.bri.data.seed.SeedRecords.MetricSeed;
import org.bri.data.seed.SeedRecords.MilestoneSeed;
import org.bri.data.seed.SeedRecords.PlaceSeed;
import org.bri.data.seed.SeedRecords.ProjectSeed;
import org.bri.data.seed.SeedRecords.SectorSeed;
import org.bri.data.seed.SeedRecords.SpeakerSeed;
import org.bri.data.seed.SeedRecords.StatementSeed;
import org.bri.data.seed.SeedRecords.ThemeSeed;
import org.bri.data.seed.SeedRecords.UnitSeed;
import org.bri.data.seed.SeedValidator;
import org.bri.data.seed.SeedValidator.MetricCheck;
import org.bri.data.seed.SeedVocabulary;
import org.bri.data.seed.SeedWriter;
import org.bri.data.source.Anchor;
import org.flywaydb.core.Flyway;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Fills an empty database with synthetic data for scale tests (100,000 projects, 1,000,000 metrics and 300,000
 * statements by default), every record checked by the loader's own rules, and marks it as a synthetic release that
 * the service serves as it is: {@code ScaleGenerator <jdbc-url> [projects] [metrics] [statements]}, with the user and
 * password in BRI_DB_USER and BRI_DB_PASSWORD.
 */
public final class ScaleGenerator {

    /**
     * The release number of synthetic data: far above any seed release, so that the loader, finding a newer release
     * in the database, serves it unchanged and never loads its seeds over it.
     */
    public static final int RELEASE = 1_000_000;

    private static final String[] EVIDENCE = {"position", "source_id", "exact", "prefix", "suffix", "start_offset",
            "end_offset"};

    /** The tables the generator fills and the columns it writes, in the order their rows reference each other. */
    private static final Map<String, List<String>> COLUMNS = new LinkedHashMap<>();
    static {
        columns("theme", "id", "label", "description");
        columns("country", "code", "alpha3", "name", "region", "subregion");
        columns("sector", "id", "label", "crs_code");
        columns("metric_unit", "id", "label", "kind");
        columns("source", "id", "title", "publisher", "kind", "published_on", "date_note", "language", "characters",
                "sha256", "content", "body_start", "version", "updated_at");
        columns("speaker", "id", "name", "role", "organization", "kind", "version", "updated_at");
        columns("project", "id", "name", "type", "sector_id", "scale", "status", "summary", "search_text", "version",
                "updated_at");
        columns("project_alias", "project_id", "position", "alias");
        columns("project_milestone", "project_id", "position", "date_text", "event");
        columns("project_country", "project_id", "position", "country_code", "role");
        columns("project_theme", "project_id", "position", "theme_id");
        columns("project_evidence", "project_id", EVIDENCE);
        columns("metric", "id", "name", "indicator", "metric_value", "value_max", "unit_id", "approximation",
                "value_text", "period_from", "period_to", "as_of", "date_start", "date_end", "kind", "project_id",
                "search_text", "version", "updated_at");
        columns("metric_country", "metric_id", "position", "country_code");
        columns("metric_theme", "metric_id", "position", "theme_id");
        columns("metric_evidence", "metric_id", EVIDENCE);
        columns("statement", "id", "text", "type", "speaker_id", "date_text", "date_start", "date_end", "search_text",
                "note", "version", "updated_at");
        columns("statement_project", "statement_id", "position", "project_id");
        columns("statement_country", "statement_id", "position", "country_code");
        columns("statement_theme", "statement_id", "position", "theme_id");
        columns("statement_evidence", "statement_id", EVIDENCE);
    }

    /** Projects a worker makes at a time. */
    private static final int CHUNK = 250;

    private final String url;
    private final String user;
    private final String password;
    private final boolean postgres;
    private final PrintStream log;
    private final OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    private long started;
    /** The one connection of every table where there is no COPY. */
    private Connection shared;

    /** What a run wrote. */
    public record Result(int projects, long metrics, long statements, int sources, int speakers, String checksum) {
    }

    public ScaleGenerator(String url, String user, String password, PrintStream log) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.postgres = url.startsWith("jdbc:postgresql:");
        this.log = log;
    }

    public static void main(String... args) throws Exception {
        if (args.length < 1 || args.length > 4) {
            System.err.println("usage: ScaleGenerator <jdbc-url> [projects=100000] [metrics=1000000] "
                    + "[statements=300000]   (BRI_DB_USER, BRI_DB_PASSWORD)");
            System.exit(2);
        }
        String user = System.getenv().getOrDefault("BRI_DB_USER", "postgres");
        String password = System.getenv().getOrDefault("BRI_DB_PASSWORD", "");
        new ScaleGenerator(args[0], user, password, System.out).generate(
                args.length > 1 ? Integer.parseInt(args[1]) : 100_000,
                args.length > 2 ? Long.parseLong(args[2]) : 1_000_000,
                args.length > 3 ? Long.parseLong(args[3]) : 300_000);
    }

    /** Migrates the empty database, writes the synthetic data, then its indexes and constraints, and marks it. */
    public Result generate(int projects, long metrics, long statements) throws Exception {
        started = System.nanoTime();
        long phase = System.nanoTime();
        Flyway.configure().dataSource(url, user, password).locations(postgres
                ? new String[]{"classpath:db/migration", "classpath:db/migration-postgresql"}
                : new String[]{"classpath:db/migration"}).load().migrate();
        try (Connection c = connect();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select (select count(*) from project) + (select count(*) from source),"
                        + " (select release from data_load where id = 1)")) {
            r.next();
            if (r.getLong(1) > 0 || r.getObject(2) != null) {
                throw new IllegalStateException("The database already holds data (data_load.release "
                        + r.getObject(2) + "); the generator fills only an empty, freshly created database");
            }
        }
        phase = done("schema (Flyway migrations)", phase);

        ValidatorFactory factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                // Seed records are plain records, not entities: asking JPA whether each field is loaded costs a third
                // of the validation and can only answer yes.
                .traversableResolver(new TraverseAll()).buildValidatorFactory();
        Validator validator = factory.getValidator();
        SeedVocabulary vocabulary = SeedVocabulary.read("classpath:seeds", validator);
        phase = done("vocabularies (seeds read and validated as the loader does)", phase);

        Map<String, String> indexes = new LinkedHashMap<>();
        Map<String, String[]> foreignKeys = new LinkedHashMap<>();
        if (postgres) {
            dropIndexesAndKeys(indexes, foreignKeys);
            phase = done("dropped " + indexes.size() + " indexes and " + foreignKeys.size()
                    + " foreign keys for the bulk load", phase);
        }

        Result result = write(projects, metrics, statements, vocabulary, validator);
        factory.close();
        phase = done(String.format(Locale.ROOT,
                "generated, validated and copied %,d sources, %,d projects, %,d metrics,"
                        + " %,d statements, %,d speakers",
                result.sources(), result.projects(), result.metrics(),
                result.statements(), result.speakers()), phase);

        if (postgres) {
            parallel(indexes.values().stream().map(sql -> "set maintenance_work_mem = '256MB'; " + sql).toList());
            phase = done("recreated " + indexes.size() + " indexes", phase);
            List<String> validate = new ArrayList<>();
            try (Connection c = connect(); Statement s = c.createStatement()) {
                for (Map.Entry<String, String[]> key : foreignKeys.entrySet()) {
                    String[] tableAndDefinition = key.getValue();
                    s.execute("alter table " + tableAndDefinition[0] + " add constraint " + key.getKey() + " "
                            + tableAndDefinition[1] + " not valid");
                    validate.add("alter table " + tableAndDefinition[0] + " validate constraint " + key.getKey());
                }
            }
            // Checked by the database, not only by the generator: every reference resolves.
            parallel(validate);
            phase = done("re-added and validated " + foreignKeys.size() + " foreign keys", phase);
        }
        try (Connection c = connect();
                PreparedStatement mark = c.prepareStatement(
                        "update data_load set release = ?, checksum = ?, loaded_at = ? where id = 1")) {
            mark.setInt(1, RELEASE);
            mark.setString(2, result.checksum());
            mark.setObject(3, now.toLocalDateTime());
            mark.executeUpdate();
            if (postgres) {
                try (Statement s = c.createStatement()) {
                    s.execute("analyze");
                }
            }
        }
        done("marked data_load as synthetic release " + RELEASE + (postgres ? " and analyzed" : ""), phase);
        log.printf(Locale.ROOT, "total %.1f s%n", (System.nanoTime() - started) / 1e9);
        return result;
    }

    private Result write(int projects, long metrics, long statements, SeedVocabulary vocabulary, Validator validator)
            throws Exception {
        Synthetic synthetic = new Synthetic(projects, metrics, statements, vocabulary);
        Map<Catalog, Set<String>> ids = new EnumMap<>(Catalog.class);
        ids.put(Catalog.THEME, ids(vocabulary.themes().stream().map(ThemeSeed::id)));
        ids.put(Catalog.COUNTRY, ids(vocabulary.countries().stream().map(CountrySeed::code)));
        ids.put(Catalog.SECTOR, ids(vocabulary.sectors().stream().map(SectorSeed::id)));
        ids.put(Catalog.UNIT, ids(vocabulary.units().stream().map(UnitSeed::id)));
        ids.put(Catalog.SPEAKER, ids(synthetic.speakers().stream().map(SpeakerSeed::id)));
        // Every project of the run, as the loader checks references against every project of a seed set.
        ids.put(Catalog.PROJECT, ids(IntStream.range(0, projects).mapToObj(Synthetic::projectId)));
        Map<String, SpeakerSeed> speakers = synthetic.speakers().stream()
                .collect(Collectors.toMap(SpeakerSeed::id, Function.identity()));

        Map<String, RowSink> sinks = new LinkedHashMap<>();
        // H2 (the tests) has no COPY: one connection, one transaction, committed once every row is in.
        shared = postgres ? null : connect();
        if (shared != null) {
            shared.setAutoCommit(false);
        }
        ExecutorService workers = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            COLUMNS.forEach((table, columns) -> sinks.put(table, sink(table, columns)));
            Rows vocabularyRows = new Rows();
            vocabulary.themes().forEach(t -> vocabularyRows.add("theme", t.id(), t.label(), t.description()));
            vocabulary.countries().forEach(c -> vocabularyRows.add("country", c.code(), c.alpha3(), c.name(),
                    c.region(), c.subregion()));
            vocabulary.sectors().forEach(s -> vocabularyRows.add("sector", s.id(), s.label(), s.crsCode()));
            vocabulary.units().forEach(u -> vocabularyRows.add("metric_unit", u.id(), u.label(), u.kind()));
            for (SpeakerSeed s : synthetic.speakers()) {
                check(s.id(), SeedValidator.speaker(s, validator, new Lookup(ids, null, null)));
                vocabularyRows.add("speaker", s.id(), s.name(), s.role(), s.organization(), s.kind(), 1, now);
            }
            vocabularyRows.writeTo(sinks);

            // Projects are made and checked by every core in runs of CHUNK, and written in order by this thread.
            Deque<Future<Rows>> pending = new ArrayDeque<>();
            for (int from = 0; from < projects || !pending.isEmpty();) {
                while (from < projects && pending.size() < 4 * Runtime.getRuntime().availableProcessors()) {
                    int first = from;
                    int last = Math.min(projects, from + CHUNK);
                    pending.add(workers.submit(() -> rows(synthetic, first, last, ids, speakers, validator)));
                    from = last;
                }
                pending.remove().get().writeTo(sinks);
            }
            for (RowSink sink : sinks.values()) {
                sink.close();
            }
            if (shared != null) {
                shared.commit();
            }
        } finally {
            workers.shutdownNow();
            if (shared != null) {
                shared.close();
            }
        }
        String checksum = Synthetic.sha256("synthetic:" + projects + ":" + metrics + ":" + statements + ":"
                + vocabulary.release());
        // Labelled in the version itself: health and ETags show that the data is synthetic.
        return new Result(projects, sinks.get("metric").rows, sinks.get("statement").rows,
                (int) sinks.get("source").rows, synthetic.speakers().size(), "synthetic-" + checksum.substring(0, 54));
    }

    /** The rows of projects {@code from} (inclusive) to {@code to}, each record checked by the loader's rules. */
    private Rows rows(Synthetic synthetic, int from, int to, Map<Catalog, Set<String>> ids,
            Map<String, SpeakerSeed> speakers, Validator validator) {
        Rows rows = new Rows();
        for (int k = from; k < to; k++) {
            Bundle b = synthetic.bundle(k);
            String text = b.source().text();
            Lookup lookup = new Lookup(ids, b.source().id(), text);
            rows.add("source", b.source().id(), b.source().title(), b.source().publisher(), b.source().kind(),
                    b.source().publishedOn(), "A synthetic document, generated for scale tests.", "en",
                    text.codePointCount(0, text.length()), b.source().sha256(), text, 0, 1, now);

            ProjectSeed p = b.project();
            MetricCheck pc = check(p.id(), SeedValidator.project(p, validator, lookup));
            rows.add("project", p.id(), p.name(), p.type(), p.sector(), p.scale(), p.status(), p.summary(),
                    SeedWriter.searchText(p), 1, now);
            for (int i = 0; i < p.aliases().size(); i++) {
                rows.add("project_alias", p.id(), i, p.aliases().get(i));
            }
            for (int i = 0; i < p.milestones().size(); i++) {
                MilestoneSeed m = p.milestones().get(i);
                rows.add("project_milestone", p.id(), i, m.date(), m.event());
            }
            for (int i = 0; i < p.countries().size(); i++) {
                PlaceSeed place = p.countries().get(i);
                rows.add("project_country", p.id(), i, place.code(), place.role());
            }
            rows.list("project_theme", p.id(), p.themes());
            rows.evidence("project_evidence", p.id(), p.evidence(), pc);

            for (MetricSeed m : b.metrics()) {
                MetricCheck mc = check(m.id(), SeedValidator.metric(m, validator, lookup));
                rows.add("metric", m.id(), m.name(), m.indicator(), m.value(), m.valueMax(), m.unit(),
                        m.approximation(), m.valueText(), m.period() == null ? null : m.period().from(),
                        m.period() == null ? null : m.period().to(), m.asOf(), SeedWriter.dateStart(m),
                        SeedWriter.dateEnd(m), m.kind(), m.project(), SeedWriter.searchText(m), 1, now);
                rows.list("metric_country", m.id(), m.countries());
                rows.list("metric_theme", m.id(), m.themes());
                rows.evidence("metric_evidence", m.id(), m.evidence(), mc);
            }
            for (StatementSeed s : b.statements()) {
                MetricCheck sc = check(s.id(), SeedValidator.statement(s, validator, lookup));
                SpeakerSeed who = speakers.get(s.speaker());
                PartialDate date = PartialDate.parseNullable(s.date());
                rows.add("statement", s.id(), s.textOrQuote(), s.type(), s.speaker(), s.date(),
                        date == null ? null : date.first(), date == null ? null : date.last(),
                        SeedWriter.statementSearchText(s.textOrQuote(), who.name(), who.role(), who.organization(),
                                s.evidence().stream().map(EvidenceSeed::exact)),
                        s.note(), 1, now);
                rows.list("statement_project", s.id(), s.projects());
                rows.list("statement_country", s.id(), s.countries());
                rows.list("statement_theme", s.id(), s.themes());
                rows.evidence("statement_evidence", s.id(), s.evidence(), sc);
            }
        }
        return rows;
    }

    private static Set<String> ids(Stream<String> ids) {
        return ids.collect(Collectors.toUnmodifiableSet());
    }

    /** What the rules look up: the ids of the run's records and the text of the one source its records quote. */
    private record Lookup(Map<Catalog, Set<String>> ids, String sourceId, String sourceText)
            implements
                SeedValidator.Lookup {

        @Override
        public boolean has(Catalog catalog, String id) {
            return catalog == Catalog.SOURCE ? id.equals(sourceId) : ids.getOrDefault(catalog, Set.of()).contains(id);
        }

        @Override
        public String text(String id) {
            return id.equals(sourceId) ? sourceText : null;
        }
    }

    /** Rows made by a worker, by table, until the writer copies them in the order of the tables. */
    private static final class Rows {

        private final Map<String, List<Object[]>> tables = new HashMap<>();

        void add(String table, Object... values) {
            tables.computeIfAbsent(table, t -> new ArrayList<>()).add(values);
        }

        void list(String table, String owner, List<String> values) {
            for (int i = 0; i < values.size(); i++) {
                add(table, owner, i, values.get(i));
            }
        }

        /** Quotes anchored as the loader anchors them: offsets and context from the validator, never made up. */
        void evidence(String table, String owner, List<EvidenceSeed> evidence, MetricCheck check) {
            for (int i = 0; i < evidence.size(); i++) {
                EvidenceSeed e = evidence.get(i);
                Anchor anchor = check.anchors().get(e);
                add(table, owner, i, e.sourceId(), e.exact(), anchor.prefix(), anchor.suffix(), anchor.start(),
                        anchor.end());
            }
        }

        /** Referenced tables first, so that inserts (H2) never meet a reference to a row not yet written. */
        void writeTo(Map<String, RowSink> sinks) {
            for (Map.Entry<String, RowSink> sink : sinks.entrySet()) {
                for (Object[] row : tables.getOrDefault(sink.getKey(), List.of())) {
                    sink.getValue().row(row);
                }
            }
        }
    }

    private RowSink sink(String table, List<String> columns) {
        try {
            String[] names = columns.toArray(String[]::new);
            return shared == null
                    ? RowSink.copy(url, user, password, table, names)
                    : RowSink.insert(shared, table, names);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot write to " + table + ": " + e.getMessage(), e);
        }
    }

    private static void columns(String table, String first, String... rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(rest));
        COLUMNS.put(table, List.copyOf(all));
    }

    /** A record the loader would refuse stops the run: synthetic data is held to the same rules as curated data. */
    private static MetricCheck check(String id, MetricCheck check) {
        if (!check.violations().isEmpty()) {
            throw new IllegalStateException("Synthetic record '" + id + "' breaks the loader's rules: "
                    + check.violations());
        }
        return check;
    }

    /**
     * Drops the secondary indexes and foreign keys of the tables to fill, keeping their definitions: built once over
     * the whole data they cost a fraction of what keeping them up to date row by row does.
     */
    private void dropIndexesAndKeys(Map<String, String> indexes, Map<String, String[]> foreignKeys)
            throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("select conname, conrelid::regclass::text, pg_get_constraintdef(oid) "
                    + "from pg_constraint where contype = 'f' and connamespace = (select oid from pg_namespace where nspname = current_schema()) "
                    + "order by conname")) {
                while (r.next()) {
                    foreignKeys.put(r.getString(1), new String[]{r.getString(2), r.getString(3)});
                }
            }
            String tables = "'{" + String.join(",", COLUMNS.keySet()) + "}'::text[]";
            try (ResultSet r = s.executeQuery("select indexname, indexdef from pg_indexes where schemaname = "
                    + "current_schema() and tablename = any (" + tables + ") and indexname not in (select conname "
                    + "from pg_constraint) order by indexname")) {
                while (r.next()) {
                    indexes.put(r.getString(1), r.getString(2));
                }
            }
            for (Map.Entry<String, String[]> key : foreignKeys.entrySet()) {
                s.execute("alter table " + key.getValue()[0] + " drop constraint " + key.getKey());
            }
            for (String index : indexes.keySet()) {
                s.execute("drop index " + index);
            }
        }
    }

    /** Runs statements on two connections at once, one per core of the machine this was measured on. */
    private void parallel(List<String> statements) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (String sql : statements) {
                done.add(pool.submit(() -> {
                    try (Connection c = connect(); Statement s = c.createStatement()) {
                        s.execute(sql);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    /** Validates every property: the records validated here are never JPA entities with lazy fields. */
    private static final class TraverseAll implements TraversableResolver {

        @Override
        public boolean isReachable(Object bean, Path.Node property, Class<?> root, Path path, ElementType type) {
            return true;
        }

        @Override
        public boolean isCascadable(Object bean, Path.Node property, Class<?> root, Path path, ElementType type) {
            return true;
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    private long done(String what, long since) {
        long now = System.nanoTime();
        log.printf(Locale.ROOT, "%7.1f s  %s (%.1f s)%n", (now - started) / 1e9, what, (now - since) / 1e9);
        return now;
    }
}
