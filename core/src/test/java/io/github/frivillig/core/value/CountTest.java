package io.github.frivillig.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

// "Over 20 organisasjoner hadde meldt seg på" (Gjøvik seed) is the model for a count given as a bound.
class CountTest {

    @ParameterizedTest
    @CsvSource({
            "EXACT,      20, 20",
            "ABOUT,      20, 20",
            "AT_LEAST,   20, 20",
            "MORE_THAN,  20, 21",
            "AT_MOST,    20, 0",
            "FEWER_THAN, 20, 0"
    })
    void hasTheLowestNumberItAllowsAsLowerBound(CountQualifier qualifier, int value, int lowerBound) {
        assertThat(new Count(value, qualifier).lowerBound()).isEqualTo(lowerBound);
    }

    @ParameterizedTest
    @CsvSource({
            "EXACT,      20, 20",
            "ABOUT,      20, ~20",
            "AT_LEAST,   20, >=20",
            "MORE_THAN,  20, >20",
            "AT_MOST,    20, <=20",
            "FEWER_THAN, 20, <20"
    })
    void printsTheQualifierAsASymbol(CountQualifier qualifier, int value, String text) {
        assertThat(new Count(value, qualifier)).hasToString(text);
    }

    @Test
    void namedFactoriesSetTheQualifier() {
        assertThat(Count.exactly(45)).isEqualTo(new Count(45, CountQualifier.EXACT));
        assertThat(Count.moreThan(20)).isEqualTo(new Count(20, CountQualifier.MORE_THAN));
        assertThat(Count.about(100)).isEqualTo(new Count(100, CountQualifier.ABOUT));
    }

    @Test
    void aRangeHasItsLowerEndAsValueAndPrintsBothEnds() {
        // "ca. 5-10 personar" (Stavanger's hosted meetings, docs/corpus) and "1000-1500 borgere" (Fredericia).
        Count about = new Count(5, 10, CountQualifier.ABOUT);

        assertThat(about).hasToString("~5-10");
        assertThat(about.lowerBound()).isEqualTo(5);
        assertThat(Count.between(1000, 1500)).isEqualTo(new Count(1000, 1500, CountQualifier.EXACT))
                .hasToString("1000-1500");
        assertThat(new Count(20, CountQualifier.EXACT).upTo()).isNull();
    }

    @Test
    void requiresAQualifier() {
        assertThatNullPointerException().isThrownBy(() -> new Count(20, null)).withMessage("qualifier");
    }
}
