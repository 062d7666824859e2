package io.github.frivillig.json.internal;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.RecordComponent;

import org.jspecify.annotations.Nullable;

import tools.jackson.core.io.SerializedString;

import io.github.frivillig.core.value.PersonalData;

/**
 * One key of an object type of the format, described once: its name (the record component's), how its value is
 * read and written, whether the format requires it, the value it has when it is left out, and whether it is
 * personal data. The reader, the writer, the schema and documentation tests and the CSV export's completeness test
 * all take the key from here.
 */
public final class Property {

    private final int index;
    private final String name;
    private final SerializedString serializedName;
    private final String pointer;
    private final @Nullable RecordComponent component;
    private final ValueCodec codec;
    private final MethodHandle accessor;
    private final boolean required;
    private final boolean needed;
    private final @Nullable Object defaultValue;
    private final @Nullable Object whenAbsent;
    private final boolean emptiable;

    Property(int index, String name, @Nullable RecordComponent component, ValueCodec codec, MethodHandle accessor,
            boolean required, boolean needed, @Nullable Object defaultValue) {
        this.index = index;
        this.name = name;
        this.serializedName = new SerializedString(name);
        this.pointer = "/" + name.replace("~", "~0").replace("/", "~1");
        this.component = component;
        this.codec = codec;
        this.accessor = accessor;
        this.required = required;
        this.needed = needed;
        this.defaultValue = defaultValue;
        this.whenAbsent = defaultValue != null ? defaultValue : codec.emptyValue();
        this.emptiable = codec.emptyValue() != null;
    }

    /** Returns the position among the keys of its type: the key's match index and its bit in duplicate detection. */
    int index() {
        return index;
    }

    /**
     * Returns the key.
     *
     * @return the key, the name of the record component, not null
     */
    public String name() {
        return name;
    }

    SerializedString serializedName() {
        return serializedName;
    }

    /** Returns the key's JSON Pointer as a member of the root object, such as {@code /measures}. */
    String pointer() {
        return pointer;
    }

    /**
     * Returns the record component the key holds.
     *
     * @return the component, null for a key that is not one (the policy's {@code formatVersion}, the kind of a
     *         member of a sealed family)
     */
    public @Nullable RecordComponent component() {
        return component;
    }

    ValueCodec codec() {
        return codec;
    }

    /**
     * Tells whether the format requires the key: the record cannot be made without its value, or, for the policy's
     * {@code formatVersion}, a document must say which version it is in. A value that only validation requires is
     * not required here.
     *
     * @return true if a document without it has a format problem
     */
    public boolean isRequired() {
        return required;
    }

    /** Tells whether the object cannot be made without a valid value for the key. */
    boolean isNeeded() {
        return needed;
    }

    /**
     * Returns the value the key has when it is left out, which the writer leaves out.
     *
     * @return the value, null if none
     */
    public @Nullable Object defaultValue() {
        return defaultValue;
    }

    /** Returns the value given to the record when the key is absent: the default, an empty list or map, or null. */
    @Nullable Object whenAbsent() {
        return whenAbsent;
    }

    /**
     * Tells whether the value is personal data, as the model marks it with {@link PersonalData}.
     *
     * @return true for a person's name, e-mail address or phone number and the like
     */
    public boolean isPersonalData() {
        return component != null && component.isAnnotationPresent(PersonalData.class);
    }

    /**
     * Tells whether the value is a list.
     *
     * @return true if it is written as a JSON array
     */
    public boolean isList() {
        return codec.isList();
    }

    /**
     * Returns the name of the value's definition in the schema, or of its elements' for a list.
     *
     * @return the name, such as {@code localId} or {@code organisation}, not null
     */
    public String schemaName() {
        return codec.schemaName();
    }

    /**
     * Tells whether a value, not null, is left out when written: an empty list or extensions, or the key's default.
     * Only the keys that can be empty or have a default ask their codec or compare, which writing every key of every
     * object would otherwise do through calls that the compiler cannot inline.
     */
    boolean isLeftOut(Object value) {
        return emptiable && codec.isEmpty(value) || defaultValue != null && value.equals(defaultValue);
    }

    /** Returns the method handle that gives the key's value in an object of its type, as {@code (Object)Object}. */
    MethodHandle accessor() {
        return accessor;
    }

    @Override
    public String toString() {
        return name;
    }
}
