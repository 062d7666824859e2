package io.github.frivillig.core.dataset;

import io.github.frivillig.core.code.Coded;

/**
 * Where a policy covers a theme: in its principles or its measures, which are what the policy says, or in its
 * dialogue events or the inputs it received, which are what was raised in the dialogue that produced it.
 * <p>
 * A policy may name a theme in its principles and never act on it in a measure, or the reverse, and the voluntary
 * sector may raise a theme that the policy leaves out; comparisons keep the four apart.
 * <p>
 * Each value has a stable {@link #code() code} for exports and labels in English, Norwegian (bokmål and
 * nynorsk), Danish and Swedish.
 */
public enum CoverageSource implements Coded {
    /** The policy's principles, values, goals, focus areas and commitments. */
    PRINCIPLES("principles"),
    /** The policy's measures. */
    MEASURES("measures"),
    /** The policy's dialogue events that were held or are planned. */
    EVENTS("events"),
    /** The inputs the policy received from the voluntary sector. */
    INPUTS("inputs");

    private final String code;

    CoverageSource(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
