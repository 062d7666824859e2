package io.github.frivillig.core.value;

import io.github.frivillig.core.code.Coded;

/**
 * How exactly a stated number is known: "45 associations", "over 20 organisations", "about 100 people", "nearly
 * NOK 300 000", or only in words, "many inputs". It qualifies a {@link Count}, and the amount of {@link Money} and a
 * measured value, whose qualifiers go with a number.
 */
public enum CountQualifier implements Coded {
    /** Exactly the number given. */
    EXACT("exact"),
    /** About the number given. */
    ABOUT("about"),
    /** The number given or more. */
    AT_LEAST("at-least"),
    /** More than the number given ("over 20"). */
    MORE_THAN("more-than"),
    /** The number given or fewer. */
    AT_MOST("at-most"),
    /** Fewer than the number given. */
    FEWER_THAN("fewer-than"),
    /** Just under the number ("nearly 300", <i>nærmere</i>, <i>næsten</i>, <i>nästan</i>). */
    NEARLY("nearly"),
    /** Many, without a number ("many inputs"); the count has no value. */
    MANY("many"),
    /** Several, without a number ("a number of", <i>en rekke</i>, <i>flere</i>); the count has no value. */
    SEVERAL("several"),
    /** Few, without a number; the count has no value. */
    FEW("few");

    private final String code;

    CountQualifier(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /**
     * Tells whether the qualifier stands without a number: many, several or few.
     *
     * @return true for {@link #MANY}, {@link #SEVERAL} and {@link #FEW}
     */
    public boolean isVague() {
        return this == MANY || this == SEVERAL || this == FEW;
    }
}
