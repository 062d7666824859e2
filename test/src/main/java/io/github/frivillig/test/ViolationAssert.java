package io.github.frivillig.test;

import java.util.Objects;

import org.assertj.core.api.AbstractAssert;

import io.github.frivillig.core.validation.Severity;
import io.github.frivillig.core.validation.SourceLocation;
import io.github.frivillig.core.validation.Violation;

/**
 * Assertions on one {@link Violation}; obtained from {@link FrivilligAssertions#assertThat(Violation)} or
 * {@link ViolationsAssert#at(String)}. A failure shows the whole violation.
 * <p>
 * This class is mutable and not thread-safe, as AssertJ's assertions are.
 */
public final class ViolationAssert extends AbstractAssert<ViolationAssert, Violation> {

    ViolationAssert(Violation actual) {
        super(actual, ViolationAssert.class);
    }

    private ViolationAssert expect(boolean holds, String expectation) {
        isNotNull();
        if (!holds) {
            failWithMessage("%s", "Expecting the violation " + expectation + ", but it is:\n  " + actual);
        }
        return this;
    }

    /**
     * Verifies the violation's code.
     *
     * @param code  the stable code, not null
     * @return this assertion, not null
     */
    public ViolationAssert hasCode(String code) {
        Objects.requireNonNull(code, "code");
        return expect(actual != null && actual.code().equals(code), "to have the code \"" + code + "\"");
    }

    /**
     * Verifies the violation's severity.
     *
     * @param severity  the severity, not null
     * @return this assertion, not null
     */
    public ViolationAssert hasSeverity(Severity severity) {
        Objects.requireNonNull(severity, "severity");
        return expect(actual != null && actual.severity() == severity, "to be of severity " + severity.code());
    }

    /**
     * Verifies the violation's place as a JSON Pointer.
     *
     * @param pointer  the JSON Pointer, not null
     * @return this assertion, not null
     */
    public ViolationAssert isAt(String pointer) {
        Objects.requireNonNull(pointer, "pointer");
        return expect(actual != null && actual.pointer().equals(pointer), "to be at '" + pointer + "'");
    }

    /**
     * Verifies the violation's place as a Bean Validation property path.
     *
     * @param path  the property path, such as {@code measures[3].respondsTo[0]}, not null
     * @return this assertion, not null
     */
    public ViolationAssert hasPath(String path) {
        Objects.requireNonNull(path, "path");
        return expect(actual != null && actual.path().equals(path), "to have the path \"" + path + "\"");
    }

    /**
     * Verifies that the violation's message contains a text.
     *
     * @param text  the text, not null
     * @return this assertion, not null
     */
    public ViolationAssert hasMessageContaining(String text) {
        Objects.requireNonNull(text, "text");
        return expect(actual != null && actual.message().contains(text), "to have a message containing \""
                + text + "\"");
    }

    /**
     * Verifies one of the violation's message arguments.
     *
     * @param name  the argument's name, not null
     * @param value  its value, codelist values as their codes, not null
     * @return this assertion, not null
     */
    public ViolationAssert hasArgument(String name, String value) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        return expect(actual != null && value.equals(actual.arguments().get(name)), "to have the argument "
                + name + " = \"" + value + "\" (it has " + (actual == null ? "none" : actual.arguments()) + ")");
    }

    /**
     * Verifies the violation's offending value, as shown: personal data masked as {@code ***}.
     *
     * @param value  the offending value, not null
     * @return this assertion, not null
     */
    public ViolationAssert hasOffendingValue(String value) {
        Objects.requireNonNull(value, "value");
        return expect(actual != null && actual.offendingValue().filter(value::equals).isPresent(),
                "to have the offending value \"" + value + "\" (it has "
                        + (actual == null ? "none" : actual.offendingValue().map(v -> "\"" + v + "\"").orElse("none"))
                        + ")");
    }

    /**
     * Verifies the line and column of the violation in the bytes of the document.
     *
     * @param line  the line, from 1
     * @param column  the column, from 1
     * @return this assertion, not null
     */
    public ViolationAssert isLocatedAt(long line, long column) {
        return expect(actual != null && actual.location().filter(SourceLocation.of(line, column)::equals).isPresent(),
                "to be located at " + SourceLocation.of(line, column));
    }
}
