package org.bri.data.export;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The CSV columns of an API record, named after its JSON fields: a nested object's fields as {@code parent.field}, a
 * list of values as one column, a list of objects as one column per field of its items ({@code countries.code}). A
 * list's cell holds its items in order; {@link Cells} joins them.
 */
final class Columns {

    private static final Map<Class<?>, List<Column>> OF_TYPE = new ConcurrentHashMap<>();

    private Columns() {
    }

    /** One column: its name and how to read its value (a scalar, or the list of an item field's values). */
    record Column(String name, Function<Object, Object> reader) {

        Object read(Object record) {
            return record == null ? null : reader.apply(record);
        }
    }

    /** The columns of a record type, in the order of its fields. */
    static List<Column> of(Class<?> type) {
        // Not computeIfAbsent: deriving a type's columns derives those of its nested records, which that forbids.
        List<Column> columns = OF_TYPE.get(type);
        if (columns == null) {
            columns = derive(type);
            OF_TYPE.putIfAbsent(type, columns);
        }
        return columns;
    }

    /** The column names, as the header row gives them. */
    static List<String> names(Class<?> type) {
        return of(type).stream().map(Column::name).toList();
    }

    private static List<Column> derive(Class<?> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException("API records are Java records: " + type.getSimpleName());
        }
        List<Column> columns = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            String name = component.getName();
            // A record of another package may be package-private, which its public accessors do not make readable.
            component.getAccessor().setAccessible(true);
            Function<Object, Object> field = record -> read(component, record);
            Class<?> fieldType = component.getType();
            if (fieldType.isRecord()) {
                for (Column nested : of(fieldType)) {
                    columns.add(new Column(name + "." + nested.name(), record -> nested.read(field.apply(record))));
                }
            } else if (Collection.class.isAssignableFrom(fieldType) && itemType(component).isRecord()) {
                for (Column item : of(itemType(component))) {
                    columns.add(new Column(name + "." + item.name(), record -> {
                        Collection<?> items = (Collection<?>) field.apply(record);
                        return items == null ? null : items.stream().map(item::read).toList();
                    }));
                }
            } else {
                columns.add(new Column(name, field));
            }
        }
        return List.copyOf(columns);
    }

    private static Class<?> itemType(RecordComponent component) {
        if (component.getGenericType() instanceof ParameterizedType list
                && list.getActualTypeArguments()[0] instanceof Class<?> item) {
            return item;
        }
        return Object.class;
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("API records expose their fields", e);
        }
    }
}
