package io.github.frivillig.core.dialogue;

import io.github.frivillig.core.code.Coded;

/**
 * Which phase of a policy's life a dialogue event belongs to.
 * <p>
 * Each value has a stable {@link #code() code} for the JSON format and labels in English, Norwegian
 * (bokmål and nynorsk), Danish and Swedish.
 */
public enum EventPhase implements Coded {
    /** Making the policy, before it is adopted, including consultation on a draft. */
    DEVELOPMENT("development"),
    /** Following up the adopted policy, such as a yearly dialogue meeting or forum. */
    FOLLOW_UP("follow-up"),
    /** Revising the adopted policy. */
    REVISION("revision");

    private final String code;

    EventPhase(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
