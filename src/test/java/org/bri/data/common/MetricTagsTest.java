package org.bri.data.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;

/** The tag rules of the HTTP server meters. */
class MetricTagsTest {

    private final MetricTags tags = new MetricTags(Set.of("/api/v1/projects"));

    @Test
    void shouldCollapseInventedMethodsAndUnknownPaths() {
        Meter.Id id = new Meter.Id("http.server.requests", Tags.of("method", "BREW", "uri", "/api/v1/nothing"), null,
                null, Meter.Type.TIMER);
        Meter.Id mapped = tags.map(id);
        assertThat(mapped.getTag("method")).isEqualTo(MetricTags.OTHER_METHOD);
        assertThat(mapped.getTag("uri")).isEqualTo(MetricTags.UNKNOWN_URI);
        assertThat(tags.map(new Meter.Id("http.server.requests", Tags.of("method", "GET", "uri", "/api/v1/projects"),
                null, null, Meter.Type.TIMER)).getTag("uri")).isEqualTo("/api/v1/projects");
    }
}
