package org.bri.data.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.stream.Stream;

import org.bri.data.common.SearchText;
import org.junit.jupiter.api.Test;

/**
 * The scale generator at a small size, into an in-memory H2 database of its own: the counts asked for, every quote at
 * its offsets in its source, search text as the loader computes it, and the synthetic release marker.
 */
class ScaleGeneratorTest {

    private static final String URL = "jdbc:h2:mem:scale-generator;DB_CLOSE_DELAY=-1";

    @Test
    void fillsAnEmptyDatabaseWithValidSyntheticDataMarkedAsSuch() throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        ScaleGenerator generator = new ScaleGenerator(URL, "sa", "",
                new PrintStream(log, true, StandardCharsets.UTF_8));
        ScaleGenerator.Result result = generator.generate(200, 2_000, 600);

        assertThat(result.metrics()).isEqualTo(2_000);
        assertThat(result.statements()).isEqualTo(600);
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("generated, validated and copied").contains("total");
        try (Connection c = DriverManager.getConnection(URL, "sa", ""); Statement s = c.createStatement()) {
            assertThat(count(s, "select count(*) from project where id like 'synthetic-project-%'")).isEqualTo(200);
            assertThat(count(s, "select count(*) from metric where id like 'synthetic-metric-%'")).isEqualTo(2_000);
            assertThat(count(s, "select count(*) from statement where id like 'synthetic-statement-%'"))
                    .isEqualTo(600);
            assertThat(count(s, "select count(*) from source where title not like 'Synthetic report %'")).isZero();
            try (ResultSet r = s.executeQuery("select release, checksum from data_load where id = 1")) {
                r.next();
                assertThat(r.getInt(1)).isEqualTo(ScaleGenerator.RELEASE);
                assertThat(r.getString(2)).startsWith("synthetic-").isEqualTo(result.checksum());
            }
            // Every quote stands at its offsets (code points) in its source, as the loader would have anchored it.
            for (String table : new String[]{"project_evidence", "metric_evidence", "statement_evidence"}) {
                try (ResultSet r = s.executeQuery("select e.exact, e.start_offset, e.end_offset, x.content from "
                        + table + " e join source x on x.id = e.source_id")) {
                    int rows = 0;
                    while (r.next()) {
                        String content = r.getString(4);
                        int from = content.offsetByCodePoints(0, r.getInt(2));
                        int to = content.offsetByCodePoints(0, r.getInt(3));
                        assertThat(content.substring(from, to)).isEqualTo(r.getString(1));
                        rows++;
                    }
                    assertThat(rows).as(table).isPositive();
                }
            }
            // The q search finds a metric by a word of its quote, as SearchText stores it.
            try (ResultSet r = s.executeQuery("select m.search_text, m.name, m.indicator, m.value_text, e.exact from "
                    + "metric m join metric_evidence e on e.metric_id = m.id where m.id = 'synthetic-metric-0000001'")) {
                r.next();
                assertThat(r.getString(1)).isEqualTo(SearchText.of(Stream.of(r.getString(2), r.getString(3),
                        r.getString(4), r.getString(5))));
            }
        }
        // A second run refuses a database that holds data: the generator never mixes into or overwrites data.
        assertThatThrownBy(() -> generator.generate(10, 10, 10)).hasMessageContaining("already holds data");
    }

    private static long count(Statement s, String sql) throws Exception {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
