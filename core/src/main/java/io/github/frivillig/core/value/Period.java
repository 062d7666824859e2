package io.github.frivillig.core.value;

import org.jspecify.annotations.Nullable;

/**
 * A span of time between two partial dates, either end open.
 * <p>
 * A policy's validity ("2024–2027"), a measure's period or a dialogue process may be given to the year, the
 * month or the day, so both ends are {@link PartialDate}s. An absent end is open. Whether the end comes before
 * the start is a question for validation.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param from  the first date, null if open
 * @param to  the last date, inclusive, null if open
 */
public record Period(@Nullable PartialDate from, @Nullable PartialDate to) {

    /**
     * Obtains a period between two dates.
     *
     * @param from  the first date, null if open
     * @param to  the last date, inclusive, null if open
     * @return the period, not null
     */
    public static Period between(@Nullable PartialDate from, @Nullable PartialDate to) {
        return new Period(from, to);
    }

    /**
     * Obtains a period with an open end.
     *
     * @param from  the first date, not null
     * @return the period, not null
     */
    public static Period startingAt(PartialDate from) {
        return new Period(java.util.Objects.requireNonNull(from, "from"), null);
    }

    /**
     * Checks whether the end certainly lies before the start, which makes the period impossible.
     *
     * @return true if both ends are given and the end is certainly before the start
     */
    public boolean endsBeforeItStarts() {
        return from != null && to != null && to.isCertainlyBefore(from);
    }
}
