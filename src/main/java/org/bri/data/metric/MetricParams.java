package org.bri.data.metric;

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

    public MetricParams() {
        super(Metric.class, "id",
                Map.of("id", "id", "name", "name", "value", "value", "date", "dateEnd", "indicator", "indicator",
                        "unit", "unit.id", "kind", "kind"),
                MetricFacet.class);
    }

    /** The filter, with the project fixed when the list is a project's own. */
    MetricRepository.Filter filter(String fixedProject) {
        return new MetricRepository.Filter(q(), projects(fixedProject), countries(), values(unit), themes(),
                values(kind, MetricKind.class), sources(), values(indicator), from(), to(),
                Since.Validator.parse(updatedSince));
    }
}
