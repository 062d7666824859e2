package io.github.frivillig.core.dialogue;

import io.github.frivillig.core.code.Coded;

/**
 * How an input reached the municipality.
 * <p>
 * Each value has a stable {@link #code() code} for the JSON format and labels in English, Norwegian
 * (bokmål and nynorsk), Danish and Swedish.
 */
public enum InputChannel implements Coded {
    /** Given at a dialogue event. */
    EVENT("event"),
    /** Sent by e-mail. */
    EMAIL("email"),
    /** Sent by letter. */
    LETTER("letter"),
    /** A response to a public consultation (<i>høringsuttalelse</i>, <i>høringssvar</i>). */
    CONSULTATION_RESPONSE("consultation-response"),
    /** An answer to a survey. */
    SURVEY("survey"),
    /** Submitted through a web form. */
    WEB_FORM("web-form"),
    /** Any other channel. */
    OTHER("other");

    private final String code;

    InputChannel(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
