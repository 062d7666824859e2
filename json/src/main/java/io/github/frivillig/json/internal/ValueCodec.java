package io.github.frivillig.json.internal;

import org.jspecify.annotations.Nullable;

import tools.jackson.core.JsonGenerator;

/**
 * How one kind of value of the format is read and written: a string, a code, a text, a list, an object of one of
 * the model's types. The {@link FormatModel} gives each record component the codec of its Java type.
 */
abstract class ValueCodec {

    private final String schemaName;

    /**
     * Creates a codec.
     *
     * @param schemaName  the name of the value's definition in the schema, or of its elements' for a list
     */
    ValueCodec(String schemaName) {
        this.schemaName = schemaName;
    }

    /**
     * Reads a value; the parser is on its first token and is left on its last.
     *
     * @param reader  the reader, not null
     * @return the value, null if it had a problem, which the reader has reported
     */
    abstract Object read(PolicyReader reader);

    /**
     * Writes a value.
     *
     * @param g  the generator, not null
     * @param value  the value, not null
     */
    abstract void write(JsonGenerator g, Object value);

    /**
     * Tells whether the writer leaves a value out, key and all, as it does with empty lists and objects.
     *
     * @param value  the value, not null
     * @return true if nothing is written for it
     */
    boolean isEmpty(Object value) {
        return false;
    }

    /**
     * Returns the empty value of the codec's values, which a record gets for a key left out and the writer leaves out:
     * an empty list or map.
     *
     * @return the empty value, null if the codec's values are never empty
     */
    @Nullable Object emptyValue() {
        return null;
    }

    /**
     * Returns the name of the value's definition in the schema, such as {@code localId}, or of its elements' for a
     * list, for the tests that keep the schema and the model in step.
     *
     * @return the name, not null
     */
    final String schemaName() {
        return schemaName;
    }

    /**
     * Tells whether the value is a JSON array of {@link #schemaName()}s.
     *
     * @return true for a list
     */
    boolean isList() {
        return false;
    }
}
