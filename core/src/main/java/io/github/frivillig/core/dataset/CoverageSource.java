package io.github.frivillig.core.dataset;

import io.github.frivillig.core.code.Coded;

/**
 * The part of a policy that covers a theme: its principles or its measures.
 * <p>
 * A policy may name a theme in its principles and never act on it in a measure, or the reverse; comparisons keep
 * the two apart.
 * <p>
 * Each value has a stable {@link #code() code} for exports and labels in English, Norwegian (bokmål and
 * nynorsk), Danish and Swedish.
 */
public enum CoverageSource implements Coded {
    /** The policy's principles, values, goals, focus areas and commitments. */
    PRINCIPLES("principles"),
    /** The policy's measures. */
    MEASURES("measures");

    private final String code;

    CoverageSource(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
