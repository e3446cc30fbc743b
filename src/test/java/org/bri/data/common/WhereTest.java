package org.bri.data.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WhereTest {

    @ParameterizedTest
    @CsvSource({"technology, technolog", "technological, technolog", "transfers, transfer", "railways, railway",
            "financial, financi", "financing, financ", "laos, laos", "piraeus, piraeu", "cppcc, cppcc",
            "green, green", "ports, port"})
    void shouldReduceAWordToAStemThatFindsItsVariants(String word, String stem) {
        assertThat(Where.stem(word)).isEqualTo(stem);
    }
}
