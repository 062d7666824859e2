package io.github.frivillig.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

class PolicyStatusTest {

    @Test
    void statusesBeforeAdoptionAreTheFiveStagesOfDevelopment() {
        assertThat(EnumSet.allOf(PolicyStatus.class)).filteredOn(PolicyStatus::isBeforeAdoption)
                .containsExactly(PolicyStatus.INITIATED, PolicyStatus.MAPPING, PolicyStatus.IN_DIALOGUE,
                        PolicyStatus.DRAFT, PolicyStatus.CONSULTATION);
    }

    @Test
    void adoptionHoldsFromAdoptedOnEvenAfterThePolicyEnds() {
        assertThat(EnumSet.allOf(PolicyStatus.class)).filteredOn(PolicyStatus::hasBeenAdopted)
                .containsExactly(PolicyStatus.ADOPTED, PolicyStatus.UNDER_REVISION, PolicyStatus.SUPERSEDED,
                        PolicyStatus.REPEALED);
    }

    @Test
    void aPolicyUnderRevisionIsBeingDevelopedAgain() {
        assertThat(PolicyStatus.UNDER_REVISION.isBeingDeveloped()).isTrue();
        assertThat(PolicyStatus.DRAFT.isBeingDeveloped()).isTrue();
        assertThat(PolicyStatus.ADOPTED.isBeingDeveloped()).isFalse();
        assertThat(PolicyStatus.SUPERSEDED.isBeingDeveloped()).isFalse();
    }
}
