package org.bri.data.source;

import java.util.Map;

import org.bri.data.common.ListParams;

/** The query parameters of the source list: paging and sorting only. */
public class SourceParams extends ListParams {

    @Override
    protected Map<String, String> sorts() {
        return Map.of("id", "id", "title", "title", "publishedOn", "publishedOn", "kind", "kind");
    }

    @Override
    protected String defaultSort() {
        return "publishedOn";
    }
}
