package org.bri.data.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FigureTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"US$43.6 billion|43600000000||exact|USD",
            "2.3 billion doses|2300000000||exact|", "78.46 billion US dollars|78460000000||exact|USD",
            "more than 5 million TEUs|5000000||more-than|", "nearly 70%|70||nearly|", "48,000|48000||exact|",
            "0.7%–2.9%|0.7|2.9|range|", "tens of billions|10000000000|99000000000|range|",
            "exceeding US$380 billion|380000000000||more-than|USD", "over 230|230||more-than|",
            "fourth-largest|4||exact|", "12th anniversary|12||exact|", "zero|0||exact|", "eight major steps|8||exact|",
            "US$19.1 trillion|19100000000000||exact|USD"})
    void shouldReadPrintedFigures(String printed, String value, String max, String approximation, String currency) {
        Figure figure = Figure.parse(printed);
        assertThat(figure.value()).isEqualByComparingTo(new BigDecimal(value));
        if (max == null) {
            assertThat(figure.max()).isNull();
        } else {
            assertThat(figure.max()).isEqualByComparingTo(new BigDecimal(max));
        }
        assertThat(figure.approximation()).isEqualTo(approximation);
        assertThat(figure.currency()).isEqualTo(currency);
    }

    @Test
    void shouldRefuseTextWithoutANumber() {
        assertThatThrownBy(() -> Figure.parse("many")).isInstanceOf(IllegalArgumentException.class);
    }
}
