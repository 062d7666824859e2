package io.github.frivillig.core.policy;

import io.github.frivillig.core.code.Coded;

/**
 * What a case or archive reference that a document cites refers to.
 * <p>
 * Each value has a stable {@link #code() code} for the JSON format and labels in English, Norwegian
 * (bokmål and nynorsk), Danish and Swedish.
 */
public enum ReferenceKind implements Coded {
    /**
     * A case number in the municipality's case handling (<i>saksnummer</i>, <i>sagsnummer</i>, <i>diarienummer</i>).
     */
    CASE("case"),
    /** A case in the archive (<i>arkivsak</i>, <i>journalsag</i>). */
    ARCHIVE_CASE("archive-case"),
    /** A registered document of a case (<i>journalpost</i>). */
    JOURNAL_POST("journal-post"),
    /** An item on a political body's agenda (<i>politisk sak</i>, <i>PS 45/17</i>, <i>punkt</i>, <i>paragraf</i>). */
    AGENDA_ITEM("agenda-item"),
    /** Another kind of reference. */
    OTHER("other");

    private final String code;

    ReferenceKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
