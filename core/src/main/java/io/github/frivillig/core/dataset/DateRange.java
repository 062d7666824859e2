package io.github.frivillig.core.dataset;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The days on which something may have happened, when the sources date it imprecisely: from the earliest possible
 * day to the latest, both included. A day known exactly has the same earliest and latest day.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param earliest  the earliest possible day
 * @param latest  the latest possible day, not before the earliest
 */
public record DateRange(LocalDate earliest, LocalDate latest) {

    /**
     * Creates a date range.
     *
     * @throws IllegalArgumentException if the latest day is before the earliest
     */
    public DateRange {
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(latest, "latest");
        if (latest.isBefore(earliest)) {
            throw new IllegalArgumentException("Latest day '" + latest + "' is before earliest day '" + earliest + "'");
        }
    }

    /**
     * Checks whether the day is known exactly.
     *
     * @return true if the earliest and the latest day are the same
     */
    public boolean isExact() {
        return earliest.equals(latest);
    }
}
