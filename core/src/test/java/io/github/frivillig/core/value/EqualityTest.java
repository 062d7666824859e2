package io.github.frivillig.core.value;

import org.junit.jupiter.api.Test;

import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;

// The model's packages are @NullMarked (JSpecify), which EqualsVerifier reads: it does not feed null into
// components that are not @Nullable, so no Warning.NULL_FIELDS suppression is needed.
class EqualityTest {

    @Test
    void localIdIsEqualByValue() {
        EqualsVerifier.forClass(LocalId.class).verify();
    }

    @Test
    void countIsEqualByValue() {
        EqualsVerifier.forClass(Count.class).verify();
    }

    @Test
    void moneyIsEqualByValue() {
        // BIGDECIMAL_EQUALITY: Money is a record, so 150000 NOK and 150000.00 NOK are different values, as a
        // source may write them; the amount keeps the scale it was given, like ExtensionValue's numbers.
        EqualsVerifier.forClass(Money.class).suppress(Warning.BIGDECIMAL_EQUALITY).verify();
    }

    @Test
    void periodIsEqualByValue() {
        EqualsVerifier.forClass(Period.class).verify();
    }

    @Test
    void personIsEqualByValue() {
        EqualsVerifier.forClass(Person.class).verify();
    }

    @Test
    void partialDateIsEqualByValue() {
        EqualsVerifier.forClass(PartialDate.class).verify();
    }
}
