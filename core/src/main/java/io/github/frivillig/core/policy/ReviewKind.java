package io.github.frivillig.core.policy;

import io.github.frivillig.core.code.Coded;

/**
 * What kind of follow-up a review of a policy was.
 * <p>
 * Each value has a stable {@link #code() code} for the JSON format and labels in English, Norwegian
 * (bokmål and nynorsk), Danish and Swedish.
 */
public enum ReviewKind implements Coded {
    /** An evaluation of the policy or of its measures. */
    EVALUATION("evaluation"),
    /** A report on how the policy is followed up. */
    REPORT("report"),
    /** A prize or recognition given to the municipality for the policy. */
    AWARD("award"),
    /** A survey of the voluntary sector about the policy. */
    SURVEY("survey");

    private final String code;

    ReviewKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
