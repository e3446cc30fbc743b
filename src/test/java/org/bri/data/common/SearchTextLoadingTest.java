package org.bri.data.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.bri.data.metric.Metric;
import org.bri.data.project.Project;
import org.bri.data.statement.Statement;
import org.hibernate.Hibernate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A record's search words (up to 20,000 characters) stay in the database when a list loads the record: they are
 * searched there and never served; read on their own, they are still all there.
 */
@QuarkusTest
class SearchTextLoadingTest {

    @Inject
    EntityManager em;

    @ParameterizedTest
    @ValueSource(classes = {Metric.class, Project.class, Statement.class})
    @Transactional
    void shouldLeaveSearchWordsUnloadedWhenAListLoadsRecords(Class<?> entity) {
        List<?> records = em.createQuery("from " + entity.getSimpleName(), entity).setMaxResults(20).getResultList();
        assertThat(records).hasSize(20);
        for (Object record : records) {
            assertThat(Hibernate.isPropertyInitialized(record, "searchText")).as("search words of %s", record)
                    .isFalse();
        }
        Object first = records.get(0);
        String words = first instanceof Metric m
                ? m.searchText
                : first instanceof Project p ? p.searchText : ((Statement) first).searchText;
        assertThat(words).isNotBlank().startsWith(" ").endsWith(" ");
    }
}
