package io.github.frivillig.core.validation;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The result of validating a policy or reading a document: every problem found, in one list.
 * <p>
 * A report {@linkplain #isValid() is valid} when it has no {@link Severity#ERROR errors}; warnings and
 * information do not make a policy invalid. Violations are in document order: a validator's in the order of
 * the policy's JSON form, a report of a document read from bytes in the order of its lines and columns.
 * <p>
 * This class is immutable, thread-safe and serializable, so that it travels with
 * an exception that carries it.
 *
 * @param violations  the violations, not null
 */
public record ValidationReport(List<Violation> violations) implements Serializable {

    private static final ValidationReport EMPTY = new ValidationReport(List.of());

    /**
     * Creates a report, copying the violations.
     */
    public ValidationReport {
        violations = List.copyOf(violations);
    }

    /**
     * Returns a report without violations.
     *
     * @return the empty report, not null
     */
    public static ValidationReport empty() {
        return EMPTY;
    }

    /**
     * Obtains a report of some violations.
     *
     * @param violations  the violations, not null
     * @return the report, not null
     */
    public static ValidationReport of(List<Violation> violations) {
        return violations.isEmpty() ? EMPTY : new ValidationReport(violations);
    }

    /**
     * Checks whether the report has no errors.
     *
     * @return true if no violation has severity {@link Severity#ERROR}
     */
    public boolean isValid() {
        for (Violation violation : violations) {
            if (violation.severity() == Severity.ERROR) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns the violations of one severity.
     *
     * @param severity  the severity, not null
     * @return the violations with that severity, in order, not null
     */
    public List<Violation> violations(Severity severity) {
        Objects.requireNonNull(severity, "severity");
        return violations.stream().filter(violation -> violation.severity() == severity).toList();
    }

    /**
     * Returns the errors.
     *
     * @return the violations with severity {@link Severity#ERROR}, not null
     */
    public List<Violation> errors() {
        return violations(Severity.ERROR);
    }

    /**
     * Returns the warnings.
     *
     * @return the violations with severity {@link Severity#WARNING}, not null
     */
    public List<Violation> warnings() {
        return violations(Severity.WARNING);
    }

    /**
     * Returns the violations with a code.
     *
     * @param code  the code, not null
     * @return the violations with that code, in order, not null
     */
    public List<Violation> withCode(String code) {
        Objects.requireNonNull(code, "code");
        return violations.stream().filter(violation -> violation.code().equals(code)).toList();
    }

    /**
     * Returns a report with the violations of this one followed by those of another.
     *
     * @param other  the other report, not null
     * @return the combined report, not null
     */
    public ValidationReport and(ValidationReport other) {
        Objects.requireNonNull(other, "other");
        if (other.violations.isEmpty()) {
            return this;
        }
        if (violations.isEmpty()) {
            return other;
        }
        List<Violation> all = new ArrayList<>(violations.size() + other.violations.size());
        all.addAll(violations);
        all.addAll(other.violations);
        return new ValidationReport(all);
    }

    /**
     * Returns a copy of this report whose violations all name a source.
     *
     * @param source  the file, or file and line, the problems came from, not null
     * @return the report with the source set, not null
     */
    public ValidationReport withSource(String source) {
        Objects.requireNonNull(source, "source");
        return of(violations.stream().map(violation -> violation.withSource(source)).toList());
    }
}
