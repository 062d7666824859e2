package io.github.frivillig.test;

import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.validation.ValidationReport;
import io.github.frivillig.core.validation.Violation;

/**
 * Entry point of the AssertJ assertions for Frivillig: import its {@code assertThat} methods statically, beside
 * AssertJ's own.
 * <pre>{@code
 * assertThat(report).isValid();
 * assertThat(report).hasViolation("municipality.unknown-code").at("/municipality/code");
 * assertThat(report).hasNoViolationsOfSeverity(Severity.ERROR);
 * assertThat(policy).isValid();
 * }</pre>
 * A failure says what was expected and lists every violation the report does have, one a line, with its severity,
 * code, pointer, location and message.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class FrivilligAssertions {

    private FrivilligAssertions() {
    }

    /**
     * Starts assertions on a validation report.
     *
     * @param report  the report, null fails every assertion
     * @return the assertions, not null
     */
    public static ValidationReportAssert assertThat(ValidationReport report) {
        return new ValidationReportAssert(report);
    }

    /**
     * Starts assertions on one violation.
     *
     * @param violation  the violation, null fails every assertion
     * @return the assertions, not null
     */
    public static ViolationAssert assertThat(Violation violation) {
        return new ViolationAssert(violation);
    }

    /**
     * Starts assertions on a policy, which validate it.
     *
     * @param policy  the policy, null fails every assertion
     * @return the assertions, not null
     */
    public static PolicyAssert assertThat(Policy policy) {
        return new PolicyAssert(policy);
    }
}
