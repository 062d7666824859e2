package io.github.frivillig.core.validation;

import static io.github.frivillig.core.fixtures.TestPolicies.valid;
import static io.github.frivillig.core.validation.PolicyValidatorTest.TODAY;
import static io.github.frivillig.core.validation.PolicyValidatorTest.VALIDATOR;
import static io.github.frivillig.core.validation.PolicyValidatorTest.datedIn;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.github.frivillig.core.municipality.Country;
import io.github.frivillig.core.municipality.Municipality;
import io.github.frivillig.core.policy.Policy;

/**
 * The successors a former municipality names are checked against the bundled register, on the policy's date.
 * Statistics Norway's classification 131: Sande (Vestfold), {@code 0713}, was merged into Holmestrand, {@code 3802},
 * on 1 January 2020; Holmestrand was renumbered {@code 3903} on 1 January 2024, when Horten went from {@code 3801}
 * to {@code 3901}.
 */
class SuccessorRulesTest {

    private static final Municipality SANDE = Municipality.of(Country.NORWAY, "0713", "Sande");

    @Test
    void successorIsTheCodeThatTookOverOrOneItBecameLater() {
        assertThat(VALIDATOR.validate(sandeIn2018(Municipality.of(Country.NORWAY, "3802", "Holmestrand")))
                .violations()).isEmpty();
        assertThat(VALIDATOR.validate(sandeIn2018(Municipality.of(Country.NORWAY, "3903", "Holmestrand")))
                .violations()).isEmpty();
    }

    @Test
    void otherSuccessorIsAWarningNamingTheCodeThatTookOver() {
        ValidationReport report = VALIDATOR.validate(sandeIn2018(
                Municipality.of(Country.NORWAY, "3802", "Holmestrand"),
                Municipality.of(Country.NORWAY, "3901", "Horten"),
                Municipality.of(Country.SWEDEN, "3802", "Holmestrand")));

        assertThat(report.isValid()).isTrue();
        assertThat(report.violations()).extracting(Violation::pointer)
                .containsExactly("/municipality/successors/1/code", "/municipality/successors/2/code");
        Violation violation = report.violations().get(0);
        assertThat(violation.severity()).isEqualTo(Severity.WARNING);
        assertThat(violation.arguments()).containsEntry("value", "3901").containsEntry("code", "0713")
                .containsEntry("ended", "2019-12-31").containsEntry("expected", "3802 Holmestrand");
        assertThat(violation.message()).contains("3901", "0713", "2019-12-31", "3802 Holmestrand");
    }

    @Test
    void successorsAreNotCheckedWhereTheRegisterKnowsOfNoEnd() {
        // Porsgrunn's 4001 is in force: the register cannot tell what it will become.
        Policy policy = valid().municipality(Municipality.of(Country.NORWAY, "4001", "Porsgrunn")
                .withSuccessors(Municipality.of(Country.NORWAY, "3901", "Horten"))).build();

        assertThat(VALIDATOR.validate(policy).violations()).isEmpty();
    }

    @Test
    void successorsAreNotCheckedWithoutTheRegister() {
        PolicyValidator formatOnly = PolicyValidator.builder().clock(TODAY).withoutMunicipalityRegister().build();

        assertThat(formatOnly.validate(sandeIn2018(Municipality.of(Country.NORWAY, "3901", "Horten"))).violations())
                .isEmpty();
    }

    private static Policy sandeIn2018(Municipality... successors) {
        return datedIn(valid(), 2018).municipality(SANDE.withSuccessors(successors)).build();
    }
}
