package io.github.frivillig.core.dataset;

import org.junit.jupiter.api.Test;

import nl.jqno.equalsverifier.EqualsVerifier;

import io.github.frivillig.core.fixtures.SeedPolicies;

// The package is @NullMarked (JSpecify), which EqualsVerifier reads: it does not feed null into fields that are
// not @Nullable.
class EqualityTest {

    @Test
    void criterionReasonIsEqualByCodeAndArguments() {
        // The typed values only render the message; the arguments are their text, so they decide equality.
        EqualsVerifier.forClass(CriterionReason.class).withIgnoredFields("values").verify();
    }

    @Test
    void policyDatasetIsEqualBySummaries() {
        // Summaries check their counts, so EqualsVerifier is given two real ones instead of inventing them.
        EqualsVerifier.forClass(PolicyDataset.class)
                .withPrefabValues(PolicySummary.class, PolicySummary.of(SeedPolicies.porsgrunn()),
                        PolicySummary.of(SeedPolicies.kragero()))
                .verify();
    }

    @Test
    void themeMatrixIsEqualByRows() {
        // The index by municipality holds the same rows again.
        EqualsVerifier.forClass(ThemeMatrix.class).withIgnoredFields("byMunicipality").verify();
    }
}
