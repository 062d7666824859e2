package io.github.frivillig.core.dialogue;

import io.github.frivillig.core.code.Coded;

/**
 * What kind of input the voluntary sector gave.
 * <p>
 * Each value has a stable {@link #code() code} for the JSON format and labels in English, Norwegian
 * (bokmål and nynorsk), Danish and Swedish.
 */
public enum InputKind implements Coded {
    /** A need or challenge the municipality could help with (<i>utfordring</i>). */
    NEED("need"),
    /** A resource the voluntary sector can contribute (<i>ressurs</i>). */
    RESOURCE("resource"),
    /** A proposal for a measure (<i>forslag</i>). */
    PROPOSAL("proposal"),
    /** An observation or opinion. */
    OBSERVATION("observation"),
    /** The source does not say what kind of input it was. */
    NOT_STATED("not-stated");

    private final String code;

    InputKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
