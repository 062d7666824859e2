package io.github.frivillig.core.dataset;

import io.github.frivillig.core.code.Coded;

/**
 * Frivillighet Norge's criteria for a complete local volunteer policy: an own document with measures, developed in
 * dialogue with a breadth of the voluntary sector, and politically adopted. {@link CompletenessAssessment} says
 * exactly how each is judged.
 * <p>
 * Each value has a stable {@link #code() code} for exports and labels in English, Norwegian (bokmål and
 * nynorsk), Danish and Swedish.
 */
public enum CompletenessCriterion implements Coded {
    /** The policy is a document of its own with concrete measures, not principles alone. */
    OWN_DOCUMENT_WITH_MEASURES("own-document-with-measures"),
    /** The policy was developed in dialogue with a breadth of voluntary organisations. */
    DEVELOPED_IN_DIALOGUE("developed-in-dialogue"),
    /** The policy was adopted by a political body of the municipality. */
    POLITICALLY_ADOPTED("politically-adopted");

    private final String code;

    CompletenessCriterion(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
