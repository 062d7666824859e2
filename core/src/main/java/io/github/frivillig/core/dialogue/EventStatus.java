package io.github.frivillig.core.dialogue;

import io.github.frivillig.core.code.Coded;

/**
 * Whether a dialogue event took place.
 * <p>
 * Each value has a stable {@link #code() code} for the JSON format and labels in English, Norwegian
 * (bokmål and nynorsk), Danish and Swedish.
 */
public enum EventStatus implements Coded {
    /** The event is planned. */
    PLANNED("planned"),
    /** The event took place. */
    HELD("held"),
    /** The event was cancelled; a reason is required. */
    CANCELLED("cancelled");

    private final String code;

    EventStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
