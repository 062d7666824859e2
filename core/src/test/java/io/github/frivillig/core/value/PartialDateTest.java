package io.github.frivillig.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.frivillig.core.value.PartialDate.Precision;
import io.github.frivillig.core.value.PartialDate.Season;

// Sample dates from the seeds: Hjørring's city council adopted its volunteer policy on 25 October 2017 after
// dialogue meetings "i efteråret 2016" (autumn 2016); Frivillighet Norge met the associations in Gjøvik on
// "torsdag kveld 30. oktober", a day without a year.
class PartialDateTest {

    @ParameterizedTest
    @ValueSource(strings = {"2017-10-25", "2017-10", "2016-23", "2017", "XXXX-09-29", "XXXX-09", "XXXX-10-30"})
    void parsesAndPrintsEverySupportedFormUnchanged(String text) {
        assertThat(PartialDate.parse(text)).hasToString(text);
        assertThat(PartialDate.parse(PartialDate.parse(text).toString())).isEqualTo(PartialDate.parse(text));
    }

    @ParameterizedTest
    @CsvSource({
            "2017-10-25, DAY",
            "2017-10,    MONTH",
            "2016-23,    SEASON",
            "2017,       YEAR",
            "XXXX-09-29, DAY",
            "XXXX-09,    MONTH"
    })
    void readsThePrecisionFromTheForm(String text, Precision precision) {
        assertThat(PartialDate.parse(text).precision()).isEqualTo(precision);
    }

    @Test
    void parsesADayIntoItsParts() {
        PartialDate adoption = PartialDate.parse("2017-10-25");

        assertThat(adoption.year()).hasValue(2017);
        assertThat(adoption.month()).contains(Month.OCTOBER);
        assertThat(adoption.dayOfMonth()).hasValue(25);
        assertThat(adoption.season()).isEmpty();
        assertThat(adoption.toLocalDate()).contains(LocalDate.of(2017, 10, 25));
    }

    @Test
    void parsesASeasonByItsEdtfNumber() {
        PartialDate autumn = PartialDate.parse("2016-23");

        assertThat(autumn.season()).contains(Season.AUTUMN);
        assertThat(autumn.month()).isEmpty();
        assertThat(autumn).isEqualTo(PartialDate.ofSeason(2016, Season.AUTUMN));
    }

    @Test
    void parsesADayOfAnUnknownYear() {
        PartialDate day = PartialDate.parse("XXXX-09-29");

        assertThat(day.isYearKnown()).isFalse();
        assertThat(day.year()).isEmpty();
        assertThat(day.month()).contains(Month.SEPTEMBER);
        assertThat(day.dayOfMonth()).hasValue(29);
        assertThat(day.toLocalDate()).isEmpty();
        assertThat(day).isEqualTo(PartialDate.ofUnknownYear(MonthDay.of(9, 29)));
    }

