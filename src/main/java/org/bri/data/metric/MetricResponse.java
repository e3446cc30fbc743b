package org.bri.data.metric;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import org.bri.data.common.Curated;
import org.bri.data.country.CountryRef;
import org.bri.data.project.ProjectRef;
import org.bri.data.source.Citation;
import org.bri.data.source.EvidenceResponse;
import org.bri.data.theme.Theme;

/** One figure: its normalized value and unit, how it was printed, when it holds, where it comes from and how to cite it. */
public record MetricResponse(String id, String name, String indicator, BigDecimal value, BigDecimal valueMax,
        String unit, Approximation approximation, String valueText, Period period, String asOf, MetricKind kind,
        ProjectRef project, List<CountryRef> countries, List<String> themes, List<EvidenceResponse> evidence,
        List<Citation> citation, int version,
        OffsetDateTime updatedAt) implements Curated {

    /** The span of time a flow figure covers. */
    public record Period(String from, String to) {
    }

    public static MetricResponse from(Metric m) {
        Period period = m.periodFrom == null && m.periodTo == null ? null : new Period(m.periodFrom, m.periodTo);
        return new MetricResponse(m.id, m.name, m.indicator, plain(m.value), plain(m.valueMax), m.unit.id,
                m.approximation, m.valueText, period, m.asOf, m.kind, ProjectRef.from(m.project),
                CountryRef.from(m.countries), Theme.ids(m.themes), EvidenceResponse.from(m.evidence),
                Citation.of(m.evidence), m.version,
                m.updatedAt);
    }

    /** The strong entity tag of a version of a metric, which If-Match names. */
    public static String etag(int version) {
        return "\"" + version + "\"";
    }

    private static BigDecimal plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }
}
