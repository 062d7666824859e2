package io.github.frivillig.core.dataset;

import org.junit.jupiter.api.Test;

import nl.jqno.equalsverifier.EqualsVerifier;

// The package is @NullMarked (JSpecify), which EqualsVerifier reads: it does not feed null into fields that are
// not @Nullable.
class EqualityTest {

    @Test
    void criterionReasonIsEqualByCodeAndArguments() {
        // The typed values only render the message; the arguments are their text, so they decide equality.
        EqualsVerifier.forClass(CriterionReason.class).withIgnoredFields("values").verify();
    }
}
