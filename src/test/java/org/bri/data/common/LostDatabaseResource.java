package org.bri.data.common;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.TimeoutException;

import jakarta.persistence.PersistenceException;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.exception.SQLGrammarException;

/**
 * Test-only endpoints that fail as a query does when the database is gone, so that the 503 is
 * tested without stopping a database server. Every message holds internals that must not leak.
 */
@Path("/test-only/lost-database")
public class LostDatabaseResource {

    /** Host, port and SQL that a client must never see. */
    static final String SECRET = "secret-db.internal:5432 select p1_0.id from project";

    @GET
    @Path("/{failure}")
    public String fail(@PathParam("failure") String failure) throws Exception {
        throw switch (failure) {
            // Hibernate's translation of an I/O error on an open PostgreSQL connection.
            case "connection-failure" -> new JDBCConnectionException("could not execute query [" + SECRET + "]",
                    new SQLException("An I/O error occurred while sending to the backend: " + SECRET, "08006"));
            // What a driver or pool throws directly when it cannot get a connection.
            case "transient-connection" -> new SQLTransientConnectionException("Connection is not available: "
                    + SECRET);
            case "connection-refused" -> new SQLException("Connection to " + SECRET + " refused.", "08001");
            case "connection-closed" -> new SQLNonTransientConnectionException("Database is already closed: "
                    + SECRET, "90098");
            // Agroal's pool, unable to open a new connection in time, reports it without an SQL state
            // but with the timeout as the cause.
            case "pool-timeout" -> new GenericJDBCException("Unable to acquire JDBC Connection [" + SECRET + "]",
                    new SQLException("Acquisition timeout while waiting for new connection", new TimeoutException()));
            // PostgreSQL stopped during a query (fast or immediate shutdown), crashed, or starting up.
            case "admin-shutdown" -> new GenericJDBCException("could not execute query [" + SECRET + "]",
                    new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
            case "crash-shutdown" -> new GenericJDBCException("could not execute query [" + SECRET + "]",
                    new SQLException("FATAL: terminating connection due to crash of another server process",
                            "57P02"));
            case "cannot-connect-now" -> new GenericJDBCException("Unable to acquire JDBC Connection [" + SECRET + "]",
                    new SQLException("FATAL: the database system is starting up", "57P03"));
            // A filter's ids looked up while validating the request, when the database is gone.
            case "validator-failure" -> new ValidationException("HV000028: Unexpected exception during isValid call.",
                    new JDBCConnectionException("could not execute query [" + SECRET + "]",
                            new SQLException("Connection refused: " + SECRET, "08001")));
            case "wrapped-connection-failure" -> new PersistenceException("query failed: " + SECRET,
                    new RuntimeException(new SQLException("Connection reset: " + SECRET, "08006")));
            // Not a lost database: a broken query is the server's fault, a 500 that retrying will not cure.
            case "bad-sql" -> new SQLGrammarException("could not prepare statement [" + SECRET + "]",
                    new SQLSyntaxErrorException("Syntax error in SQL statement " + SECRET, "42000"));
            case "constraint" -> new SQLException("Unique index or primary key violation: " + SECRET, "23505");
            default -> new IllegalArgumentException("unknown failure " + failure);
        };
    }
}
