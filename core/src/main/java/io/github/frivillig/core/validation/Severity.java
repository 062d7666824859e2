package io.github.frivillig.core.validation;

import io.github.frivillig.core.code.Coded;

/**
 * How serious a violation is.
 * <p>
 * Each value has a stable {@link #code() code} for the JSON format and labels in English, Norwegian
 * (bokmål and nynorsk), Danish and Swedish.
 */
public enum Severity implements Coded {
    /** The data is wrong: the policy is invalid. */
    ERROR("error"),
    /** The data is probably incomplete or inconsistent, but valid. */
    WARNING("warning"),
    /** A suggestion for better data. */
    INFO("info");

    private final String code;

    Severity(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
