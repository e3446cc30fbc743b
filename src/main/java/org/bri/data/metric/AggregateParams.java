package org.bri.data.metric;

import java.util.Set;
import java.util.function.BiConsumer;

import jakarta.ws.rs.QueryParam;

import org.bri.data.common.OneOf;
import org.bri.data.common.Shape;
import org.bri.data.common.Slugged;

/** The query parameters of the metric aggregate: the metric list's filters, what to group by and what to compute. */
public class AggregateParams extends MetricParams {

    @QueryParam("groupBy")
    @OneOf(AggregateGroupBy.class)
    String groupBy;

    @QueryParam("stat")
    @OneOf(AggregateStat.class)
    String stat;

    @Override
    protected Set<String> notTaken() {
        // The groups come whole in one document: they are few, one per year, country, project, theme or source; they
        // carry metric ids, not metrics, so no fields or evidence to choose.
        return Set.of("page", "size", "sort", "cursor", "facets", "format", Shape.FIELDS, Shape.EVIDENCE);
    }

    @Override
    protected void checkFilters(BiConsumer<String, String> problem) {
        super.checkFilters(problem);
        AggregateStat computed = stat();
        if (computed != null && computed.readsValues() && values(indicator).isEmpty()) {
            // A unit alone does not make figures comparable: 189 countries and regions is no count of countries.
            problem.accept("indicator", "is required with stat=" + computed.slug()
                    + ": name the indicators whose figures to combine, as listed at /api/v1/indicators");
        }
    }

    /** The grouping asked for; by year when none is. */
    AggregateGroupBy groupBy() {
        return groupBy == null ? AggregateGroupBy.YEAR : Slugged.of(AggregateGroupBy.class, groupBy);
    }

    /** The statistic asked for, count when none is; null when it is not one. */
    AggregateStat stat() {
        if (stat == null) {
            return AggregateStat.COUNT;
        }
        return Slugged.find(AggregateStat.class, stat.strip()).orElse(null);
    }

    /** The filter of the metric list. */
    MetricRepository.Filter filter() {
        return filter(null);
    }
}
