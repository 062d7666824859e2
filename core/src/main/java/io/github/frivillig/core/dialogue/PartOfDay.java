package io.github.frivillig.core.dialogue;

import io.github.frivillig.core.code.Coded;

/**
 * The part of the day a dialogue event was held in, for sources that say "Thursday evening" rather than a time.
 * <p>
 * Each value has a stable {@link #code() code} for the JSON format and labels in English, Norwegian
 * (bokmål and nynorsk), Danish and Swedish.
 */
public enum PartOfDay implements Coded {
    /** Before noon (<i>formiddag</i>). */
    MORNING("morning"),
    /** After noon, before the evening (<i>ettermiddag</i>, <i>eftermiddag</i>). */
    AFTERNOON("afternoon"),
    /** The evening (<i>kveld</i>, <i>aften</i>). */
    EVENING("evening"),
    /** The whole day (<i>heldags</i>). */
    ALL_DAY("all-day");

    private final String code;

    PartOfDay(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
