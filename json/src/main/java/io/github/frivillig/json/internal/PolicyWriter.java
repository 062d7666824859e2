package io.github.frivillig.json.internal;

import java.util.Map;

import tools.jackson.core.JsonGenerator;

import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.text.LocalizedText;
import io.github.frivillig.core.value.ExtensionValue;

/**
 * Writes the model in the Frivillig JSON format: keys in a fixed order, {@code formatVersion} first, absent values
 * and empty lists left out, codelist values as their codes, dates as EDTF or ISO 8601 text.
 * <p>
 * Stateless and thread-safe.
 */
public final class PolicyWriter {

    private PolicyWriter() {
    }

    /**
     * Writes a policy document.
     *
     * @param g  the generator, not null
     * @param policy  the policy, not null
     */
    public static void writePolicy(JsonGenerator g, Policy policy) {
        FormatModel.policy().write(g, policy);
    }

    /**
     * Writes any value of the format: an object type, a scalar type or a codelist value.
     *
     * @param g  the generator, not null
     * @param value  the value, not null
     */
    public static void writeValue(JsonGenerator g, Object value) {
        if (value instanceof ExtensionValue extension) {
            extensionValue(g, extension);
            return;
        }
        ValueCodec scalar = Codecs.scalar(value.getClass());
        if (scalar != null) {
            scalar.write(g, value);
        } else {
            write(g, value);
        }
    }

    /**
     * Writes any value of the format's object types.
     *
     * @param g  the generator, not null
     * @param value  a value of one of {@link PolicyReader#readableTypes()}, or a member of a sealed family among
     *               them, not null
     */
    public static void write(JsonGenerator g, Object value) {
        ObjectType<?> type = TYPES.get(value.getClass());
        if (type == null) {
            throw new IllegalArgumentException("Not an object type of the Frivillig format: " + value.getClass());
        }
        type.write(g, value);
    }

    /** The object type of each class written: its own, or its sealed family's; null for any other class. */
    private static final ClassValue<ObjectType<?>> TYPES = new ClassValue<>() {
        @Override
        protected ObjectType<?> computeValue(Class<?> type) {
            for (Class<?> candidate : PolicyReader.readableTypes()) {
                if (candidate == type || candidate.isSealed() && candidate.isAssignableFrom(type)) {
                    return FormatModel.type(candidate);
                }
            }
            return null;
        }
    };

    // ---- values ----------------------------------------------------------------------------------------------

    /**
     * Writes text from the model as a JSON string. Text with an unpaired surrogate is not Unicode: the reader rejects
     * it, and other JSON readers may reject or alter it, so the writer refuses it instead of writing a document that
     * does not read back.
     */
    static void writeText(JsonGenerator g, String value) {
        requireUnicode(g, value, "");
        g.writeString(value);
    }

    /** Writes a key that comes from the model (a language tag, an extension's name) under the same rule. */
    private static void writeKey(JsonGenerator g, String key) {
        requireUnicode(g, key, " (in a key)");
        g.writeName(key);
    }

    /**
     * Refuses an extension value nested deeper than the reader of the same {@code PolicyJson} reads, whose
     * nesting limit the generator carries, with the place of the value rather than the generator's exception.
     */
    private static void requireDepth(JsonGenerator g) {
        int limit = g.streamWriteConstraints().getMaxNestingDepth();
        if (g.streamWriteContext().getNestingDepth() >= limit) {
            throw new IllegalArgumentException("Cannot write the extension value at '"
                    + g.streamWriteContext().pathAsPointer() + "': it nests deeper than " + limit
                    + " levels, the nesting depth limit of the reader, so it would not read back");
        }
    }

    private static void requireUnicode(JsonGenerator g, String value, String where) {
        if (PolicyReader.hasLoneSurrogate(value)) {
            throw new IllegalArgumentException("Cannot write the text at '"
                    + g.streamWriteContext().pathAsPointer() + "'" + where
                    + ": it has an unpaired surrogate, so it is not Unicode and would not read back");
        }
    }

    static void textObject(JsonGenerator g, LocalizedText text) {
        g.writeStartObject();
        for (Map.Entry<String, String> entry : text.texts().entrySet()) {
            writeKey(g, entry.getKey());
            writeText(g, entry.getValue());
        }
        g.writeEndObject();
    }

    static void members(JsonGenerator g, Map<?, ?> members) {
        requireDepth(g);
        g.writeStartObject();
        for (Map.Entry<?, ?> member : members.entrySet()) {
            writeKey(g, (String) member.getKey());
            extensionValue(g, (ExtensionValue) member.getValue());
        }
        g.writeEndObject();
    }

    static void extensionValue(JsonGenerator g, ExtensionValue value) {
        if (value instanceof ExtensionValue.ObjectValue object) {
            members(g, object.members());
        } else if (value instanceof ExtensionValue.ArrayValue array) {
            requireDepth(g);
            g.writeStartArray();
            for (ExtensionValue element : array.elements()) {
                extensionValue(g, element);
            }
            g.writeEndArray();
        } else if (value instanceof ExtensionValue.StringValue string) {
            writeText(g, string.value());
        } else if (value instanceof ExtensionValue.NumberValue number) {
            g.writeNumber(number.text());
        } else if (value instanceof ExtensionValue.BooleanValue bool) {
            g.writeBoolean(bool.value());
        } else {
            g.writeNull();
        }
    }
}
