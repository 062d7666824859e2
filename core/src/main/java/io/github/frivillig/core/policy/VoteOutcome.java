package io.github.frivillig.core.policy;

import io.github.frivillig.core.code.Coded;

/**
 * How a vote on a decision went.
 * <p>
 * Each value has a stable {@link #code() code} for the JSON format and labels in English, Norwegian
 * (bokmål and nynorsk), Danish and Swedish.
 */
public enum VoteOutcome implements Coded {
    /** Every member voted for it (<i>enstemmig</i>, <i>samrøystes</i>, <i>enstemmigt</i>, <i>enhälligt</i>). */
    UNANIMOUS("unanimous"),
    /** A majority voted for it. */
    MAJORITY("majority");

    private final String code;

    VoteOutcome(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
