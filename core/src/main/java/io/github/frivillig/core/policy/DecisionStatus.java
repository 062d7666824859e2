package io.github.frivillig.core.policy;

import io.github.frivillig.core.code.Coded;

/**
 * Whether a decision has been taken or is only planned.
 * <p>
 * Each value has a stable {@link #code() code} for the JSON format and labels in English, Norwegian
 * (bokmål and nynorsk), Danish and Swedish.
 */
public enum DecisionStatus implements Coded {
    /** The decision has been taken. */
    TAKEN("taken"),
    /**
     * The decision is planned, such as a meeting a case is to go to, and had not been taken when the sources were
     * written.
     */
    PLANNED("planned");

    private final String code;

    DecisionStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
