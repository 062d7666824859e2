package io.github.frivillig.core.value;

import java.util.Objects;

import jakarta.validation.constraints.PositiveOrZero;

/**
 * A count of people or organisations as a source states it: exactly, approximately, or as a bound ("over 20").
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param value  the number, which validation requires to be zero or more
 * @param qualifier  how exactly the number is known, not null
 */
public record Count(@PositiveOrZero int value, CountQualifier qualifier) {

    /**
     * Creates a count.
     *
     * @param value  the number
     * @param qualifier  how exactly the number is known, not null
     * @throws NullPointerException if the qualifier is null
     */
    public Count {
        Objects.requireNonNull(qualifier, "qualifier");
    }

    /**
     * Obtains an exact count.
     *
     * @param value  the number
     * @return the count, not null
     */
    public static Count exactly(int value) {
        return new Count(value, CountQualifier.EXACT);
    }

    /**
     * Obtains a count known to exceed a number ("over 20").
     *
     * @param value  the number exceeded
     * @return the count, not null
     */
    public static Count moreThan(int value) {
        return new Count(value, CountQualifier.MORE_THAN);
    }

    /**
     * Obtains an approximate count.
     *
     * @param value  the approximate number
     * @return the count, not null
     */
    public static Count about(int value) {
        return new Count(value, CountQualifier.ABOUT);
    }

    /**
     * Returns the lowest number consistent with this count: the value itself, one more for "more than" (the value
     * itself at {@link Integer#MAX_VALUE}), zero for the upper bounds.
     *
     * @return the lowest number this count allows
     */
    public int lowerBound() {
        switch (qualifier) {
            case MORE_THAN:
                return value == Integer.MAX_VALUE ? value : value + 1;
            case AT_MOST:
            case FEWER_THAN:
                return 0;
            default:
                return value;
        }
    }

    /**
     * Returns the count in a readable form: {@code 45}, {@code >20}, {@code ~100}, {@code >=20}, {@code <=20}
     * or {@code <20}.
     *
     * @return the text form, not null
     */
    @Override
    public String toString() {
        switch (qualifier) {
            case ABOUT:
                return "~" + value;
            case AT_LEAST:
                return ">=" + value;
            case MORE_THAN:
                return ">" + value;
            case AT_MOST:
                return "<=" + value;
            case FEWER_THAN:
                return "<" + value;
            default:
                return Integer.toString(value);
        }
    }
}
