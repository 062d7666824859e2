package io.github.frivillig.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class PeriodTest {

    private static PartialDate date(String text) {
        return PartialDate.parse(text);
    }

    @Test
    void keepsBothEnds() {
        // Hjørring: dialogue in autumn 2016, adoption on 25 October 2017.
        Period process = Period.between(date("2016-23"), date("2017-10-25"));

        assertThat(process.from()).isEqualTo(date("2016-23"));
        assertThat(process.to()).isEqualTo(date("2017-10-25"));
        assertThat(process.endsBeforeItStarts()).isFalse();
    }

    @Test
    void endsBeforeItStartsWhenTheEndIsCertainlyEarlier() {
        assertThat(Period.between(date("2017-10-25"), date("2016-23")).endsBeforeItStarts()).isTrue();
    }

    @Test
    void doesNotEndBeforeItStartsWhenTheEndsOverlap() {
        // The year 2017 may be any day of 2017, including days after October 2017.
        assertThat(Period.between(date("2017-10"), date("2017")).endsBeforeItStarts()).isFalse();
    }

    @Test
    void doesNotEndBeforeItStartsOnASingleDay() {
        assertThat(Period.between(date("2017-10-25"), date("2017-10-25")).endsBeforeItStarts()).isFalse();
    }

    @Test
    void doesNotEndBeforeItStartsWhenAYearIsUnknown() {
        assertThat(Period.between(date("2017-10-25"), date("XXXX-09-29")).endsBeforeItStarts()).isFalse();
    }

    @Test
    void isOpenAtAnEndThatIsNotGiven() {
        Period open = Period.startingAt(date("2024"));

        assertThat(open.from()).isEqualTo(date("2024"));
        assertThat(open.to()).isNull();
        assertThat(open.endsBeforeItStarts()).isFalse();
        assertThat(Period.between(null, date("2027")).endsBeforeItStarts()).isFalse();
        assertThat(Period.between(null, null).endsBeforeItStarts()).isFalse();
    }

    @Test
    void requiresTheStartOfAPeriodStartingAtADate() {
        assertThatNullPointerException().isThrownBy(() -> Period.startingAt(null)).withMessage("from");
    }

    @Test
    void equalsAPeriodWithTheSameEnds() {
        assertThat(Period.between(date("2024"), date("2027")))
                .isEqualTo(new Period(date("2024"), date("2027")))
                .isNotEqualTo(Period.between(date("2024"), null));
    }
}
