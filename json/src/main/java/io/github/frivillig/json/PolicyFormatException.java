package io.github.frivillig.json;

import java.util.Objects;

import io.github.frivillig.core.validation.ValidationReport;
import io.github.frivillig.core.validation.Violation;

/**
 * Thrown when bytes are not a policy document in the Frivillig JSON format: malformed JSON, a wrong type, an
 * unknown key or code, a malformed date, an exceeded limit.
 * <p>
 * The exception carries the {@link #report() report} of every problem found, each with its code, JSON Pointer, line
 * and column; its message names the first of them.
 */
public final class PolicyFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final ValidationReport report;

    /**
     * Creates an exception for a report with at least one error.
     *
     * @param report  the problems found, not null
     */
    public PolicyFormatException(ValidationReport report) {
        super(describe(Objects.requireNonNull(report, "report")));
        this.report = report;
    }

    /**
     * Returns every problem found in the bytes.
     *
     * @return the report, not null
     */
    public ValidationReport report() {
        return report;
    }

    private static String describe(ValidationReport report) {
        Violation first = report.errors().isEmpty() ? null : report.errors().get(0);
        if (first == null) {
            return "Not a valid policy document";
        }
        int count = report.errors().size();
        return "Not a valid policy document: " + count + (count == 1 ? " error" : " errors") + "; first: "
                + first.message() + " (" + first.code() + " at '" + first.pointer() + "'"
                + first.location().map(location -> ", " + location).orElse("")
                + first.source().map(source -> ", in " + source).orElse("") + ")";
    }
}
