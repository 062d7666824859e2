package io.github.frivillig.core.value;

import io.github.frivillig.core.code.Coded;

/**
 * How exactly a {@link Count} is known: "45 associations", "over 20 organisations", "about 100 people".
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
    FEWER_THAN("fewer-than");

    private final String code;

    CountQualifier(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
