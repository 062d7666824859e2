package io.github.frivillig.core.dataset;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of one completeness criterion for a policy, with the reasons for it.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param criterion  the criterion
 * @param outcome  met, in process or not met
 * @param reasons  why, the deciding fact first, never empty
 */
public record CriterionResult(CompletenessCriterion criterion, CriterionOutcome outcome,
        List<CriterionReason> reasons) {

    /**
     * Creates a criterion result, copying the reasons.
     *
     * @throws IllegalArgumentException if no reason is given
     */
    public CriterionResult {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(outcome, "outcome");
        reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons"));
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("The outcome of '" + criterion.code() + "' needs a reason");
        }
    }

    /**
     * Returns the codes of the reasons, in order.
     *
     * @return the reason codes, not null
     */
    public List<String> reasonCodes() {
        return reasons.stream().map(CriterionReason::code).toList();
    }
}
