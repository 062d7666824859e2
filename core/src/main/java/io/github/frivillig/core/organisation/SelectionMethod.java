package io.github.frivillig.core.organisation;

import io.github.frivillig.core.code.Coded;

/**
 * How the members of a group are chosen.
 * <p>
 * Each value has a stable {@link #code() code} for the JSON format and labels in English, Norwegian
 * (bokmål and nynorsk), Danish and Swedish.
 */
public enum SelectionMethod implements Coded {
    /** Organisations or people volunteered to take part. */
    SELF_NOMINATED("self-nominated"),
    /** The municipality appoints the members. */
    APPOINTED_BY_MUNICIPALITY("appointed-by-municipality"),
    /** The voluntary organisations nominate the members. */
    NOMINATED_BY_ORGANISATIONS("nominated-by-organisations"),
    /** The members are elected, for example at a meeting of the organisations. */
    ELECTED("elected"),
    /** Anyone may join. */
    OPEN("open"),
    /** The group formed and constituted itself. */
    SELF_CONSTITUTED("self-constituted");

    private final String code;

    SelectionMethod(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
