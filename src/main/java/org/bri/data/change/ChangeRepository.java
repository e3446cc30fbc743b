package org.bri.data.change;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.bri.data.common.Order;
import org.bri.data.common.Where;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Queries over the change log. */
@ApplicationScoped
public class ChangeRepository implements PanacheRepositoryBase<Change, Long> {

    /** Changes after a number, of some record types, or of one record. */
    record Filter(long since, List<RecordType> types, String recordId) {
    }

    /**
     * Where the data stands: the release the database holds (loaded or published), its checksum, when it was loaded
     * (in UTC), and the number of the last change.
     */
    public record DataState(int release, String checksum, LocalDateTime loadedAt, long lastChange) {
    }

    /** The release the data was loaded or last published as, and the last change since; empty before any load. */
    public Optional<DataState> state() {
        List<?> rows = getEntityManager()
                .createNativeQuery("select release, checksum, loaded_at, changes from data_load where id = 1")
                .getResultList();
        return rows.stream().map(Object[].class::cast).filter(row -> row[0] != null)
                .map(row -> new DataState(((Number) row[0]).intValue(), (String) row[1], localDateTime(row[2]),
                        ((Number) row[3]).longValue()))
                .findFirst();
    }

    private static LocalDateTime localDateTime(Object value) {
        return value instanceof Timestamp timestamp ? timestamp.toLocalDateTime() : (LocalDateTime) value;
    }

    /** When the change with this number was made; empty when there is none. */
    public Optional<OffsetDateTime> changedAt(long seq) {
        return findByIdOptional(seq).map(change -> change.changedAt);
    }

    PanacheQuery<Change> search(Filter f, Order order) {
        Where where = new Where().and("c.seq > :since", "since", f.since())
                .and("c.recordType in :types", "types", f.types());
        if (f.recordId() != null) {
            where.and("c.recordId = :id", "id", f.recordId());
        }
        return find(order.restrict(where, "c").query("from Change c"), order.sort(), where.parameters());
    }
}
