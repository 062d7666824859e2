package io.github.frivillig.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.SplittableRandom;
import java.util.regex.Pattern;

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
    void agreesWithTheRegularExpressionOfTheFormat() {
        Pattern format = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
        String alphabet = "az09-AZ_`{/:.é \u0000";
        SplittableRandom random = new SplittableRandom(64);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(68);
            for (int c = 0; c < length; c++) {
                // Mostly valid characters, so that long well-formed ids come up too.
                text.append(random.nextInt(8) == 0 ? alphabet.charAt(random.nextInt(alphabet.length()))
                        : alphabet.charAt(random.nextInt(5)));
            }
            String id = text.toString();
            assertThat(LocalId.of(id).isWellFormed()).as(id).isEqualTo(format.matcher(id).matches());
        }
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
