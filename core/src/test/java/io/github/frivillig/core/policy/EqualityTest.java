package io.github.frivillig.core.policy;

import org.junit.jupiter.api.Test;

import nl.jqno.equalsverifier.EqualsVerifier;

// The model's packages are @NullMarked (JSpecify), which EqualsVerifier reads: it does not feed null into
// components that are not @Nullable, so no Warning.NULL_FIELDS suppression is needed.
class EqualityTest {

    @Test
    void policyIdIsEqualByValue() {
        EqualsVerifier.forClass(PolicyId.class).verify();
    }
}
