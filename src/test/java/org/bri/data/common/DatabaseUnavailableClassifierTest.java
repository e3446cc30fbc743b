package org.bri.data.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import jakarta.persistence.PersistenceException;
import jakarta.validation.ValidationException;

import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;

/** Which failures mean a lost database: by SQL state class and exception type, never by message. */
class DatabaseUnavailableClassifierTest {

    /** A message that says nothing, so that only the state or the type can decide. */
    private static final String MUTE = "failure";

    @ParameterizedTest
    @ValueSource(strings = {"08000", "08001", "08003", "08004", "08006", "08007", "08P01", "57P01", "57P02", "57P03"})
    void shouldRecognizeTheConnectionAndShutdownStates(String state) {
        SQLException failure = new SQLException(MUTE, state);
        assertThat(DatabaseUnavailable.causes(failure)).isTrue();
        // As Hibernate and the resource layer wrap it.
        assertThat(DatabaseUnavailable.causes(new GenericJDBCException(MUTE, failure))).isTrue();
        assertThat(DatabaseUnavailable.causes(new PersistenceException(MUTE, new RuntimeException(failure))))
                .isTrue();
        assertThat(DatabaseUnavailable.causes(new ValidationException(MUTE, failure))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"42000", "42P01", "23505", "22001", "40001", "57014", "57P04", "53300", "XX000", "HY000",
            "0800"})
    void shouldLeaveOtherStatesToThe500(String state) {
        // 57014 is a cancelled statement (a timeout), 57P04 a dropped database, 0800 a state too short to be class 08.
        assertThat(DatabaseUnavailable.causes(new GenericJDBCException(MUTE, new SQLException(MUTE, state))))
                .isFalse();
    }

    static Stream<Arguments> connectionTypes() {
        return Stream.of(Arguments.of(new SQLTransientConnectionException(MUTE)),
                Arguments.of(new SQLNonTransientConnectionException(MUTE, "90098")),
                Arguments.of(new JDBCConnectionException(MUTE, new SQLException(MUTE))),
                Arguments.of(new SQLException(MUTE, new TimeoutException())),
                Arguments.of(new SQLException(MUTE, new RejectedExecutionException())));
    }

    @ParameterizedTest
    @MethodSource("connectionTypes")
    void shouldRecognizeConnectionFailuresByType(Exception failure) {
        assertThat(DatabaseUnavailable.causes(failure)).isTrue();
        assertThat(DatabaseUnavailable.causes(new IllegalStateException(MUTE, failure))).isTrue();
    }

    @Test
    void shouldNeverJudgeByMessageText() {
        assertThat(DatabaseUnavailable.causes(new SQLException("Acquisition timeout while waiting for new connection")))
                .isFalse();
        assertThat(DatabaseUnavailable.causes(new SQLException("Connection refused", "42000"))).isFalse();
        assertThat(DatabaseUnavailable.causes(new IllegalStateException("terminating connection due to "
                + "administrator command"))).isFalse();
        assertThat(DatabaseUnavailable.causes(new SQLException(MUTE, new IllegalStateException()))).isFalse();
    }

    @Test
    void shouldFindAConnectionFailureChainedAsANextException() {
        BatchUpdateException batch = new BatchUpdateException(MUTE, "HY000", new int[0]);
        batch.setNextException(new SQLException(MUTE, "57P01"));
        assertThat(DatabaseUnavailable.causes(new GenericJDBCException(MUTE, batch))).isTrue();
    }

    @Test
    void shouldEndOnACauseChainThatLoops() {
        RuntimeException first = new RuntimeException(MUTE);
        RuntimeException second = new RuntimeException(MUTE, first);
        first.initCause(second);
        assertThat(DatabaseUnavailable.causes(first)).isFalse();
    }

    @Test
    void shouldRecognizeARealPoolThatStaysFull() throws Exception {
        try (AgroalDataSource pool = pool("jdbc:h2:mem:classifier-full", 1);
                Connection held = pool.getConnection()) {
            assertThat(held.isValid(1)).isTrue();
            assertThatThrownBy(pool::getConnection).isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(DatabaseUnavailable.causes(e)).isTrue());
        }
    }

    @Test
    void shouldRecognizeARealPoolThatCannotConnect() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (AgroalDataSource pool = pool("jdbc:postgresql://127.0.0.1:" + closedPort + "/none?connectTimeout=1", 2)) {
            assertThatThrownBy(pool::getConnection).isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(DatabaseUnavailable.causes(e)).isTrue());
        }
    }

    @Test
    void shouldRecognizeARealDriverRefusal() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Properties properties = new Properties();
        properties.setProperty("connectTimeout", "1");
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + closedPort + "/none",
                properties)).isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(DatabaseUnavailable.causes(e)).isTrue());
    }

    private static AgroalDataSource pool(String url, int maxSize) throws SQLException {
        return AgroalDataSource
                .from(new AgroalDataSourceConfigurationSupplier().connectionPoolConfiguration(pool -> pool
                        .maxSize(maxSize).acquisitionTimeout(Duration.ofMillis(300))
                        .connectionFactoryConfiguration(factory -> factory.jdbcUrl(url))));
    }
}
