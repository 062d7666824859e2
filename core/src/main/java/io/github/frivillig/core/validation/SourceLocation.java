package io.github.frivillig.core.validation;

import java.io.Serializable;

/**
 * Where in the bytes of a document a problem lies: a line and a column, both counted from 1.
 * <p>
 * This class is immutable, thread-safe and serializable.
 *
 * @param line  the line, from 1
 * @param column  the column, from 1
 */
public record SourceLocation(long line, long column) implements Serializable {

    /**
     * Obtains a location.
     *
     * @param line  the line, from 1
     * @param column  the column, from 1
     * @return the location, not null
     */
    public static SourceLocation of(long line, long column) {
        return new SourceLocation(line, column);
    }

    /**
     * Returns the location as {@code line:column}.
     *
     * @return the text form, not null
     */
    @Override
    public String toString() {
        return line + ":" + column;
    }
}
