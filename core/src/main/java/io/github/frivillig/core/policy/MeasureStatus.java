package io.github.frivillig.core.policy;

import io.github.frivillig.core.code.Coded;

/**
 * Where a measure is: proposed, planned, in progress, and finally completed or cancelled.
 * <p>
 * Each value has a stable {@link #code() code} for the JSON format and labels in English, Norwegian
 * (bokmål and nynorsk), Danish and Swedish.
 */
public enum MeasureStatus implements Coded {
    /** The measure has been proposed. */
    PROPOSED("proposed"),
    /** The measure is decided and planned. */
    PLANNED("planned"),
    /** The measure is being carried out. */
    IN_PROGRESS("in-progress"),
    /** The measure has been carried out. */
    COMPLETED("completed"),
    /** The measure was cancelled. */
    CANCELLED("cancelled"),
    /** The source does not say how far the measure has come. */
    NOT_STATED("not-stated");

    private final String code;

    MeasureStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
