package io.github.frivillig.core.dataset;

/**
 * A number of days known within bounds: the fewest and the most days that the dates it was computed from allow.
 * An exact number has equal bounds. The number is negative when the end precedes the start.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param minimum  the fewest days possible
 * @param maximum  the most days possible, not less than the minimum
 */
public record DayRange(long minimum, long maximum) {

    /**
     * Creates a day range.
     *
     * @throws IllegalArgumentException if the maximum is less than the minimum
     */
    public DayRange {
        if (maximum < minimum) {
            throw new IllegalArgumentException("Maximum " + maximum + " is less than minimum " + minimum);
        }
    }

    /**
     * Checks whether the number of days is known exactly.
     *
     * @return true if the minimum and the maximum are equal
     */
    public boolean isExact() {
        return minimum == maximum;
    }
}
