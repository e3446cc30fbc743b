package org.bri.data.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;

import org.bri.data.change.ChangeRepository;
import org.bri.data.common.ApiConfig;
import org.bri.data.common.BusyException;
import org.bri.data.common.GoneException;
import org.bri.data.common.IdOrdered;
import org.bri.data.common.InvalidPathParameterException;
import org.bri.data.common.ResourceNotFoundException;
import org.bri.data.country.CountryRepository;
import org.bri.data.country.CountryResponse;
import org.bri.data.metric.MetricRepository;
import org.bri.data.metric.MetricResponse;
import org.bri.data.project.ProjectRepository;
import org.bri.data.project.ProjectResponse;
import org.bri.data.release.ReleaseRepository;
import org.bri.data.release.ReleaseResponse;
import org.bri.data.source.SourceRepository;
import org.bri.data.source.SourceResponse;
import org.bri.data.statement.SpeakerRepository;
import org.bri.data.statement.SpeakerResponse;
import org.bri.data.statement.StatementRepository;
import org.bri.data.statement.StatementResponse;
import org.bri.data.theme.ThemeRepository;
import org.bri.data.theme.ThemeResponse;
import org.hibernate.Session;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

import io.quarkus.panache.common.Sort;

/**
 * Writes the whole data as one archive: every resource as NDJSON, each record as its single read serves it, in id
 * order; each source's text as its text read serves it; a manifest and a SHA256SUMS file. It all comes from one
 * transaction that only reads and sees one snapshot of the database, so writes committed meanwhile are not in it, and it
 * is streamed a batch of records at a time, so memory does not grow with the data.
 */
@ApplicationScoped
class Snapshots {

    /** The version of the contract the records are served under: openapi.yaml's info.version. */
    static final String API_VERSION = "1.0.0";

    static final String NDJSON = "application/x-ndjson";
    private static final String CURRENT = "current";
    /** A release number as a path gives it, as the release read takes it. */
    private static final String NUMBER = "[1-9][0-9]{0,8}";
    /** Records read at a time: enough to fetch their collections in a few queries, few enough to stay small. */
    private static final int BATCH = 500;
    /** Source texts read at a time: each may be a long document. */
    private static final int TEXTS = 50;
    /** H2's own isolation level in which a transaction reads the data as of its first read (Constants). */
    private static final int H2_SNAPSHOT = 6;

    private static final Logger LOG = Logger.getLogger(Snapshots.class);

    private final TransactionManager transactions;
    private final EntityManager em;
    private final ChangeRepository changes;
    private final ReleaseRepository releases;
    private final CountryRepository countries;
    private final MetricRepository metrics;
    private final ProjectRepository projects;
    private final SourceRepository sources;
    private final SpeakerRepository speakers;
    private final StatementRepository statements;
    private final ThemeRepository themes;
    private final ObjectMapper mapper;
    private final ObjectWriter manifestWriter;
    private final ApiConfig config;
    private final Semaphore places;

    Snapshots(TransactionManager transactions, EntityManager em, ChangeRepository changes,
            ReleaseRepository releases, CountryRepository countries, MetricRepository metrics,
            ProjectRepository projects, SourceRepository sources, SpeakerRepository speakers,
            StatementRepository statements, ThemeRepository themes, ObjectMapper mapper, ApiConfig config) {
        this.transactions = transactions;
        this.em = em;
        this.changes = changes;
        this.releases = releases;
        this.countries = countries;
        this.metrics = metrics;
        this.projects = projects;
        this.sources = sources;
        this.speakers = speakers;
        this.statements = statements;
        this.themes = themes;
        this.mapper = mapper;
        // Indented with line feeds on every platform, so that the manifest's bytes are the same everywhere.
        DefaultPrettyPrinter layout = new DefaultPrettyPrinter()
                .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
                .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
        this.manifestWriter = mapper.writer(layout);
        this.config = config;
        this.places = new Semaphore(config.snapshot().concurrent());
    }

