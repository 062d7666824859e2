package io.github.frivillig.json.internal;

import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.sym.BinaryNameMatcher;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.Named;

import io.github.frivillig.core.code.Coded;

/**
 * One object type of the format: a record of the model, or a sealed family of records told apart by a kind, with
 * its keys. {@link FormatModel} derives every object type from the model's records; the reader and the writer work
 * from it alone, so that a record component is read and written as soon as it exists.
 *
 * @param <T>  the model type
 */
public final class ObjectType<T> {

    /**
     * How one record of the type is made and written.
     *
     * @param type  the record class
     * @param code  the kind that stands for the record in a sealed family, null for a plain record
     * @param constructor  the canonical constructor, taking its arguments as one {@code Object[]}
     * @param arguments  the index of the property that gives each argument
     * @param keys  the properties the record has, as a bit set of their indices
     * @param written  the properties written, in the order they are written
     * @param values  gives the values of the written properties of a record, in the same order, as one
     *                {@code Object[]}: one call for the record rather than one for each of its components
     * @param direct  whether property i gives argument i for every argument, so the values can be passed as they are
     */
    record Construction(Class<?> type, @Nullable Coded code, MethodHandle constructor, int[] arguments, long keys,
            Property[] written, MethodHandle values, boolean direct) {

        /** Returns the values of the written properties of a record of the type, in the order written. */
        Object[] valuesOf(Object record) {
            try {
                return (Object[]) values.invokeExact(record);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private final String name;
    private final Class<T> javaType;
    private final List<Property> properties;
    private final List<String> keyNames;
    private final PropertyNameMatcher matcher;
    private final @Nullable Property discriminator;
    private final @Nullable Construction construction;
    private final Map<Object, Construction> byCode;
    private final Map<Class<?>, Construction> byClass;
    private final List<Property> required;

    ObjectType(String name, Class<T> javaType, List<Property> properties, @Nullable Property discriminator,
            List<Construction> constructions) {
        if (properties.size() > Long.SIZE) {
            throw new IllegalStateException(name + " has more keys than duplicate detection can track");
        }
        this.name = name;
        this.javaType = javaType;
        this.properties = List.copyOf(properties);
        this.keyNames = properties.stream().map(Property::name).toList();
        // The key names are the record components' names, which the JVM interns.
        this.matcher = BinaryNameMatcher.constructFrom(keyNames.stream().map(Named::fromString).toList(), true);
        this.discriminator = discriminator;
        this.construction = discriminator == null ? constructions.get(0) : null;
        Map<Object, Construction> codes = new HashMap<>();
        Map<Class<?>, Construction> classes = new HashMap<>();
        for (Construction each : constructions) {
            if (each.code() != null) {
                codes.put(each.code(), each);
            }
            classes.put(each.type(), each);
        }
        this.byCode = Collections.unmodifiableMap(codes);
        this.byClass = Collections.unmodifiableMap(classes);
        this.required = properties.stream().filter(Property::isRequired).toList();
    }

    /**
     * Returns the name of the type in the format's messages, such as {@code organisation}.
     *
     * @return the name, not null
     */
    public String name() {
        return name;
    }

    /**
     * Returns the model type.
     *
     * @return the record class, or the sealed interface of a family, not null
     */
    public Class<T> javaType() {
        return javaType;
    }

    /**
     * Returns the keys, in the order they are written.
     *
     * @return the properties, not null
     */
    public List<Property> properties() {
        return properties;
    }

    /**
     * Returns the key names, in the order they are written.
     *
     * @return the names, not null
     */
    public List<String> keyNames() {
        return keyNames;
    }

    /**
     * Returns a key by its name.
     *
     * @param key  the key, not null
     * @return the property, not null
     * @throws IllegalArgumentException if the type has no such key
     */
    public Property property(String key) {
        for (Property property : properties) {
            if (property.name().equals(key)) {
                return property;
            }
        }
        throw new IllegalArgumentException("The " + name + " type has no key '" + key + "'");
    }

    /** Returns the matcher of the keys, whose match indices are {@link Property#index()}. */
    PropertyNameMatcher matcher() {
        return matcher;
    }

    /** Returns the key with a match index of the {@link #matcher()}. */
    Property property(int index) {
        return properties.get(index);
    }

    /** Returns a new array for the values of one object, by key index. */
    Object[] newValues() {
        return new Object[properties.size()];
    }

    /**
     * Makes the object from the values read, reporting a key the format requires that is absent, and a key that the
     * kind of a family's member does not have. Values that are absent and required, or present but invalid (and so
     * reported already), make no object.
     *
     * @param reader  the reader, for reporting
     * @param values  the values by key index; absent or invalid ones null
     * @param seen  the keys present, as a bit set of their indices
     * @return the object, null if it cannot be made
     */
    @Nullable T build(PolicyReader reader, Object[] values, long seen) {
        boolean complete = true;
        for (Property property : required) {
            if (values[property.index()] == null) {
                if ((seen & (1L << property.index())) == 0) {
                    reader.missingKey(property.name());
                }
                complete &= !property.isNeeded();
            }
        }
        Construction chosen = construction;
        if (discriminator != null) {
            Object code = values[discriminator.index()];
            if (code == null) {
                return null;
            }
            chosen = byCode.get(code);
            long foreign = seen & ~chosen.keys() & ~(1L << discriminator.index());
            for (Property property : properties) {
                if ((foreign & (1L << property.index())) != 0) {
                    reader.unknownKeyForType(property.name(), ((Coded) code).code());
                }
            }
        }
        if (!complete) {
            return null;
        }
        int[] arguments = chosen.arguments();
        Object[] passed = chosen.direct() ? values : new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            Property property = properties.get(arguments[i]);
            Object value = values[property.index()];
            passed[i] = value != null ? value : property.whenAbsent();
        }
        try {
            @SuppressWarnings("unchecked") // the constructor of a record of the type
            T made = (T) chosen.constructor().invokeExact(passed);
            return made;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes an object of the type: its keys in order, leaving out absent values, empty lists and objects, and
     * defaults.
     *
     * @param g  the generator, not null
     * @param value  the object, not null
     */
    void write(JsonGenerator g, Object value) {
        Construction chosen = construction != null ? construction : byClass.get(value.getClass());
        g.writeStartObject();
        Property[] written = chosen.written();
        Object[] values = chosen.valuesOf(value);
        for (int i = 0; i < written.length; i++) {
            Property property = written[i];
            Object member = values[i];
            if (member == null || property.isLeftOut(member)) {
                continue;
            }
            g.writeName(property.serializedName());
            property.codec().write(g, member);
        }
        g.writeEndObject();
    }

    /**
     * Returns the record classes of the type: the record itself, or a family's members.
     *
     * @return the classes, not null
     */
    public List<Class<?>> recordTypes() {
        return new ArrayList<>(byClass.keySet());
    }

    @Override
    public String toString() {
        return name;
    }
}
