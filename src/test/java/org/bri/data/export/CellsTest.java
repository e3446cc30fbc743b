package org.bri.data.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import org.bri.data.metric.MetricKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The text of CSV cells: numbers plain, values as in the JSON, list items joined reversibly, formulas defused. */
class CellsTest {

    private final Cells cells = new Cells(new ObjectMapper());

    @Test
    void shouldWriteNumbersAsPlainDecimalsWithoutAnExponent() {
        assertThat(cells.cell(new BigDecimal("4.36E+10"))).isEqualTo("43600000000");
        assertThat(cells.cell(new BigDecimal("0.000001"))).isEqualTo("0.000001");
        assertThat(cells.cell(1.0E-7)).isEqualTo("0.0000001");
        assertThat(cells.cell(-3.5)).as("a negative number is no formula").isEqualTo("-3.5");
        assertThat(cells.cell(42L)).isEqualTo("42");
    }

    @Test
    void shouldWriteDatesInIsoAndVocabularyValuesAsSlugs() {
        assertThat(cells.cell(OffsetDateTime.of(2026, 11, 30, 12, 0, 0, 0, ZoneOffset.UTC)))
                .isEqualTo("2026-11-30T12:00:00Z");
        assertThat(cells.cell(LocalDate.of(2023, 6, 30))).isEqualTo("2023-06-30");
        assertThat(cells.cell(MetricKind.FORECAST)).isEqualTo("forecast");
        assertThat(cells.cell(null)).isNull();
    }

    @Test
    void shouldJoinListItemsSoThatTheySplitBackExactly() {
        List<String> items = List.of("LA", "a|b", "c\\d", "");
        String cell = cells.cell(items);
        assertThat(cell).isEqualTo("LA|a\\|b|c\\\\d|");
        assertThat(split(cell)).isEqualTo(items);
        assertThat(cells.cell(List.of())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+2", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "\nx", "＝1"})
    void shouldPutAnApostropheBeforeTextThatASpreadsheetWouldRunAsAFormula(String text) {
        assertThat(cells.cell(text)).isEqualTo("'" + text);
        assertThat(cells.cell(List.of(text, "x"))).startsWith("'");
    }

    @Test
    void shouldLeaveOtherTextAsItIs() {
        assertThat(cells.cell("The railway, \"a dream\"")).isEqualTo("The railway, \"a dream\"");
        assertThat(cells.cell("a=b")).isEqualTo("a=b");
    }

    /** Splits a cell at the separators that no backslash escapes, and unescapes each item. */
    private static List<String> split(String cell) {
        List<String> items = new java.util.ArrayList<>();
        StringBuilder item = new StringBuilder();
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\\') {
                item.append(cell.charAt(++i));
            } else if (c == '|') {
                items.add(item.toString());
                item.setLength(0);
            } else {
                item.append(c);
            }
        }
        items.add(item.toString());
        return Arrays.asList(items.toArray(String[]::new));
    }
}
