package io.github.frivillig.core.dialogue;

import io.github.frivillig.core.code.Coded;

/**
 * What the municipality did with an input.
 * <p>
 * Each value has a stable {@link #code() code} for the JSON format and labels in English, Norwegian
 * (bokmål and nynorsk), Danish and Swedish.
 */
public enum Disposition implements Coded {
    /** Received, not yet considered. */
    RECEIVED("received"),
    /** Being considered. */
    UNDER_CONSIDERATION("under-consideration"),
    /** Accepted into the policy. */
    ACCEPTED("accepted"),
    /** Partly accepted; a reason is required. */
    PARTLY_ACCEPTED("partly-accepted"),
    /** Declined; a reason is required. */
    DECLINED("declined"),
    /** Accepted and carried out. */
    IMPLEMENTED("implemented");

    private final String code;

    Disposition(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
