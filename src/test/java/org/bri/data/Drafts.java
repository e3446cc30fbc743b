package org.bri.data;

import java.util.List;
import java.util.Map;

/** Records in the seed format that tests write through the curation API, each quoting a real seed passage. */
public final class Drafts {

    /** The source of the AIIB figure's passage. */
    public static final String AIIB_SOURCE = "qiushi-2023-zheng-shanjie";
    private static final String AIIB_QUOTE = "By the end of June this year, the AIIB’s cumulative financing had reached "
            + "US$43.6 billion, with projects in areas such as transportation, energy, and public health.";

    private Drafts() {
    }

    /** A copy of the AIIB's cumulative financing figure under a new id and name, anchored in the same passage. */
    public static Map<String, Object> aiibMetric(String id, String name) {
        return Map.ofEntries(Map.entry("id", id), Map.entry("name", name),
                Map.entry("indicator", "cumulative-financing"), Map.entry("value", 43600000000L),
                Map.entry("unit", "USD"), Map.entry("approximation", "exact"),
                Map.entry("valueText", "US$43.6 billion"), Map.entry("asOf", "2023-06"), Map.entry("kind", "observed"),
                Map.entry("project", "asian-infrastructure-investment-bank"), Map.entry("countries", List.of("CN")),
                Map.entry("themes", List.of("finance")),
                Map.entry("evidence", List.of(Map.of("sourceId", AIIB_SOURCE, "exact", AIIB_QUOTE))));
    }
}
