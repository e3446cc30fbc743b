package org.bri.data.common;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.hibernate.exception.JDBCConnectionException;

/** Recognizes failures that mean the database cannot be reached, which clients may retry. */
final class DatabaseUnavailable {

    static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseUnavailable() {
    }

    /** Whether a failure, or anything that caused it, is a lost or refused database connection. */
    static boolean causes(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JDBCConnectionException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            // SQL state class 08 is "connection exception"; Agroal reports a pool that cannot connect this way too.
            if (t instanceof SQLException sql && ((sql.getSQLState() != null && sql.getSQLState().startsWith("08"))
                    || String.valueOf(sql.getMessage()).contains("Acquisition timeout"))) {
                return true;
            }
        }
        return false;
    }
}
