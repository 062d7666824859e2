package io.github.frivillig.core.policy;

import io.github.frivillig.core.code.Coded;

/**
 * What a political or administrative decision about a policy did.
 * <p>
 * Each value has a stable {@link #code() code} for the JSON format and labels in English, Norwegian
 * (bokmål and nynorsk), Danish and Swedish.
 */
public enum DecisionKind implements Coded {
    /** Gave the mandate to develop the policy (<i>forankret i kommunestyret</i>). */
    MANDATE("mandate"),
    /** Adopted the policy (<i>vedtatt</i>, <i>godkendt</i>). */
    ADOPTION("adoption"),
    /** Adopted a revision of the policy. */
    REVISION("revision"),
    /** Repealed the policy. */
    REPEAL("repeal");

    private final String code;

    DecisionKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
