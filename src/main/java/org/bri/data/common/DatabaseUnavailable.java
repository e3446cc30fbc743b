package org.bri.data.common;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;

import org.hibernate.exception.JDBCConnectionException;

/**
 * Recognizes failures that mean the database cannot be reached, which clients may retry, by the
 * type of each exception in the cause chain and its SQL state; never by message text, which
 * drivers word as they like and translate.
 */
final class DatabaseUnavailable {

    static final int RETRY_AFTER_SECONDS = 5;

    /** SQL state class 08, "connection exception", in every driver. */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";

    /**
     * PostgreSQL's "operator intervention" states of a server going away: admin_shutdown (the
     * server was stopped during the query), crash_shutdown and cannot_connect_now (starting up or
     * shutting down).
     */
    private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");

    /** The class through which Agroal hands out connections; it reports a pool that cannot supply one without a state. */
    private static final String POOL = "io.agroal.pool.ConnectionPool";

    private DatabaseUnavailable() {
    }

    /** Whether a failure, or anything that caused it, is a lost or refused database connection. */
    static boolean causes(Throwable failure) {
        // A set of the visited, because a cause chain may loop back further up than its own link.
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<Throwable, Boolean>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (unavailable(t)) {
                return true;
            }
            if (t instanceof SQLException sql) {
                // Drivers chain further failures of one call (a batch, a lost connection) beside the cause.
                for (SQLException next = sql.getNextException(); next != null
                        && seen.add(next); next = next.getNextException()) {
                    if (unavailable(next)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean unavailable(Throwable t) {
        if (t instanceof JDBCConnectionException || t instanceof SQLTransientConnectionException
                || t instanceof SQLNonTransientConnectionException) {
            return true;
        }
        if (!(t instanceof SQLException sql)) {
            return false;
        }
        String state = sql.getSQLState();
        if (state != null) {
            return (state.length() == 5 && state.startsWith(CONNECTION_EXCEPTION_CLASS))
                    || SERVER_GOING_AWAY.contains(state);
        }
        // Agroal: no connection within the acquisition timeout (a TimeoutException as the cause),
        // a pool shutting down (RejectedExecutionException), or a full pool that stayed full (thrown
        // by the pool itself, with neither state nor cause).
        Throwable cause = sql.getCause();
        return cause instanceof TimeoutException || cause instanceof RejectedExecutionException
                || (cause == null && thrownBy(sql, POOL));
    }

    private static boolean thrownBy(Throwable t, String className) {
        StackTraceElement[] trace = t.getStackTrace();
        return trace.length > 0 && trace[0].getClassName().equals(className);
    }
}
