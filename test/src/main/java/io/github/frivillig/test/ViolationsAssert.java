package io.github.frivillig.test;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.assertj.core.api.AbstractAssert;

import io.github.frivillig.core.validation.ValidationReport;
import io.github.frivillig.core.validation.Violation;

/**
 * Assertions on the violations of a report that have one code; obtained from
 * {@link ValidationReportAssert#hasViolation(String)}.
 * <p>
 * This class is mutable and not thread-safe, as AssertJ's assertions are.
 */
public final class ViolationsAssert extends AbstractAssert<ViolationsAssert, List<Violation>> {

    private final ValidationReport report;
    private final String code;

    ViolationsAssert(ValidationReport report, String code, List<Violation> withCode) {
        super(withCode, ViolationsAssert.class);
        this.report = report;
        this.code = code;
    }

    /**
     * Verifies that one of the violations is at a place, and continues with it.
     *
     * @param pointer  the JSON Pointer of the place, such as {@code /municipality/code}, not null
     * @return assertions on the violation at that place, not null
     */
    public ViolationAssert at(String pointer) {
        Objects.requireNonNull(pointer, "pointer");
        for (Violation violation : actual) {
            if (violation.pointer().equals(pointer)) {
                return new ViolationAssert(violation).as(info.description());
            }
        }
        throw failure("%s", "Expecting a violation \"" + code + "\" at '" + pointer + "', but it is at "
                + actual.stream().map(violation -> "'" + violation.pointer() + "'").collect(Collectors.joining(", "))
                + "; the report has:\n" + Describe.violations(report.violations()));
    }

    /**
     * Verifies how many violations have the code.
     *
     * @param count  the number expected
     * @return this assertion, not null
     */
    public ViolationsAssert times(int count) {
        if (actual.size() != count) {
            failWithMessage("%s", "Expecting " + count + " violations \"" + code + "\", but there are "
                    + actual.size() + "; the report has:\n" + Describe.violations(report.violations()));
        }
        return this;
    }
}
