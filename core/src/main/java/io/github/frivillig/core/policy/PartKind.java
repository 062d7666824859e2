package io.github.frivillig.core.policy;

import io.github.frivillig.core.code.Coded;

/**
 * What kind of part of a policy document a part is.
 * <p>
 * Each value has a stable {@link #code() code} for the JSON format and labels in English, Norwegian
 * (bokmål and nynorsk), Danish and Swedish.
 */
public enum PartKind implements Coded {
    /** A chapter or section of the document. */
    CHAPTER("chapter"),
    /** An annex or appendix (<i>vedlegg</i>, <i>bilag</i>). */
    ANNEX("annex"),
    /** A part that states the values (<i>værdipolitik</i>). */
    VALUE_POLICY("value-policy"),
    /**
     * A part that describes the voluntary sector and the municipality's work with it (<i>hvidbog</i>,
     * <i>frivillighetsmelding</i>).
     */
    WHITE_PAPER("white-paper"),
    /** A part on one theme. */
    THEME_POLICY("theme-policy"),
    /** An action plan with its own editions and revision (<i>handlingsplan</i>). */
    ACTION_PLAN("action-plan"),
    /** A list of measures revised apart from the document. */
    MEASURE_LIST("measure-list"),
    /** A summary. */
    SUMMARY("summary"),
    /** Another kind of part. */
    OTHER("other");

    private final String code;

    PartKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
