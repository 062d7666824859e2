package io.github.frivillig.test;

import static io.github.frivillig.test.FrivilligAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.frivillig.core.fixtures.TestPolicies;
import io.github.frivillig.core.municipality.Country;
import io.github.frivillig.core.municipality.Municipality;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.validation.PolicyValidator;
import io.github.frivillig.core.validation.Severity;
import io.github.frivillig.core.validation.SourceLocation;
import io.github.frivillig.core.validation.ValidationReport;
import io.github.frivillig.core.validation.Violation;

/** The assertions pass on what they claim, and fail with a message that lists what the report does have. */
class FrivilligAssertionsTest {

    private static final Violation UNKNOWN_CODE = Violation.builder("municipality.unknown-code", Severity.ERROR)
            .pointer("/municipality/code").path("municipality.code").message("“9999” has never been a code.")
            .argument("value", "9999").offendingValue("9999").location(SourceLocation.of(4, 37)).build();
    private static final Violation NO_RESPONSIBLE = Violation.builder("measure.no-responsible", Severity.WARNING)
            .pointer("/measures/0/responsible").path("measures[0].responsible").message("No one is responsible.")
            .build();
    private static final ValidationReport INVALID = ValidationReport.of(List.of(UNKNOWN_CODE, NO_RESPONSIBLE));
    private static final ValidationReport WARNED = ValidationReport.of(List.of(NO_RESPONSIBLE));

    @Test
    void passesOnWhatTheReportHas() {
        assertThat(ValidationReport.empty()).isValid().hasNoViolations();
        assertThat(WARNED).isValid().hasNoViolationsOfSeverity(Severity.ERROR).hasNoViolation("required");
        assertThat(INVALID).isNotValid().hasViolation("municipality.unknown-code").times(1).at("/municipality/code")
                .hasSeverity(Severity.ERROR).hasPath("municipality.code").hasMessageContaining("9999")
                .hasArgument("value", "9999").hasOffendingValue("9999").isLocatedAt(4, 37);
        assertThat(NO_RESPONSIBLE).hasCode("measure.no-responsible").isAt("/measures/0/responsible");
    }

    @Test
    void isValidFailsListingEveryViolation() {
        assertThatThrownBy(() -> assertThat(INVALID).isValid()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("to be valid, but it has 1 errors")
                .hasMessageContaining("error municipality.unknown-code at '/municipality/code'")
                .hasMessageContaining("warning measure.no-responsible at '/measures/0/responsible'");
    }

    @Test
    void hasViolationFailsListingWhatTheReportHasInstead() {
        assertThatThrownBy(() -> assertThat(WARNED).hasViolation("municipality.unknown-code"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("to have a violation \"municipality.unknown-code\", but it has:")
                .hasMessageContaining("measure.no-responsible");
        assertThatThrownBy(() -> assertThat(ValidationReport.empty()).hasViolation("required"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("(no violations)");
    }

    @Test
    void atFailsNamingWhereTheViolationIs() {
        assertThatThrownBy(() -> assertThat(INVALID).hasViolation("municipality.unknown-code").at("/municipality"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("at '/municipality', but it is at '/municipality/code'");
    }

    @Test
    void hasNoViolationsOfSeverityFailsListingThem() {
        assertThatThrownBy(() -> assertThat(INVALID).hasNoViolationsOfSeverity(Severity.WARNING))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("no violations of severity warning, but it has 1:")
                .hasMessageContaining("measure.no-responsible");
    }

    @Test
    void messagesWithPercentSignsAndDescriptionsSurvive() {
        Violation percent = Violation.builder("blank", Severity.ERROR).message("100 %s %d").build();
        assertThatThrownBy(() -> assertThat(ValidationReport.of(List.of(percent))).as("the upload").isValid())
                .isInstanceOf(AssertionError.class).hasMessageContaining("[the upload]")
                .hasMessageContaining("100 %s %d");
    }

    @Test
    void policyAssertionsValidate() {
        Policy valid = TestPolicies.valid().build();
        Policy unknownCode = TestPolicies.valid().municipality(Municipality.of(Country.NORWAY, "9999", "X")).build();

        assertThat(valid).isValid();
        assertThat(unknownCode).validation().hasViolation("municipality.unknown-code").at("/municipality/code");
        assertThat(unknownCode).validatedBy(PolicyValidator.builder().withoutMunicipalityRegister().build())
                .hasNoViolations();
        assertThatThrownBy(() -> assertThat(unknownCode).isValid()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("municipality.unknown-code");
    }
}
