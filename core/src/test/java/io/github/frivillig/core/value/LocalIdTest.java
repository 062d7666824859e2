package io.github.frivillig.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "a-1", "0", "kafedialog-2016", "m-"})
    void acceptsLowerCaseLettersDigitsAndHyphens(String text) {
        assertThat(LocalId.of(text).isWellFormed()).isTrue();
    }

    @Test
    void acceptsSixtyFourCharacters() {
        assertThat(LocalId.of("a".repeat(64)).isWellFormed()).isTrue();
        assertThat(LocalId.of("9" + "-".repeat(63)).isWellFormed()).isTrue();
    }

    @Test
    void rejectsSixtyFiveCharacters() {
        assertThat(LocalId.of("a".repeat(65)).isWellFormed()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"A", "-a", "a_b", "", "æ", "a b", "a.b", " a"})
    void rejectsUpperCaseLeadingHyphensAndOtherCharacters(String text) {
        assertThat(LocalId.of(text).isWellFormed()).isFalse();
    }

    @Test
    void holdsMalformedTextForValidationToReport() {
        assertThat(LocalId.of("Not An Id").value()).isEqualTo("Not An Id");
    }

    @Test
    void printsItsText() {
        assertThat(LocalId.of("kafedialog-2016")).hasToString("kafedialog-2016");
    }

    @Test
    void ordersByText() {
        assertThat(LocalId.of("a")).isLessThan(LocalId.of("b"));
        assertThat(LocalId.of("a-2")).isGreaterThan(LocalId.of("a-10"));
    }

    @Test
    void requiresAValue() {
        assertThatNullPointerException().isThrownBy(() -> LocalId.of(null)).withMessage("value");
    }
}
