package org.bri.data.metric;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import jakarta.ws.rs.QueryParam;

import org.bri.data.common.Catalog;
import org.bri.data.common.Decimals;
import org.bri.data.common.Known;
import org.bri.data.common.MaxValues;
import org.bri.data.common.OneOf;
import org.bri.data.common.RecordParams;
import org.bri.data.common.Since;
import org.jboss.resteasy.reactive.Separator;

/** The query parameters of the metric lists. */
public class MetricParams extends RecordParams<MetricFacet> {

    @QueryParam("unit")
    @Separator(",")
    @MaxValues
    List<@Known(Catalog.UNIT) String> unit;

    @QueryParam("kind")
    @Separator(",")
    @MaxValues
    List<@OneOf(MetricKind.class) String> kind;

    @QueryParam("indicator")
    @Separator(",")
    @MaxValues
    List<@Known(Catalog.INDICATOR) String> indicator;

    @QueryParam("updatedSince")
    @Since
    String updatedSince;

    /** The lower end of the values sought: a figure matches when its own range reaches it. */
    @QueryParam("valueMin")
    String valueMin;

    /** The upper end of the values sought; not the field valueMax, which is the top of a figure's own range. */
    @QueryParam("valueMax")
    String valueMax;

    public MetricParams() {
        super(Metric.class, "id",
                Map.of("id", "id", "name", "name", "value", "value", "date", "dateEnd", "indicator", "indicator",
                        "unit", "unit.id", "kind", "kind"),
                MetricFacet.class, MetricResponse.class);
    }

    @Override
    protected void checkFilters(BiConsumer<String, String> problem) {
        super.checkFilters(problem);
        BigDecimal low = Decimals.check("valueMin", valueMin, problem);
        BigDecimal high = Decimals.check("valueMax", valueMax, problem);
        if (low != null && high != null && low.compareTo(high) > 0) {
            problem.accept("valueMin", "must not be greater than 'valueMax'");
            problem.accept("valueMax", "must not be less than 'valueMin'");
        }
    }

    /** The filter, with the project fixed when the list is a project's own. */
    MetricRepository.Filter filter(String fixedProject) {
        return new MetricRepository.Filter(q(), projects(fixedProject), countries(), values(unit), themes(),
                values(kind, MetricKind.class), sources(), values(indicator), from(), to(),
                Since.Validator.parse(updatedSince), Decimals.parse(valueMin), Decimals.parse(valueMax));
    }
}
