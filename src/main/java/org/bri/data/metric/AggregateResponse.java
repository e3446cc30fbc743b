package org.bri.data.metric;

import java.math.BigDecimal;
import java.util.List;

/** An aggregate of figures: what was computed over which figures, and one value per group with the ids behind it. */
public record AggregateResponse(AggregateStat stat, AggregateGroupBy groupBy, List<String> indicators,
        List<String> units, List<MetricKind> kinds, int metrics, List<Group> groups) {

    /**
     * One group: its key and label, the value, what the value says of the true one, the approximations behind it, the
     * figures it is computed from and those a sum left out.
     */
    public record Group(String key, String label, BigDecimal value, Bound bound, List<Approximation> approximations,
            List<String> metricIds, List<Excluded> excluded) {
    }

    /** A figure of the group that the value leaves out, and why. */
    public record Excluded(String id, Exclusion reason) {
    }
}
