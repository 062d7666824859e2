package io.github.frivillig.core.value;

import java.util.Objects;

/**
 * The identifier of an entity inside one policy document, such as a measure, an organisation or a dialogue
 * event.
 * <p>
 * A well-formed local id matches {@code [a-z0-9][a-z0-9-]{0,63}} and is unique within its collection. References
 * between entities of a policy are by local id. A local id holds whatever text it was given; whether it is
 * well-formed is a question for validation, answered by {@link #isWellFormed()}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param value  the identifier text, not null
 */
public record LocalId(String value) implements Comparable<LocalId> {

    private static final int MAX_LENGTH = 64;

    /**
     * Creates a local id.
     *
     * @throws NullPointerException if the value is null
     */
    public LocalId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Obtains a local id from its text.
     *
     * @param value  the identifier text, not null
     * @return the local id, not null
     */
    public static LocalId of(String value) {
        return new LocalId(value);
    }

    /**
     * Checks whether the id matches {@code [a-z0-9][a-z0-9-]{0,63}}.
     *
     * @return true if the id is well-formed
     */
    public boolean isWellFormed() {
        // Checked by hand, not with a regular expression: every validation checks ids by the thousand.
        int length = value.length();
        if (length == 0 || length > MAX_LENGTH || value.charAt(0) == '-') {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int compareTo(LocalId other) {
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
