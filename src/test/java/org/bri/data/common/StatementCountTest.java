package org.bri.data.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bri.data.Api.api;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

/** A page costs a fixed number of SQL statements whatever its size: its records' collections come in batches. */
@QuarkusTest
class StatementCountTest {

    @Inject
    SessionFactory sessions;

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/projects?sort=name", "/api/v1/metrics?sort=-value",
            "/api/v1/statements?sort=-date", "/api/v1/countries?page=1",
            "/api/v1/speakers?page=1"})
    void shouldRunAsManyStatementsForAPageOfFiftyAsForAPageOfTen(String list) {
        long small = statements(list + "&size=10");
        long large = statements(list + "&size=50");
        assertThat(large).as("statements for 50 records of %s (10 records took %d)", list, small).isEqualTo(small)
                .isLessThanOrEqualTo(12);
        assertThat(api().get(list + "&size=50").jsonPath().getList("items")).hasSizeGreaterThan(10);
    }

    /** The statements a read runs; each target is new to the response cache, so it misses and queries. */
    private long statements(String target) {
        long before = sessions.getStatistics().getPrepareStatementCount();
        api().get(target).then().statusCode(200);
        return sessions.getStatistics().getPrepareStatementCount() - before;
    }
}
