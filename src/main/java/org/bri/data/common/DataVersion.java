package org.bri.data.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;

/**
 * The version of the data the API serves: the checksum of the release recorded in the database
 * (a seed set loaded, or a release an editor published).
 * It is read from the database, not remembered per replica, because another replica may load a
 * different seed set; the value is cached for a few seconds to keep it off the request path.
 */
@ApplicationScoped
public class DataVersion {

    private static final long TTL_NANOS = Duration.ofSeconds(5).toNanos();

    private final DataSource dataSource;
    private volatile String checksum = "";
    private volatile long readAt;

    DataVersion(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The checksum of the loaded data, or an empty string when nothing is loaded yet. */
    public String checksum() {
        if (System.nanoTime() - readAt > TTL_NANOS) {
            refresh();
        }
        return checksum;
    }

    /** Reads the version again now, after a load or when the cached value has expired. */
    public void refresh() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection
                        .prepareStatement("select checksum, changes from data_load where id = 1");
                ResultSet row = query.executeQuery()) {
            String value = row.next() ? row.getString(1) : null;
            // Every write moves the version too, so no cached answer or ETag outlives a change.
            checksum = value == null ? "" : row.getLong(2) == 0 ? value : value + "+" + row.getLong(2);
            readAt = System.nanoTime();
        } catch (SQLException e) {
            // Keep the last known version; the request itself will report the database as unavailable.
            readAt = System.nanoTime();
        }
    }
}