    @Test
    void acceptsTheTwentyNinthOfFebruaryInAnUnknownYear() {
        assertThat(PartialDate.parse("XXXX-02-29")).hasToString("XXXX-02-29");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "2017-13",      // no month 13
            "2017-00",      // no month 0
            "2017-02-30",   // no 30 February
            "2016-25",      // EDTF seasons are 21 to 24
            "XXXX",         // nothing known at all
            "XXXX-23",      // a season of an unknown year
            "XXXX-09-31",   // no 31 September in any year
            "0000",         // EDTF has no year 0000 at this level
            "0000-10",
            "17-10-25",     // two-digit year
            "2017/10/25",   // wrong separator
            "",
            "2017-1-5",     // unpadded month and day
            "2017-10-25 ",  // trailing space
            "xxxx-09"       // the unknown year is upper case
    })
    void rejectsMalformedText(String text) {
        assertThatThrownBy(() -> PartialDate.parse(text))
                .isInstanceOf(DateTimeParseException.class)
                .hasMessageContaining("'" + text + "'");
    }

    @ParameterizedTest
    @CsvSource({
            "2017-10-25, 2017-10-25, 2017-10-25",
            "2017-10,    2017-10-01, 2017-10-31",
            "2016-02,    2016-02-01, 2016-02-29",
            "2016-21,    2016-03-01, 2016-05-31",
            "2016-22,    2016-06-01, 2016-08-31",
            "2016-23,    2016-09-01, 2016-11-30",
            "2017,       2017-01-01, 2017-12-31"
    })
    void coversTheDaysOfItsPrecision(String text, LocalDate earliest, LocalDate latest) {
        PartialDate date = PartialDate.parse(text);

        assertThat(date.earliest()).contains(earliest);
        assertThat(date.latest()).contains(latest);
    }

    @Test
    void winterRunsFromDecemberIntoFebruaryOfTheNextYear() {
        PartialDate winter = PartialDate.parse("2016-24");

        assertThat(winter.earliest()).contains(LocalDate.of(2016, 12, 1));
        assertThat(winter.latest()).contains(LocalDate.of(2017, 2, 28));
    }

    @Test
    void winterEndsOnTheTwentyNinthOfFebruaryWhenTheNextYearIsALeapYear() {
        // 2020 is a leap year, 2017 is not.
        assertThat(PartialDate.parse("2019-24").latest()).contains(LocalDate.of(2020, 2, 29));
        assertThat(PartialDate.parse("2016-24").latest()).contains(LocalDate.of(2017, 2, 28));
    }

    @ParameterizedTest
    @ValueSource(strings = {"XXXX-09-29", "XXXX-09"})
    void hasNoEarliestOrLatestDayWhenTheYearIsUnknown(String text) {
        PartialDate date = PartialDate.parse(text);

        assertThat(date.earliest()).isEmpty();
        assertThat(date.latest()).isEmpty();
    }

    @ParameterizedTest(name = "{0} before {1}: {2}, {3}")
    @CsvSource(delimiter = '|', textBlock = """
            2016-23    | 2017-10-25 | true  | Hjørring held its meetings in autumn 2016 and adopted in October 2017
            2016-23    | 2016-10-15 | false | autumn 2016 contains 15 October 2016
            2017       | 2017-10    | false | the year 2017 contains October 2017
            2017-10    | 2017       | false | October 2017 lies within the year 2017
            2017-10-25 | 2016-23    | false | the other date is earlier
            2016-24    | 2017-02-28 | false | winter 2016 ends on 28 February 2017, which is not before itself
            2016-24    | 2017-03-01 | true  | winter 2016 is over by March 2017
            XXXX-09-29 | 2017-10-25 | false | the year of the first date is unknown
            2016       | XXXX-09-29 | false | the year of the second date is unknown
            """)
    void isCertainlyBeforeADateOnlyWhenItEndsBeforeThatDateBegins(String date, String other, boolean before,
            String why) {
        assertThat(PartialDate.parse(date).isCertainlyBefore(PartialDate.parse(other))).as(why).isEqualTo(before);
    }

    @Test
    void equalsADateOfTheSameTextAndPrecision() {
        assertThat(PartialDate.parse("2017-10-25"))
                .isEqualTo(PartialDate.of(2017, 10, 25))
                .hasSameHashCodeAs(PartialDate.of(LocalDate.of(2017, 10, 25)));
        assertThat(PartialDate.parse("2017-10")).isEqualTo(PartialDate.of(YearMonth.of(2017, 10)));
        assertThat(PartialDate.parse("2017")).isEqualTo(PartialDate.ofYear(2017));
        assertThat(PartialDate.parse("XXXX-09")).isEqualTo(PartialDate.ofUnknownYear(Month.SEPTEMBER));
    }

    @Test
    void differsFromADateOfAnotherPrecisionCoveringTheSameDays() {
        // October 2017 and 2017-10-01..2017-10-31 are different statements.
        assertThat(PartialDate.parse("2017-10")).isNotEqualTo(PartialDate.parse("2017-10-01"));
        assertThat(PartialDate.parse("2017")).isNotEqualTo(PartialDate.parse("2017-10"));
        assertThat(PartialDate.parse("XXXX-10")).isNotEqualTo(PartialDate.parse("2017-10"));
    }

    @Test
    void rejectsAYearOutsideOneToNineThousandNineHundredAndNinetyNine() {
        assertThatThrownBy(() -> PartialDate.ofYear(0)).isInstanceOf(java.time.DateTimeException.class);
        assertThatThrownBy(() -> PartialDate.ofYear(10_000)).isInstanceOf(java.time.DateTimeException.class);
    }
}
