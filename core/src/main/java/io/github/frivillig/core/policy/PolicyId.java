package io.github.frivillig.core.policy;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The identifier of a policy, unique within a dataset, such as {@code no-4001-frivillighetsstrategi}.
 * <p>
 * A well-formed policy id matches {@code [a-z0-9][a-z0-9._-]{0,127}}. Like
 * {@link io.github.frivillig.core.value.LocalId}, it holds whatever text it was given; {@link #isWellFormed()}
 * and validation tell whether it is well-formed.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param value  the identifier text, not null
 */
public record PolicyId(String value) implements Comparable<PolicyId> {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9._-]{0,127}");

    /**
     * Creates a policy id.
     *
     * @throws NullPointerException if the value is null
     */
    public PolicyId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Obtains a policy id from its text.
     *
     * @param value  the identifier text, not null
     * @return the policy id, not null
     */
    public static PolicyId of(String value) {
        return new PolicyId(value);
    }

    /**
     * Checks whether the id matches {@code [a-z0-9][a-z0-9._-]{0,127}}.
     *
     * @return true if the id is well-formed
     */
    public boolean isWellFormed() {
        return FORMAT.matcher(value).matches();
    }

    @Override
    public int compareTo(PolicyId other) {
        return value.compareTo(other.value);
    }

    /**
     * Returns the identifier text.
     *
     * @return the identifier text, not null
     */
    @Override
    public String toString() {
        return value;
    }
}
