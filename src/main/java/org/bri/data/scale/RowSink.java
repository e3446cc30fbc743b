package org.bri.data.scale;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.List;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Where the rows of one table go: on PostgreSQL a COPY stream of its own connection (in one transaction that first
 * empties the table, so that the rows are written frozen and need no vacuum), elsewhere plain inserts.
 */
abstract class RowSink implements AutoCloseable {

    final String table;
    final List<String> columns;
    long rows;

    private RowSink(String table, List<String> columns) {
        this.table = table;
        this.columns = columns;
    }

    /** A COPY into the table on a connection of its own, which it closes; the tables load side by side. */
    static RowSink copy(String url, String user, String password, String table, String... columns)
            throws SQLException {
        return new Copy(DriverManager.getConnection(url, user, password), table, List.of(columns));
    }

    /**
     * Inserts into the table on a connection shared by every table, in the order rows are written, so that a row is
     * there before the rows that reference it; the caller commits.
     */
    static RowSink insert(Connection shared, String table, String... columns) throws SQLException {
        return new Inserts(shared, table, List.of(columns));
    }

    /** Writes one row, its values in the order of the columns. */
    final void row(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(table + ": " + values.length + " values for " + columns.size()
                    + " columns");
        }
        rows++;
        write(values);
    }

    abstract void write(Object[] values);

    /** Ends the table's load: the rows are committed. */
    @Override
    public abstract void close() throws SQLException;

    /** COPY in PostgreSQL's text format, after a TRUNCATE in the same transaction so that FREEZE applies. */
    private static final class Copy extends RowSink {

        private final Connection connection;
        private final OutputStream out;
        private final StringBuilder line = new StringBuilder(512);

        Copy(Connection connection, String table, List<String> columns) throws SQLException {
            super(table, columns);
            this.connection = connection;
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("truncate table " + table);
            }
            out = new PGCopyOutputStream(connection.unwrap(PGConnection.class), "copy " + table + " ("
                    + String.join(", ", columns) + ") from stdin with (freeze)", 1 << 16);
        }

        @Override
        void write(Object[] values) {
            line.setLength(0);
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    line.append('\t');
                }
                Object value = values[i];
                if (value == null) {
                    line.append("\\N");
                } else if (value instanceof BigDecimal decimal) {
                    line.append(decimal.toPlainString());
                } else {
                    escape(value.toString());
                }
            }
            line.append('\n');
            try {
                out.write(line.toString().getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("COPY into " + table + " failed", e);
            }
        }

        /** The text format's escapes: backslash, and the characters that end a column or a row. */
        private void escape(String text) {
            int plain = 0;
            while (plain < text.length() && text.charAt(plain) != '\\' && text.charAt(plain) >= ' ') {
                plain++;
            }
            // Most values need no escape: copied whole, up to the first character that does.
            line.append(text, 0, plain);
            for (int i = plain; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '\\' -> line.append("\\\\");
                    case '\t' -> line.append("\\t");
                    case '\n' -> line.append("\\n");
                    case '\r' -> line.append("\\r");
                    default -> line.append(c);
                }
            }
        }

        @Override
        public void close() throws SQLException {
            try {
                out.close();
            } catch (IOException e) {
                throw new SQLException("COPY into " + table + " failed", e);
            }
            connection.commit();
            connection.close();
        }
    }

    /** Inserts, for databases without COPY (H2 in the tests): small data, so one statement a row. */
    private static final class Inserts extends RowSink {

        private final PreparedStatement insert;

        Inserts(Connection connection, String table, List<String> columns) throws SQLException {
            super(table, columns);
            insert = connection.prepareStatement("insert into " + table + " (" + String.join(", ", columns)
                    + ") values (" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")");
        }

        @Override
        void write(Object[] values) {
            try {
                for (int i = 0; i < values.length; i++) {
                    insert.setObject(i + 1, values[i]);
                }
                insert.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("Insert into " + table + " failed: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() throws SQLException {
            insert.close();
        }
    }
}
