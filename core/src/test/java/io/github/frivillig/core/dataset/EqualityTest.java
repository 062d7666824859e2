package io.github.frivillig.core.dataset;

import org.junit.jupiter.api.Test;

import nl.jqno.equalsverifier.EqualsVerifier;

import io.github.frivillig.core.fixtures.SeedPolicies;
import io.github.frivillig.core.municipality.Country;
import io.github.frivillig.core.municipality.Municipality;

// The package is @NullMarked (JSpecify), which EqualsVerifier reads: it does not feed null into fields that are
// not @Nullable.
class EqualityTest {

    // A municipality names the municipalities it became part of, a recursive type that EqualsVerifier cannot make
    // up values of: two real ones, a former municipality and its successor.
    private static final Municipality FORMER = Municipality.of(Country.NORWAY, "0502", "Gjøvik");
    private static final Municipality SUCCESSOR = Municipality.of(Country.NORWAY, "3407", "Gjøvik");

    @Test
    void criterionReasonIsEqualByCodeAndArguments() {
        // The values are compared by their text, the arguments: a codelist value by its code.
        EqualsVerifier.forClass(CriterionReason.class).verify();
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
        EqualsVerifier.forClass(ThemeMatrix.class).withIgnoredFields("byMunicipality")
                .withPrefabValues(Municipality.class, FORMER, SUCCESSOR)
                .verify();
    }
}
