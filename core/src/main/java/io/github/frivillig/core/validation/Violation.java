package io.github.frivillig.core.validation;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * One problem found in a policy: what is wrong, how serious it is, where it is, and a message for people.
 * <ul>
 * <li>{@link #code()} is stable across releases and languages, such as {@code organisation-identifier.checksum}
 *     or {@code reference.unknown-input}; programs should act on it.</li>
 * <li>{@link #pointer()} is a JSON Pointer (RFC 6901) into the policy's JSON form, such as
 *     {@code /measures/3/respondsTo/0}; {@link #path()} is the same place as a Bean Validation property path,
 *     {@code measures[3].respondsTo[0]}.</li>
 * <li>{@link #message()} is in the language the report was made for; {@link #arguments()} are the values it
 *     was made from, with codelist values as their codes.</li>
 * <li>{@link #offendingValue()} is the value at fault, with personal data masked unless asked for.</li>
 * <li>{@link #location()} is the line and column in the bytes, for problems found while reading them, and
 *     {@link #source()} the file or record a problem came from, for datasets.</li>
 * </ul>
 * <p>
 * This class is immutable, thread-safe and serializable.
 */
public final class Violation implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final Severity severity;
    private final String pointer;
    private final String path;
    private final String message;
    private final Map<String, String> arguments;
    private final @Nullable String offendingValue;
    private final @Nullable SourceLocation location;
    private final @Nullable String source;

    private Violation(Builder builder) {
        this.code = Objects.requireNonNull(builder.code, "code");
        this.severity = Objects.requireNonNull(builder.severity, "severity");
        this.pointer = Objects.requireNonNull(builder.pointer, "pointer");
        this.path = Objects.requireNonNull(builder.path, "path");
        this.message = Objects.requireNonNull(builder.message, "message");
        this.arguments = builder.arguments.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(builder.arguments));
        this.offendingValue = builder.offendingValue;
        this.location = builder.location;
        this.source = builder.source;
    }

    // The stream is not trusted: refuse what the builder would have refused.
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        if (code == null || severity == null || pointer == null || path == null || message == null
                || arguments == null) {
            throw new InvalidObjectException("A violation needs a code, severity, pointer, path, message and arguments");
        }
    }

    /**
     * Returns a builder for a violation.
     *
     * @param code  the stable code, not null
     * @param severity  the severity, not null
     * @return a new builder, not null
     */
    public static Builder builder(String code, Severity severity) {
        return new Builder(code, severity);
    }

    /**
     * Returns the stable code of the problem, such as {@code reference.unknown-input}.
     *
     * @return the code, not null
     */
    public String code() {
        return code;
    }

    /**
     * Returns how serious the problem is.
     *
     * @return the severity, not null
     */
    public Severity severity() {
        return severity;
    }

    /**
     * Returns the JSON Pointer to the place of the problem in the policy's JSON form; the empty string is the
     * whole document.
     *
     * @return the JSON Pointer, not null
     */
    public String pointer() {
        return pointer;
    }

    /**
     * Returns the Bean Validation property path of the place of the problem, such as
     * {@code measures[3].respondsTo[0]}; the empty string is the whole policy.
     *
     * @return the property path, not null
     */
    public String path() {
        return path;
    }

    /**
     * Returns the message, in the language the report was made for.
     *
     * @return the message, not null
     */
    public String message() {
        return message;
    }

    /**
     * Returns the values the message was made from, by name, in order; codelist values appear as their codes.
     *
     * @return the arguments, unmodifiable, not null
     */
    public Map<String, String> arguments() {
        return arguments;
    }

    /**
     * Returns the value at fault, with personal data masked unless the caller asked for it.
     *
     * @return the offending value, empty if there is none to show
     */
    public Optional<String> offendingValue() {
        return Optional.ofNullable(offendingValue);
    }

    /**
     * Returns the line and column in the bytes, for problems found while reading a document.
     *
     * @return the location, empty for problems found in the model
     */
    public Optional<SourceLocation> location() {
        return Optional.ofNullable(location);
    }

    /**
     * Returns the file, or file and line, the problem came from, for problems found in a dataset.
     *
     * @return the source, empty if not known
     */
    public Optional<String> source() {
        return Optional.ofNullable(source);
    }

    /**
     * Returns a copy of this violation with its source set.
     *
     * @param source  the file, or file and line, the problem came from, not null
     * @return a violation with the source, not null
     */
    public Violation withSource(String source) {
        return toBuilder().source(Objects.requireNonNull(source, "source")).build();
    }

    /**
     * Returns a builder that starts with the values of this violation.
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        Builder builder = new Builder(code, severity).pointer(pointer).path(path).message(message)
                .offendingValue(offendingValue).location(location).source(source);
        builder.arguments.putAll(arguments);
        return builder;
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof Violation other
                && code.equals(other.code)
                && severity == other.severity
                && pointer.equals(other.pointer)
                && path.equals(other.path)
                && message.equals(other.message)
                && arguments.equals(other.arguments)
                && Objects.equals(offendingValue, other.offendingValue)
                && Objects.equals(location, other.location)
                && Objects.equals(source, other.source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, severity, pointer, path, message, arguments, offendingValue, location, source);
    }

    /**
     * Returns a one-line description: severity, code, pointer, location and message.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return severity.code() + " " + code + " at '" + pointer + "'"
                + (location == null ? "" : " (" + location + ")")
                + (source == null ? "" : " in " + source)
                + ": " + message;
    }

    /**
     * Builds a {@link Violation}.
     * <p>
     * This class is mutable and not thread-safe.
     */
    public static final class Builder {
        private final String code;
        private final Severity severity;
        private String pointer = "";
        private String path = "";
        private String message = "";
        private final Map<String, String> arguments = new LinkedHashMap<>();
        private String offendingValue;
        private SourceLocation location;
        private String source;

        private Builder(String code, Severity severity) {
            this.code = Objects.requireNonNull(code, "code");
            this.severity = Objects.requireNonNull(severity, "severity");
        }

        /**
         * Sets the JSON Pointer.
         *
         * @param pointer  the JSON Pointer, not null
         * @return this builder, not null
         */
        public Builder pointer(String pointer) {
            this.pointer = Objects.requireNonNull(pointer, "pointer");
            return this;
        }

        /**
         * Sets the Bean Validation property path.
         *
         * @param path  the property path, not null
         * @return this builder, not null
         */
        public Builder path(String path) {
            this.path = Objects.requireNonNull(path, "path");
            return this;
        }

        /**
         * Sets the message.
         *
         * @param message  the message, not null
         * @return this builder, not null
         */
        public Builder message(String message) {
            this.message = Objects.requireNonNull(message, "message");
            return this;
        }

        /**
         * Adds an argument of the message.
         *
         * @param name  the argument's name, not null
         * @param value  the argument's value, not null
         * @return this builder, not null
         */
        public Builder argument(String name, String value) {
            arguments.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Sets the offending value, already masked if it is personal data.
         *
         * @param offendingValue  the value, null if none
         * @return this builder, not null
         */
        public Builder offendingValue(@Nullable String offendingValue) {
            this.offendingValue = offendingValue;
            return this;
        }

        /**
         * Sets the line and column in the bytes.
         *
         * @param location  the location, null if not known
         * @return this builder, not null
         */
        public Builder location(@Nullable SourceLocation location) {
            this.location = location;
            return this;
        }

        /**
         * Sets the file, or file and line, the problem came from.
         *
         * @param source  the source, null if not known
         * @return this builder, not null
         */
        public Builder source(@Nullable String source) {
            this.source = source;
            return this;
        }

        /**
         * Builds the violation.
         *
         * @return the violation, not null
         */
        public Violation build() {
            return new Violation(this);
        }
    }
}
