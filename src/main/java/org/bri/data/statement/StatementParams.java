package org.bri.data.statement;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.QueryParam;

import org.bri.data.common.Catalog;
import org.bri.data.common.Known;
import org.bri.data.common.MaxValues;
import org.bri.data.common.OneOf;
import org.bri.data.common.RecordParams;
import org.bri.data.common.Since;
import org.jboss.resteasy.reactive.Separator;

/** The query parameters of the statement lists. */
public class StatementParams extends RecordParams<StatementFacet> {

    @QueryParam("speaker")
    @Separator(",")
    @MaxValues
    List<@Known(Catalog.SPEAKER) String> speaker;

    @QueryParam("type")
    @Separator(",")
    @MaxValues
    List<@OneOf(StatementType.class) String> type;

    @QueryParam("updatedSince")
    @Since
    String updatedSince;

    public StatementParams() {
        super(Statement.class, "-date",
                Map.of("id", "id", "date", "dateEnd", "type", "type", "speaker", "speaker.name"),
                StatementFacet.class, StatementResponse.class);
    }

    /** The filter, with the project fixed when the list is a project's own. */
    StatementRepository.Filter filter(String fixedProject) {
        return new StatementRepository.Filter(q(), values(speaker), values(type, StatementType.class), themes(),
                projects(fixedProject), countries(), sources(), from(), to(), Since.Validator.parse(updatedSince));
    }
}
