package org.bri.data.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

import org.bri.data.common.ListFormat;
import org.bri.data.common.RecordStream;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes a whole list as a CSV table or as NDJSON while its records are read; runs on the request's worker thread,
 * where writing waits for a slow client rather than buffering for it.
 */
@Provider
@Produces({ListFormat.TEXT_CSV, ListFormat.APPLICATION_NDJSON})
class RecordStreamWriter implements MessageBodyWriter<RecordStream<?>> {

    private final ObjectMapper json;

    RecordStreamWriter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return RecordStream.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(RecordStream<?> records, Class<?> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        try (RecordWriter writer = records.format() == ListFormat.CSV
                ? new CsvTable(records.type(), json, out)
                : new NdjsonLines(json, out)) {
            records.forEach(writer::uncheckedWrite);
        } catch (UncheckedIOException e) {
            // The client went away, or the connection broke: nothing more to write to.
            throw e.getCause();
        }
    }

    /** Writes records one after another to a response body, which it flushes but leaves open when closed. */
    interface RecordWriter extends AutoCloseable {

        void write(Object record) throws IOException;

        @Override
        void close() throws IOException;

        default void uncheckedWrite(Object record) {
            try {
                write(record);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
