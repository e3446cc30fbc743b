package org.bri.data.statement;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.QueryParam;

import org.bri.data.common.ListParams;
import org.bri.data.common.MaxValues;
import org.bri.data.common.OneOf;
import org.jboss.resteasy.reactive.Separator;

/** The query parameters of the speaker list. */
public class SpeakerParams extends ListParams {

    @QueryParam("kind")
    @Separator(",")
    @MaxValues
    List<@OneOf(SpeakerKind.class) String> kind;

    @Override
    protected Map<String, String> sorts() {
        return Map.of("id", "id", "name", "name", "kind", "kind");
    }

    @Override
    protected String defaultSort() {
        return "name";
    }

    List<SpeakerKind> kinds() {
        return values(kind, SpeakerKind.class);
    }
}
