package io.github.frivillig.core.dataset;

import io.github.frivillig.core.code.Coded;

/**
 * How a policy fares on one of the {@linkplain CompletenessCriterion completeness criteria}.
 * <p>
 * Each value has a stable {@link #code() code} for exports and labels in English, Norwegian (bokmål and
 * nynorsk), Danish and Swedish.
 */
public enum CriterionOutcome implements Coded {
    /** The record shows that the policy meets the criterion. */
    MET("met"),
    /** The policy does not meet the criterion yet, but is still being developed and the work points towards it. */
    IN_PROCESS("in-process"),
    /** The record does not show that the policy meets the criterion, and no work towards it is recorded. */
    NOT_MET("not-met");

    private final String code;

    CriterionOutcome(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
