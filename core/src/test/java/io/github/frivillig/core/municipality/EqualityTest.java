package io.github.frivillig.core.municipality;

import org.junit.jupiter.api.Test;

import nl.jqno.equalsverifier.EqualsVerifier;

// The model's packages are @NullMarked (JSpecify), which EqualsVerifier reads: it does not feed null into
// components that are not @Nullable, so no Warning.NULL_FIELDS suppression is needed.
class EqualityTest {

    @Test
    void municipalityIsEqualByValue() {
        // A municipality names its successors, which are municipalities: EqualsVerifier cannot make up values of
        // a recursive type, so it is given two, a former municipality and the one it became part of.
        EqualsVerifier.forClass(Municipality.class)
                .withPrefabValues(Municipality.class, Municipality.of(Country.NORWAY, "0502", "Gjøvik"),
                        Municipality.of(Country.NORWAY, "3407", "Gjøvik"))
                .verify();
    }
}
