package org.bri.data.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.StartupEvent;

import javax.sql.DataSource;

/**
 * The version of the data the API serves: the checksum of the release recorded in the database (a seed set loaded, or
 * a release an editor published) and the number of curated changes. Replicas share one database, so each reads it
 * there rather than remembering its own: after every write it makes and, for the writes of other replicas, on a
 * background thread every {@code bri.cache.version-check}, so that reading it never blocks a request.
 */
@ApplicationScoped
public class DataVersion {

    private final DataSource dataSource;
    private final ApiConfig config;
    private volatile String checksum = "";
    /** Moves on every change of the version read, even back to an earlier value, so it never names two states. */
    private volatile long generation;
    private ScheduledExecutorService checker;

    DataVersion(DataSource dataSource, ApiConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        checker = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "data-version-check");
            thread.setDaemon(true);
            return thread;
        });
        long every = config.cache().versionCheck().toMillis();
        checker.scheduleWithFixedDelay(this::refresh, every, every, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (checker != null) {
            checker.shutdownNow();
        }
    }

    /** The version of the loaded data, or an empty string when nothing is loaded yet; never blocks. */
    public String checksum() {
        return checksum;
    }

    /**
     * A number of this process that changes whenever {@link #checksum()} does: a key for what was computed from the
     * data, since a checksum could come back (a restored database) where this never does.
     */
    public long generation() {
        return generation;
    }

    /**
     * Reads the version again now: after a load, and after a write commits and before it is acknowledged, so that no
     * reader of this replica is answered from an older version once the writer has its answer. Reads are serialized,
     * so that a background read begun before the commit cannot publish its older value after this one.
     */
    public synchronized void refresh() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection
                        .prepareStatement("select checksum, changes from data_load where id = 1");
                ResultSet row = query.executeQuery()) {
            String value = row.next() ? row.getString(1) : null;
            // Every write moves the version too, so no cached answer or ETag outlives a change.
            String read = value == null ? "" : row.getLong(2) == 0 ? value : value + "+" + row.getLong(2);
            if (!read.equals(checksum)) {
                checksum = read;
                generation++;
            }
        } catch (SQLException | RuntimeException e) {
            // Keep the last known version; a request that needs the database will report it unavailable.
        }
    }
}
