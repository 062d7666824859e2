package io.github.frivillig.core.value;

import java.util.Objects;

import jakarta.validation.constraints.PositiveOrZero;

import org.jspecify.annotations.Nullable;

import io.github.frivillig.core.validation.constraints.StatedNumber;

/**
 * A count of people, organisations or inputs as a source states it: exactly, approximately, as a bound ("over 20",
 * "nearly 50"), as a range ("5 to 10 people", "about 1 000–1 500"), or without a number at all ("many inputs", "a
 * number of areas").
 * <p>
 * The vague qualifiers {@link CountQualifier#MANY many}, {@link CountQualifier#SEVERAL several} and
 * {@link CountQualifier#FEW few} have no value; every other qualifier has one. A range has its lower end as the
 * value and its upper end as {@code upTo}, which is not below the value. The model holds what it is given;
 * validation reports a count that breaks this.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param value  the number, or the lower end of a range, which validation requires to be zero or more, null for a
 *               vague count
 * @param upTo  the upper end of a range, null for a single number
 * @param qualifier  how exactly the number is known, not null
 */
@StatedNumber
public record Count(@PositiveOrZero @Nullable Integer value, @PositiveOrZero @Nullable Integer upTo,
        CountQualifier qualifier) {

    /**
     * Creates a count.
     *
     * @throws NullPointerException if the qualifier is null
     */
    public Count {
        Objects.requireNonNull(qualifier, "qualifier");
    }

    /**
     * Creates a count of a single number, or a vague count.
     *
     * @param value  the number, null for a vague count
     * @param qualifier  how exactly the number is known, not null
     * @throws NullPointerException if the qualifier is null
     */
    public Count(@Nullable Integer value, CountQualifier qualifier) {
        this(value, null, qualifier);
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
     * Obtains a count just under a number ("nearly 50").
     *
     * @param value  the number not quite reached
     * @return the count, not null
     */
    public static Count nearly(int value) {
        return new Count(value, CountQualifier.NEARLY);
    }

    /**
     * Obtains a range ("5 to 10 people").
     *
     * @param from  the lower end
     * @param upTo  the upper end
     * @return the count, not null
     */
    public static Count between(int from, int upTo) {
        return new Count(from, upTo, CountQualifier.EXACT);
    }

    /**
     * Obtains a count that a source gives only in words ("many", "a number of", "few").
     *
     * @param qualifier  {@link CountQualifier#MANY}, {@link CountQualifier#SEVERAL} or {@link CountQualifier#FEW},
     *                   not null
     * @return the count, not null
     * @throws IllegalArgumentException if the qualifier goes with a number
     */
    public static Count vague(CountQualifier qualifier) {
        if (!qualifier.isVague()) {
            throw new IllegalArgumentException("Not a qualifier without a number: '" + qualifier.code() + "'");
        }
        return new Count(null, qualifier);
    }

    /**
     * Tells whether the count has no number: many, several or few.
     *
     * @return true for a vague count
     */
    public boolean isVague() {
        return value == null;
    }

    /**
     * Returns the lowest number consistent with this count: the value itself, one more for "more than" (the value
     * itself at {@link Integer#MAX_VALUE}), zero for the upper bounds ("at most", "fewer than", "nearly"), two for
     * "several" and "many", one for "few", and zero for a count that is missing its value.
     *
     * @return the lowest number this count allows
     */
    public int lowerBound() {
        switch (qualifier) {
            case MORE_THAN:
                return value == null ? 0 : value == Integer.MAX_VALUE ? value : value + 1;
            case AT_MOST:
            case FEWER_THAN:
            case NEARLY:
                return 0;
            case MANY:
            case SEVERAL:
                return 2;
            case FEW:
                return 1;
            default:
                return value == null ? 0 : value;
        }
    }

    /**
     * Returns the count in a readable form: {@code 45}, {@code >20}, {@code ~100}, {@code >=20}, {@code <=20},
     * {@code <20}, {@code ~<50} (nearly 50), a range as {@code 5-10} or {@code ~1000-1500}, or the qualifier's code
     * for a vague count ({@code many}).
     *
     * @return the text form, not null
     */
    @Override
    public String toString() {
        if (value == null) {
            return upTo == null ? qualifier.code() : qualifier.code() + " up to " + upTo;
        }
        String sign = switch (qualifier) {
            case ABOUT -> "~";
            case AT_LEAST -> ">=";
            case MORE_THAN -> ">";
            case AT_MOST -> "<=";
            case FEWER_THAN -> "<";
            case NEARLY -> "~<";
            default -> "";
        };
        return sign + (upTo == null ? Integer.toString(value) : value + "-" + upTo);
    }
}
