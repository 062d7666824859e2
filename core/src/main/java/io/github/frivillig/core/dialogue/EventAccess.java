package io.github.frivillig.core.dialogue;

import io.github.frivillig.core.code.Coded;

/**
 * Who could come to a dialogue event: anyone, anyone who signed up, only those invited, or only the organisers'
 * own people.
 * <p>
 * Each value has a stable {@link #code() code} for the JSON format and labels in English, Norwegian
 * (bokmål and nynorsk), Danish and Swedish.
 */
public enum EventAccess implements Coded {
    /** Anyone could come, without signing up (<i>åpent møte</i>, <i>åbent møde</i>). */
    OPEN("open"),
    /** Anyone could come who signed up in advance (<i>påmelding</i>, <i>tilmelding</i>). */
    OPEN_WITH_REGISTRATION("open-with-registration"),
    /** Only those invited could come. */
    BY_INVITATION("by-invitation"),
    /** Only for the organisers' own people, such as a council's or an association's internal meeting. */
    INTERNAL("internal");

    private final String code;

    EventAccess(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
