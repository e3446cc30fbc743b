package org.bri.data.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * An RFC 4180 table of records, one row each under a header row of {@link Columns}: UTF-8, CRLF line ends, a cell
 * quoted when it holds a comma, a quote (doubled) or a line break. Jackson CSV writes the rows; the cells, flattened from
 * nested records, are {@link Cells}' text.
 */
final class CsvTable implements RecordStreamWriter.RecordWriter {

    /** Leaves the response open to its writer, and flushes when its buffer fills rather than after every row. */
    private static final CsvMapper CSV = CsvMapper.builder().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
            // Quotes a cell only when RFC 4180 needs it (a comma, a quote, a line break), not whenever it might.
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

    private final List<Columns.Column> columns;
    private final Cells cells;
    private final SequenceWriter rows;
    private final String[] row;

    CsvTable(Class<?> type, ObjectMapper json, OutputStream out) throws IOException {
        this.columns = Columns.of(type);
        this.cells = new Cells(json);
        this.rows = CSV.writer(CsvSchema.emptySchema().withLineSeparator("\r\n")).writeValues(out);
        this.row = new String[columns.size()];
        // Written as a row of its own rather than by the schema, which writes it only before a first record: an empty
        // list is still a table with its header.
        rows.write(Columns.names(type));
    }

    @Override
    public void write(Object record) throws IOException {
        for (int i = 0; i < row.length; i++) {
            String cell = cells.cell(columns.get(i).read(record));
            // Jackson CSV leaves a null out of a row altogether, which would shift the cells after it.
            row[i] = cell == null ? "" : cell;
        }
        rows.write(row);
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }
}
