package org.bri.data.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bri.data.Api.api;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A page costs a fixed number of SQL statements whatever its size (its records' collections come in batches), a
 * list's total is counted once per data version, and an aggregate costs a few statements whatever its groups.
 */
@QuarkusTest
class StatementCountTest {

    @Inject
    SessionFactory sessions;

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/projects?sort=name", "/api/v1/metrics?sort=-value",
            "/api/v1/statements?sort=-date", "/api/v1/countries?page=1",
            "/api/v1/speakers?page=1"})
    void shouldRunAsManyStatementsForAPageOfFiftyAsForAPageOfTen(String list) {
        // The list's total is counted once per data version (see below): count it first, so that both pages reuse it.
        api().get(list + "&size=1").then().statusCode(200);
        long small = statements(list + "&size=10");
        long large = statements(list + "&size=50");
        assertThat(large).as("statements for 50 records of %s (10 records took %d)", list, small).isEqualTo(small)
                .isLessThanOrEqualTo(12);
        assertThat(api().get(list + "&size=50").jsonPath().getList("items")).hasSizeGreaterThan(10);
    }

    @ParameterizedTest
    @ValueSource(strings = {"year", "country", "project", "theme", "source"})
    void shouldAggregateInAFewStatementsWhateverTheNumberOfGroups(String groupBy) {
        // An early from that every figure passes, new on each run so that the response cache misses.
        String from = "&from=" + (1000 + System.nanoTime() % 900);
        // Counting: the figures, and their themes or sources (or countries) when grouped by them.
        assertThat(statements("/api/v1/metrics/aggregate?groupBy=" + groupBy + from)).isLessThanOrEqualTo(2);
        // Summing: the indicator's check, the figures, their countries (a series is about them), themes or sources.
        assertThat(statements("/api/v1/metrics/aggregate?indicator=people-trained&stat=sum&groupBy=" + groupBy + from))
                .isLessThanOrEqualTo(4);
    }

    @Test
    void shouldCountAFilteredListOncePerDataVersion() {
        // Another page and another order of one filtered list: the total is the same, and counted once.
        // A search no earlier request made, so that its total is not counted yet.
        String words = "unfound" + System.nanoTime();
        String list = "/api/v1/metrics?q=" + words + "&size=5";
        Statistics statistics = sessions.getStatistics();
        long before = statistics.getQueryExecutionCount();
        String total = api().get(list + "&page=1").then().statusCode(200).extract().header("X-Total-Count");
        long first = statistics.getQueryExecutionCount() - before;
        before = statistics.getQueryExecutionCount();
        api().get(list + "&page=2&sort=name").then().statusCode(200).header("X-Total-Count", total);
        long second = statistics.getQueryExecutionCount() - before;
        assertThat(second).as("queries of page 2 (page 1 ran %d)", first).isEqualTo(first - 1);
        // Another filter is counted afresh.
        before = statistics.getQueryExecutionCount();
        api().get(list + "&page=2&kind=observed").then().statusCode(200);
        assertThat(statistics.getQueryExecutionCount() - before).isEqualTo(first);
    }

    /** The statements a read runs; each target is new to the response cache, so it misses and queries. */
    private long statements(String target) {
        long before = sessions.getStatistics().getPrepareStatementCount();
        api().get(target).then().statusCode(200);
        return sessions.getStatistics().getPrepareStatementCount() - before;
    }
}
