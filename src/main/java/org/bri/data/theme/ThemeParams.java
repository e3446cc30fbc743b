package org.bri.data.theme;

import java.util.Map;

import org.bri.data.common.ListParams;

/** The query parameters of the theme list: paging and sorting only. */
public class ThemeParams extends ListParams {

    @Override
    protected Map<String, String> sorts() {
        return Map.of("id", "id", "label", "label");
    }

    @Override
    protected String defaultSort() {
        return "id";
    }
}
