package org.bri.data.change;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;

import org.bri.data.common.ListParams;
import org.bri.data.common.MaxValues;
import org.bri.data.common.OneOf;
import org.jboss.resteasy.reactive.Separator;

/** The query parameters of the change feed and of a record's history, in commit order. */
public class ChangeParams extends ListParams {

    @QueryParam("since")
    @Pattern(regexp = " *[0-9]{1,18} *", message = "must be a change number (a whole number from 0)")
    String since;

    @QueryParam("type")
    @Separator(",")
    @MaxValues
    List<@OneOf(RecordType.class) String> type;

    public ChangeParams() {
        super(Change.class, "seq", Map.of("seq", "seq"));
    }

    @Override
    public Set<String> fixedByPath() {
        return Set.of("type");
    }

    ChangeRepository.Filter filter(RecordType fixedType, String fixedId) {
        List<RecordType> types = fixedType != null ? List.of(fixedType) : values(type, RecordType.class);
        return new ChangeRepository.Filter(since == null ? 0 : Long.parseLong(since.trim()), types, fixedId);
    }
}