    /**
     * Begins a read of the data as it stands: a transaction at snapshot isolation, whose first read (the
     * release and the last change) fixes what every later read sees. The transaction is suspended, so that the
     * response can be named and tagged before {@link #write} resumes it.
     */
    Cut open() {
        if (!places.tryAcquire()) {
            throw new BusyException("As many snapshot downloads as the service allows are running; retry shortly.");
        }
        try {
            transactions.setTransactionTimeout((int) config.snapshot().timeout().toSeconds());
            transactions.begin();
        } catch (Exception e) {
            places.release();
            throw new IllegalStateException("Cannot begin the snapshot's transaction", e);
        } finally {
            resetTimeout();
        }
        try {
            em.unwrap(Session.class).doWork(Snapshots::snapshotIsolation);
            ChangeRepository.DataState state = changes.state()
                    .orElseThrow(() -> new IllegalStateException("No data is loaded yet"));
            List<ReleaseResponse> all = releases.listAll(Sort.by("number")).stream().map(ReleaseResponse::from)
                    .toList();
            SnapshotManifest.Release release = all.stream().filter(r -> r.number() == state.release())
                    .map(r -> new SnapshotManifest.Release(r.number(), r.checksum(), r.publishedAt(), r.changeSeq()))
                    .findFirst()
                    // Data loaded without its release recorded (generated scale data): the load is the release.
                    .orElseGet(() -> new SnapshotManifest.Release(state.release(), state.checksum(),
                            state.loadedAt().atOffset(ZoneOffset.UTC), 0));
            OffsetDateTime asOf = state.lastChange() > release.changeSeq()
                    ? changes.changedAt(state.lastChange()).orElse(release.publishedAt())
                    : release.publishedAt();
            Transaction suspended = transactions.suspend();
            return new Cut(suspended, release, all, state.lastChange(), asOf.withOffsetSameInstant(ZoneOffset.UTC),
                    this::rollback, places::release);
        } catch (Exception e) {
            rollback();
            places.release();
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("Cannot read the data for a snapshot", e);
        }
    }

    /**
     * Begins a read for the archive a path names: {@code current}, or a release number, which the data must still be
     * exactly (404 for an unknown one, 410 for one it is no longer).
     */
    Cut open(String number) {
        if (!CURRENT.equals(number) && !number.matches(NUMBER)) {
            throw new InvalidPathParameterException("number",
                    "must be 'current' or a release number, a whole number from 1");
        }
        Cut cut = open();
        try {
            if (!CURRENT.equals(number)) {
                requireExactly(cut, Integer.parseInt(number));
            }
            return cut;
        } catch (RuntimeException e) {
            cut.close();
            throw e;
        }
    }

    /** Refuses a release the data is no longer exactly: the service keeps no older data to build it from. */
    private static void requireExactly(Cut cut, int number) {
        if (number != cut.release.number() && cut.releases.stream().noneMatch(r -> r.number() == number)) {
            throw new ResourceNotFoundException("release", "number", String.valueOf(number));
        }
        if (number != cut.release.number() || cut.changeSeq != cut.release.changeSeq()) {
            throw new GoneException("Release " + number + " can no longer be downloaded: the service keeps only the"
                    + " data as it stands, which is release " + cut.release.number() + " with "
                    + (cut.changeSeq - cut.release.changeSeq()) + " change(s) since, up to change " + cut.changeSeq
                    + ". Download /api/v1/releases/current/download; its manifest names the release and change it"
                    + " holds.");
        }
    }

