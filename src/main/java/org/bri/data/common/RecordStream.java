package org.bri.data.common;

import java.util.function.Consumer;

/**
 * A whole filtered, sorted list on its way to a CSV or NDJSON writer: the record type (whose fields are the table's
 * columns), the format and a walk that hands over the records one by one as it reads them in batches.
 *
 * @param <T> the API record of the list
 */
public final class RecordStream<T> {

    private final Class<T> type;
    private final ListFormat format;
    private final Consumer<Consumer<? super T>> walk;

    RecordStream(Class<T> type, ListFormat format, Consumer<Consumer<? super T>> walk) {
        this.type = type;
        this.format = format;
        this.walk = walk;
    }

    public Class<T> type() {
        return type;
    }

    public ListFormat format() {
        return format;
    }

    /** Hands every record to {@code each}, in the list's order; reads the database as it goes, so call it once. */
    public void forEach(Consumer<? super T> each) {
        walk.accept(each);
    }
}
