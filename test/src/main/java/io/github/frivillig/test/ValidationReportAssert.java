package io.github.frivillig.test;

import java.util.List;
import java.util.Objects;

import org.assertj.core.api.AbstractAssert;

import io.github.frivillig.core.validation.Severity;
import io.github.frivillig.core.validation.ValidationReport;
import io.github.frivillig.core.validation.Violation;

/**
 * Assertions on a {@link ValidationReport}; obtained from {@link FrivilligAssertions#assertThat(ValidationReport)}.
 * Every failure lists the violations the report has.
 * <p>
 * This class is mutable and not thread-safe, as AssertJ's assertions are.
 */
public final class ValidationReportAssert extends AbstractAssert<ValidationReportAssert, ValidationReport> {

    ValidationReportAssert(ValidationReport actual) {
        super(actual, ValidationReportAssert.class);
    }

    /**
     * Verifies that the report is valid: it has no errors, though it may have warnings and information.
     *
     * @return this assertion, not null
     */
    public ValidationReportAssert isValid() {
        isNotNull();
        if (!actual.isValid()) {
            failWithMessage("%s", "Expecting the report to be valid, but it has " + actual.errors().size()
                    + " errors among its violations:\n" + Describe.violations(actual.violations()));
        }
        return this;
    }

    /**
     * Verifies that the report is invalid: it has at least one error.
     *
     * @return this assertion, not null
     */
    public ValidationReportAssert isNotValid() {
        isNotNull();
        if (actual.isValid()) {
            failWithMessage("%s", "Expecting the report to be invalid, but it has no errors among its violations:\n"
                    + Describe.violations(actual.violations()));
        }
        return this;
    }

    /**
     * Verifies that the report has no violations at all, not even warnings or information.
     *
     * @return this assertion, not null
     */
    public ValidationReportAssert hasNoViolations() {
        isNotNull();
        if (!actual.violations().isEmpty()) {
            failWithMessage("%s", "Expecting the report to have no violations, but it has:\n"
                    + Describe.violations(actual.violations()));
        }
        return this;
    }

    /**
     * Verifies that the report has a violation with a code, and continues with the violations that have it.
     *
     * @param code  the stable code, such as {@code municipality.unknown-code}, not null
     * @return assertions on the violations with that code, not null
     */
    public ViolationsAssert hasViolation(String code) {
        Objects.requireNonNull(code, "code");
        isNotNull();
        List<Violation> withCode = actual.withCode(code);
        if (withCode.isEmpty()) {
            failWithMessage("%s", "Expecting the report to have a violation \"" + code + "\", but it has:\n"
                    + Describe.violations(actual.violations()));
        }
        return new ViolationsAssert(actual, code, withCode).as(info.description());
    }

    /**
     * Verifies that the report has no violation with a code.
     *
     * @param code  the stable code, not null
     * @return this assertion, not null
     */
    public ValidationReportAssert hasNoViolation(String code) {
        Objects.requireNonNull(code, "code");
        isNotNull();
        if (!actual.withCode(code).isEmpty()) {
            failWithMessage("%s", "Expecting the report to have no violation \"" + code + "\", but it has:\n"
                    + Describe.violations(actual.violations()));
        }
        return this;
    }

    /**
     * Verifies that the report has no violation of a severity; {@code hasNoViolationsOfSeverity(Severity.ERROR)}
     * is {@link #isValid()}.
     *
     * @param severity  the severity, not null
     * @return this assertion, not null
     */
    public ValidationReportAssert hasNoViolationsOfSeverity(Severity severity) {
        Objects.requireNonNull(severity, "severity");
        isNotNull();
        List<Violation> found = actual.violations(severity);
        if (!found.isEmpty()) {
            failWithMessage("%s", "Expecting the report to have no violations of severity " + severity.code()
                    + ", but it has " + found.size() + ":\n" + Describe.violations(found)
                    + "\namong all its violations:\n" + Describe.violations(actual.violations()));
        }
        return this;
    }
}
