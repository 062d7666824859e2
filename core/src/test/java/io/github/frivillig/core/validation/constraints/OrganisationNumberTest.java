package io.github.frivillig.core.validation.constraints;

import static io.github.frivillig.core.validation.constraints.Validators.assertOneViolation;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.frivillig.core.organisation.IdentifierScheme;
import io.github.frivillig.core.organisation.Organisation;
import io.github.frivillig.core.organisation.OrganisationIdentifier;
import io.github.frivillig.core.organisation.OrganisationKind;
import io.github.frivillig.core.value.LocalId;

// Real numbers, cited and checked by hand in IdentifierSchemeTest: 923609016 Equinor ASA (Enhetsregisteret),
// 24256790 Novo Nordisk A/S (CVR); the invalid ones are those numbers with a digit changed.
class OrganisationNumberTest {

    record Member(@OrganisationNumber OrganisationIdentifier identifier) {
    }

    record DanishMember(@OrganisationNumber(scheme = IdentifierScheme.DK_CVR) OrganisationIdentifier identifier) {
    }

    record DanishCompany(@OrganisationNumber(scheme = IdentifierScheme.DK_CVR) String cvr) {
    }

    record NorwegianCompany(@OrganisationNumber String orgnr) {
    }

    @RegisterExtension
    static final TestValidator validator = new TestValidator();

    @Test
    void acceptsAnIdentifierWithTheRightCheckDigit() {
        assertThat(validator.validate(new Member(OrganisationIdentifier.parse("NO 923 609 016 MVA")))).isEmpty();
        assertThat(validator.validate(new Member(OrganisationIdentifier.parse("DK-24256790")))).isEmpty();
    }

    @Test
    void acceptsNoIdentifier() {
        assertThat(validator.validate(new Member(null))).isEmpty();
        assertThat(validator.validate(new DanishCompany(null))).isEmpty();
    }

    @Test
    void reportsAWrongCheckDigitOnTheIdentifier() {
        var violations = validator.validate(new Member(OrganisationIdentifier.parse("923609017")));

        var violation = assertOneViolation(violations, "identifier", "OrganisationNumber.checksum");
        assertThat(violation.getMessage()).isEqualTo("has a wrong check digit");
    }

    @Test
    void reportsAMalformedIdentifierWithTheFormatMessage() {
        var violations = validator.validate(new Member(OrganisationIdentifier.of(IdentifierScheme.NO_ORGNR, "92360901")));

        assertOneViolation(violations, "identifier", "OrganisationNumber");
    }

    @Test
    void checksAnIdentifierByItsOwnSchemeWhateverTheAnnotationSays() {
        assertThat(validator.validate(new DanishMember(OrganisationIdentifier.parse("923609016")))).isEmpty();
    }

    @Test
    void acceptsTextInTheCanonicalFormOfTheAnnotationsScheme() {
        assertThat(validator.validate(new DanishCompany("24256790"))).isEmpty();
        assertThat(validator.validate(new NorwegianCompany("923609016"))).isEmpty();
    }

    @Test
    void reportsAWrongCheckDigitInText() {
        assertOneViolation(validator.validate(new DanishCompany("24256791")), "cvr", "OrganisationNumber.checksum");
    }

    @ParameterizedTest
    @ValueSource(strings = {"24 25 67 90", "DK24256790", "2425679", "923609016"})
    void reportsTextOutsideTheCanonicalFormOfTheScheme(String cvr) {
        assertOneViolation(validator.validate(new DanishCompany(cvr)), "cvr", "OrganisationNumber");
    }

    @Test
    void checksTextAsANorwegianOrganisationNumberByDefault() {
        assertOneViolation(validator.validate(new NorwegianCompany("24256790")), "orgnr", "OrganisationNumber");
    }

    @Test
    void guardsTheIdentifierOfAnOrganisationInTheModel() {
        Organisation organisation = Organisation.builder()
                .id(LocalId.of("equinor"))
                .name("Equinor ASA")
                .kind(OrganisationKind.BUSINESS)
                .identifier(OrganisationIdentifier.parse("923609017"))
                .build();

        assertOneViolation(validator.validate(organisation), "identifier", "OrganisationNumber.checksum");
    }
}
