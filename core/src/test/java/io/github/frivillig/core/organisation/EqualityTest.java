package io.github.frivillig.core.organisation;

import org.junit.jupiter.api.Test;

import nl.jqno.equalsverifier.EqualsVerifier;

// The model's packages are @NullMarked (JSpecify), which EqualsVerifier reads: it does not feed null into
// components that are not @Nullable, so no Warning.NULL_FIELDS suppression is needed.
class EqualityTest {

    @Test
    void organisationIdentifierIsEqualByValue() {
        EqualsVerifier.forClass(OrganisationIdentifier.class).verify();
    }

    @Test
    void organisationRepresentativeIsEqualByValue() {
        EqualsVerifier.forClass(GroupMember.OrganisationRepresentative.class).verify();
    }

    @Test
    void electedRepresentativeIsEqualByValue() {
        EqualsVerifier.forClass(GroupMember.ElectedRepresentative.class).verify();
    }

    @Test
    void citizenIsEqualByValue() {
        EqualsVerifier.forClass(GroupMember.Citizen.class).verify();
    }
}
