package io.github.frivillig.core.value;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

import org.jspecify.annotations.Nullable;

/**
 * A calendar date known to a day, a month, a season or a year, or a day or month whose year is unknown.
 * <p>
 * Sources about municipal policy often give dates imprecisely: "in the autumn of 2016", "29 September" in an
 * article without a year, "2024–2027". A partial date records exactly what is known, in a subset of the
 * Extended Date/Time Format (EDTF, ISO 8601-2, level 0 and the seasons and unspecified year of level 1):
 * <table class="striped">
 * <caption>Supported forms</caption>
 * <thead><tr><th>text</th><th>meaning</th><th>{@link Precision}</th></tr></thead>
 * <tbody>
 * <tr><td>{@code 2017-10-25}</td><td>a day</td><td>{@code DAY}</td></tr>
 * <tr><td>{@code 2017-10}</td><td>a month</td><td>{@code MONTH}</td></tr>
 * <tr><td>{@code 2016-23}</td><td>a season: 21 spring, 22 summer, 23 autumn, 24 winter</td><td>{@code SEASON}</td></tr>
 * <tr><td>{@code 2017}</td><td>a year</td><td>{@code YEAR}</td></tr>
 * <tr><td>{@code XXXX-09-29}</td><td>a day of an unknown year</td><td>{@code DAY}</td></tr>
 * <tr><td>{@code XXXX-09}</td><td>a month of an unknown year</td><td>{@code MONTH}</td></tr>
 * </tbody>
 * </table>
 * A partial date with a known year covers an interval from {@link #earliest()} to {@link #latest()}. Seasons
 * are the meteorological seasons of the northern hemisphere: spring March–May, summer June–August, autumn
 * September–November, winter December of the year to the end of February of the next.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class PartialDate {

    /** How precisely a partial date is known. */
    public enum Precision {
        /** Known to the year. */
        YEAR,
        /** Known to the season of a year. */
        SEASON,
        /** Known to the month. */
        MONTH,
        /** Known to the day. */
        DAY
    }

    /** The four seasons of EDTF level 1, with their EDTF numbers. */
    public enum Season {
        /** Spring, EDTF 21: March to May. */
        SPRING(21, Month.MARCH),
        /** Summer, EDTF 22: June to August. */
        SUMMER(22, Month.JUNE),
        /** Autumn, EDTF 23: September to November. */
        AUTUMN(23, Month.SEPTEMBER),
        /** Winter, EDTF 24: December to the end of February of the next year. */
        WINTER(24, Month.DECEMBER);

        private final int edtfNumber;
        private final Month firstMonth;

        Season(int edtfNumber, Month firstMonth) {
            this.edtfNumber = edtfNumber;
            this.firstMonth = firstMonth;
        }

        /**
         * Returns the EDTF number of the season, 21 to 24.
         *
         * @return the EDTF number
         */
        public int edtfNumber() {
            return edtfNumber;
        }

        /**
         * Returns the first month of the season.
         *
         * @return the first month, not null
         */
        public Month firstMonth() {
            return firstMonth;
        }

        static Optional<Season> ofEdtfNumber(int number) {
            for (Season season : values()) {
                if (season.edtfNumber == number) {
                    return Optional.of(season);
                }
            }
            return Optional.empty();
        }
    }

    private static final int UNKNOWN = 0;

    private final int year;          // UNKNOWN when the year is unspecified
    private final int month;         // 1-12, or UNKNOWN
    private final int day;           // 1-31, or UNKNOWN
    private final @Nullable Season season;     // non-null only for SEASON precision
    private final Precision precision;

    private PartialDate(int year, int month, int day, @Nullable Season season, Precision precision) {
        this.year = year;
        this.month = month;
        this.day = day;
        this.season = season;
        this.precision = precision;
    }

    /**
     * Obtains a partial date known to the day.
     *
     * @param date  the date, not null
     * @return the partial date, not null
     * @throws DateTimeException if the year is outside 1 to 9999
     */
    public static PartialDate of(LocalDate date) {
        Objects.requireNonNull(date, "date");
        checkYear(date.getYear());
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), null, Precision.DAY);
    }

    /**
     * Obtains a partial date known to the day.
     *
     * @param year  the year, from 1 to 9999
     * @param month  the month, from 1 to 12
     * @param day  the day of the month, valid for the year and month
     * @return the partial date, not null
     * @throws DateTimeException if the date is not valid
     */
    public static PartialDate of(int year, int month, int day) {
        return of(LocalDate.of(year, month, day));
    }

    /**
     * Obtains a partial date known to the month.
     *
     * @param yearMonth  the year and month, not null
     * @return the partial date, not null
     * @throws DateTimeException if the year is outside 1 to 9999
     */
    public static PartialDate of(YearMonth yearMonth) {
        Objects.requireNonNull(yearMonth, "yearMonth");
        checkYear(yearMonth.getYear());
        return new PartialDate(yearMonth.getYear(), yearMonth.getMonthValue(), UNKNOWN, null, Precision.MONTH);
    }

    /**
     * Obtains a partial date known to the year.
     *
     * @param year  the year, from 1 to 9999
     * @return the partial date, not null
     * @throws DateTimeException if the year is outside 1 to 9999
     */
    public static PartialDate ofYear(int year) {
        checkYear(year);
        return new PartialDate(year, UNKNOWN, UNKNOWN, null, Precision.YEAR);
    }

    /**
     * Obtains a partial date known to the season of a year.
     *
     * @param year  the year, from 1 to 9999
     * @param season  the season, not null
     * @return the partial date, not null
     * @throws DateTimeException if the year is outside 1 to 9999
     */
    public static PartialDate ofSeason(int year, Season season) {
        Objects.requireNonNull(season, "season");
        checkYear(year);
        return new PartialDate(year, UNKNOWN, UNKNOWN, season, Precision.SEASON);
    }

    /**
     * Obtains a partial date known to the day of a month in an unknown year.
     *
     * @param monthDay  the month and day, not null
     * @return the partial date, not null
     */
    public static PartialDate ofUnknownYear(MonthDay monthDay) {
        Objects.requireNonNull(monthDay, "monthDay");
        return new PartialDate(UNKNOWN, monthDay.getMonthValue(), monthDay.getDayOfMonth(), null, Precision.DAY);
    }

    /**
     * Obtains a partial date known to the month in an unknown year.
     *
     * @param month  the month, not null
     * @return the partial date, not null
     */
    public static PartialDate ofUnknownYear(Month month) {
        Objects.requireNonNull(month, "month");
        return new PartialDate(UNKNOWN, month.getValue(), UNKNOWN, null, Precision.MONTH);
    }

    /**
     * Obtains a partial date from its EDTF text, such as {@code 2017-10-25}, {@code 2016-23} or
     * {@code XXXX-09-29}.
     *
     * @param text  the text to parse, not null
     * @return the partial date, not null
     * @throws DateTimeParseException if the text is not one of the supported forms or not a valid date
     */
    public static PartialDate parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        int length = s.length();
        if (length != 4 && length != 7 && length != 10) {
            throw new DateTimeParseException("Text '" + s + "' is not a partial date such as 2017-10-25, 2017-10, "
                    + "2016-23, 2017 or XXXX-09-29", s, 0);
        }
        boolean unknownYear = s.startsWith("XXXX");
        int year = unknownYear ? UNKNOWN : digits(s, 0, 4);
        if (length == 4) {
            if (unknownYear) {
                throw new DateTimeParseException("Text '" + s + "' leaves everything unknown", s, 0);
            }
            return ofYearChecked(year, s);
        }
        expect(s, 4, '-');
        int second = digits(s, 5, 7);
        try {
            if (length == 7) {
                if (second >= 21 && second <= 24) {
                    if (unknownYear) {
                        throw new DateTimeParseException("Text '" + s + "' gives a season of an unknown year", s, 5);
                    }
                    return ofSeason(checkedYear(year, s), Season.ofEdtfNumber(second).orElseThrow());
                }
                Month month = Month.of(second);
                return unknownYear ? ofUnknownYear(month) : of(YearMonth.of(checkedYear(year, s), month));
            }
            expect(s, 7, '-');
            int day = digits(s, 8, 10);
            return unknownYear ? ofUnknownYear(MonthDay.of(second, day)) : of(LocalDate.of(checkedYear(year, s), second, day));
        } catch (DateTimeParseException e) {
            throw e;
        } catch (DateTimeException e) {
            throw new DateTimeParseException("Text '" + s + "' is not a valid date: " + e.getMessage(), s, 5, e);
        }
    }

    private static PartialDate ofYearChecked(int year, String text) {
        return ofYear(checkedYear(year, text));
    }

    private static int checkedYear(int year, String text) {
        if (year < 1) {
            throw new DateTimeParseException("Text '" + text + "' has year 0000, which EDTF does not allow here", text, 0);
        }
        return year;
    }

    private static int digits(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw new DateTimeParseException("Text '" + s + "' has '" + c + "' where a digit belongs", s, i);
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static void expect(String s, int index, char expected) {
        if (s.charAt(index) != expected) {
            throw new DateTimeParseException("Text '" + s + "' needs '" + expected + "' at index " + index, s, index);
        }
    }

    private static void checkYear(int year) {
        if (year < 1 || year > 9999) {
            throw new DateTimeException("Year " + year + " is outside 1 to 9999");
        }
    }

    /**
     * Returns how precisely this date is known.
     *
     * @return the precision, not null
     */
    public Precision precision() {
        return precision;
    }

    /**
     * Checks whether the year is known.
     *
     * @return true unless this date has the form {@code XXXX-MM} or {@code XXXX-MM-DD}
     */
    public boolean isYearKnown() {
        return year != UNKNOWN;
    }

    /**
     * Returns the year, if known.
     *
     * @return the year, empty if unknown
     */
    public OptionalInt year() {
        return year == UNKNOWN ? OptionalInt.empty() : OptionalInt.of(year);
    }

    /**
     * Returns the month, if this date is known to the month or day.
     *
     * @return the month, not null, empty for year and season precision
     */
    public Optional<Month> month() {
        return month == UNKNOWN ? Optional.empty() : Optional.of(Month.of(month));
    }

    /**
     * Returns the day of the month, if this date is known to the day.
     *
     * @return the day of the month, empty unless the precision is {@link Precision#DAY}
     */
    public OptionalInt dayOfMonth() {
        return day == UNKNOWN ? OptionalInt.empty() : OptionalInt.of(day);
    }

    /**
     * Returns the season, if this date is known to the season.
     *
     * @return the season, not null, empty unless the precision is {@link Precision#SEASON}
     */
    public Optional<Season> season() {
        return Optional.ofNullable(season);
    }

    /**
     * Returns the exact date, if this date is known to the day in a known year.
     *
     * @return the date, not null, empty otherwise
     */
    public Optional<LocalDate> toLocalDate() {
        return precision == Precision.DAY && year != UNKNOWN
                ? Optional.of(LocalDate.of(year, month, day))
                : Optional.empty();
    }

    /**
     * Returns the first day this date may denote.
     *
     * @return the earliest day, not null, empty if the year is unknown
     */
    public Optional<LocalDate> earliest() {
        if (year == UNKNOWN) {
            return Optional.empty();
        }
        return Optional.of(switch (precision) {
            case DAY -> LocalDate.of(year, month, day);
            case MONTH -> LocalDate.of(year, month, 1);
            case SEASON -> LocalDate.of(year, season.firstMonth(), 1);
            case YEAR -> LocalDate.of(year, 1, 1);
        });
    }

    /**
     * Returns the last day this date may denote.
     *
     * @return the latest day, not null, empty if the year is unknown
     */
    public Optional<LocalDate> latest() {
        if (year == UNKNOWN) {
            return Optional.empty();
        }
        return Optional.of(switch (precision) {
            case DAY -> LocalDate.of(year, month, day);
            case MONTH -> YearMonth.of(year, month).atEndOfMonth();
            case SEASON -> YearMonth.of(year, season.firstMonth()).plusMonths(2).atEndOfMonth();
            case YEAR -> LocalDate.of(year, 12, 31);
        });
    }

    /**
     * Checks whether this date certainly lies before another: every day it may denote comes before every day the
     * other may denote.
     *
     * @param other  the other date, not null
     * @return true if this date is certainly before the other; false if not, or if either year is unknown
     */
    public boolean isCertainlyBefore(PartialDate other) {
        Objects.requireNonNull(other, "other");
        Optional<LocalDate> thisLatest = latest();
        Optional<LocalDate> otherEarliest = other.earliest();
        return thisLatest.isPresent() && otherEarliest.isPresent() && thisLatest.get().isBefore(otherEarliest.get());
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof PartialDate other
                && year == other.year
                && month == other.month
                && day == other.day
                && season == other.season
                && precision == other.precision;
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, month, day, season, precision);
    }

    /**
     * Returns the EDTF text of this date, such as {@code 2017-10-25}, {@code 2016-23} or {@code XXXX-09-29}.
     * {@link #parse(CharSequence)} reads it back to an equal date.
     *
     * @return the EDTF text, not null
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(10);
        if (year == UNKNOWN) {
            text.append("XXXX");
        } else {
            pad(text, year, 4);
        }
        switch (precision) {
            case SEASON:
                text.append('-').append(season.edtfNumber());
                break;
            case MONTH:
                text.append('-');
                pad(text, month, 2);
                break;
            case DAY:
                text.append('-');
                pad(text, month, 2);
                text.append('-');
                pad(text, day, 2);
                break;
            default:
                break;
        }
        return text.toString();
    }

    private static void pad(StringBuilder text, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            text.append('0');
        }
        text.append(digits);
    }
}