    /** The manifest of an open read's archive, computed by writing the archive to nowhere; ends the read. */
    SnapshotManifest manifest(Cut cut) {
        try {
            return write(cut, OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the archive of an open read and ends the read; returns its manifest. */
    SnapshotManifest write(Cut cut, OutputStream out) throws IOException {
        Transaction read = cut.take();
        if (read == null) {
            throw new IOException("The snapshot's read has ended before it was written");
        }
        try {
            transactions.resume(read);
        } catch (Exception e) {
            cut.ended();
            throw new IOException("Cannot resume the snapshot's read", e);
        }
        try {
            BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
            ChecksummedZip zip = new ChecksummedZip(buffered, cut.asOf.toLocalDateTime());
            writeData(cut, zip);
            SnapshotManifest manifest = writeManifest(cut, zip);
            zip.finish();
            buffered.flush();
            return manifest;
        } finally {
            rollback();
            cut.ended();
        }
    }

    private void writeData(Cut cut, ChecksummedZip zip) throws IOException {
        Map<String, CountryResponse.Counts> counts = countries.counts();
        zip.begin("data/countries.ndjson", NDJSON);
        for (var country : countries.listAll(Sort.by("code"))) {
            zip.record(json(CountryResponse.from(country,
                    counts.getOrDefault(country.code, CountryResponse.Counts.NONE))));
        }
        zip.end();
        ndjson(zip, "data/metrics.ndjson", metrics, m -> m.id, MetricResponse::from);
        ndjson(zip, "data/projects.ndjson", projects, p -> p.id, ProjectResponse::from);
        zip.begin("data/releases.ndjson", NDJSON);
        for (ReleaseResponse release : cut.releases) {
            zip.record(json(release));
        }
        zip.end();
        ndjson(zip, "data/sources.ndjson", sources, s -> s.id, SourceResponse::from);
        ndjson(zip, "data/speakers.ndjson", speakers, s -> s.id, SpeakerResponse::from);
        ndjson(zip, "data/statements.ndjson", statements, s -> s.id, StatementResponse::from);
        ndjson(zip, "data/themes.ndjson", themes, t -> t.id, ThemeResponse::from);
        String after = null;
        List<SourceRepository.Text> batch;
        do {
            batch = sources.textsAfter(after, TEXTS);
            for (SourceRepository.Text text : batch) {
                zip.begin("sources/" + text.id() + ".txt", "text/plain; charset=UTF-8");
                zip.whole(text.content().getBytes(StandardCharsets.UTF_8));
                zip.end();
                after = text.id();
            }
        } while (batch.size() == TEXTS);
    }

    /** One resource as NDJSON, read a batch at a time in id order; each batch leaves the session once written. */
    private <E> void ndjson(ChecksummedZip zip, String path, IdOrdered<E> repository, Function<E, String> id,
            Function<E, ?> served) throws IOException {
        zip.begin(path, NDJSON);
        String after = null;
        List<E> batch;
        do {
            batch = repository.after(after, BATCH);
            for (E record : batch) {
                zip.record(json(served.apply(record)));
                after = id.apply(record);
            }
            em.clear();
        } while (batch.size() == BATCH);
        zip.end();
    }

    /** The manifest, listing every file before it, and SHA256SUMS, listing those and the manifest. */
    private SnapshotManifest writeManifest(Cut cut, ChecksummedZip zip) throws IOException {
        List<SnapshotManifest.File> data = zip.files();
        SnapshotManifest manifest = new SnapshotManifest(SnapshotManifest.FORMAT, API_VERSION,
                cut.release, cut.changeSeq, cut.changeSeq - cut.release.changeSeq(), cut.asOf, data);
        zip.begin("manifest.json", "application/json");
        zip.whole((manifestWriter.writeValueAsString(manifest) + "\n").getBytes(StandardCharsets.UTF_8));
        zip.end();
        StringBuilder sums = new StringBuilder();
        // The format sha256sum -c reads: the digest, two spaces (a text file), the path.
        zip.files().forEach(file -> sums.append(file.sha256()).append("  ").append(file.path()).append('\n'));
        zip.begin("SHA256SUMS", "text/plain; charset=UTF-8");
        zip.whole(sums.toString().getBytes(StandardCharsets.UTF_8));
        zip.end();
        return manifest;
    }

    private byte[] json(Object record) {
        try {
            return mapper.writeValueAsBytes(record);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Makes the connection's transaction see one snapshot of the database, taken at its first read: REPEATABLE READ is
     * that on PostgreSQL; H2 names it SNAPSHOT. The pool puts the level back when the connection returns to it. (The
     * pool refuses to make a connection read-only within a transaction; this one only reads and is rolled back.)
     */
    private static void snapshotIsolation(Connection connection) throws java.sql.SQLException {
        boolean h2 = "H2".equals(connection.getMetaData().getDatabaseProductName());
        connection.setTransactionIsolation(h2 ? H2_SNAPSHOT : Connection.TRANSACTION_REPEATABLE_READ);
    }

    /**
     * Rolls back a suspended transaction of a read no writer took, on this thread: the pool lets a connection's
     * transaction end only on a thread the transaction is associated with.
     */
    private void rollback(Transaction suspended) {
        try {
            transactions.resume(suspended);
        } catch (Exception e) {
            // Timed out and rolled back already.
            LOG.debugf("A snapshot's read had ended already: %s", e.getMessage());
            return;
        }
        rollback();
    }

    private void rollback() {
        try {
            if (transactions.getTransaction() != null) {
                transactions.rollback();
            }
        } catch (Exception e) {
            // Nothing was written; a transaction the timeout rolled back is ended already.
        }
    }

    private void resetTimeout() {
        try {
            // Back to the default for later transactions of this thread.
            transactions.setTransactionTimeout(0);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
