package org.bri.data.export;

import java.io.IOException;
import java.io.OutputStream;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;

/** NDJSON: each record as the JSON of a list's items, on a line of its own ending in a line feed. */
final class NdjsonLines implements RecordStreamWriter.RecordWriter {

    private final ObjectWriter records;
    private final JsonGenerator out;

    NdjsonLines(ObjectMapper json, OutputStream out) throws IOException {
        // Flushed when the generator's buffer fills, not after every record: a record is a few hundred bytes.
        this.records = json.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
        this.out = json.getFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        this.out.setRootValueSeparator(null);
    }

    @Override
    public void write(Object record) throws IOException {
        records.writeValue(out, record);
        out.writeRaw('\n');
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
