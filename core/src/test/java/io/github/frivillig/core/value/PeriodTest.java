package io.github.frivillig.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    @ParameterizedTest(name = "{0} to {1}: {2}, {3}")
    @CsvSource(delimiter = '|', textBlock = """
            2017-10-25 | 2016-23    | true  | the end is certainly earlier
            2017-10    | 2017       | false | the year 2017 may be any day of it, days after October 2017 included
            2017-10-25 | 2017-10-25 | false | a single day
            2017-10-25 | XXXX-09-29 | false | the year of the end is unknown
            """)
    void endsBeforeItStartsOnlyWhenTheEndIsCertainlyEarlier(String from, String to, boolean ends, String why) {
        assertThat(Period.between(date(from), date(to)).endsBeforeItStarts()).as(why).isEqualTo(ends);
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
