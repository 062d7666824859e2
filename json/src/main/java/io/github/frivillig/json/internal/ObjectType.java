package io.github.frivillig.json.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import tools.jackson.core.sym.BinaryNameMatcher;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.Named;

/**
 * The keys of one JSON object type of the Frivillig format, each with the code that reads its value into a
 * builder. Built once per type. Reading an object matches each key with a Jackson {@link PropertyNameMatcher}, as
 * Jackson databind does, which a JSON parser matches against the key's bytes, without making a string of it.
 *
 * @param <B>  the builder the values go into
 * @param <T>  the type built
 */
final class ObjectType<B, T> {

    /**
     * One key of the object type: its position (for duplicate detection), name, reader, and its JSON Pointer as a
     * member of the root object.
     */
    record Key<B>(int index, String name, BiConsumer<PolicyReader, B> reader, String pointer) {

        Key(int index, String name, BiConsumer<PolicyReader, B> reader) {
            this(index, name, reader, "/" + name.replace("~", "~0").replace("/", "~1"));
        }
    }

    private final String name;
    private final Supplier<B> newBuilder;
    private final BiFunction<PolicyReader, B, T> build;
    private final List<Key<B>> keys;
    private final List<String> keyNames;
    private final PropertyNameMatcher matcher;

    private ObjectType(String name, Supplier<B> newBuilder, BiFunction<PolicyReader, B, T> build, List<Key<B>> keys,
            List<String> keyNames) {
        this.name = name;
        this.newBuilder = newBuilder;
        this.build = build;
        this.keys = keys;
        this.keyNames = keyNames;
        // The key names are string literals, and so interned.
        this.matcher = BinaryNameMatcher.constructFrom(keyNames.stream().map(Named::fromString).toList(), true);
    }

    static <B, T> Definition<B, T> define(String name, Supplier<B> newBuilder, BiFunction<PolicyReader, B, T> build) {
        return new Definition<>(name, newBuilder, build);
    }

    String name() {
        return name;
    }

    B newBuilder() {
        return newBuilder.get();
    }

    T build(PolicyReader reader, B builder) {
        return build.apply(reader, builder);
    }

    /** Returns the matcher of the keys, whose match indices are {@link Key#index()}. */
    PropertyNameMatcher matcher() {
        return matcher;
    }

    /** Returns the key with a match index of the {@link #matcher()}. */
    Key<B> key(int index) {
        return keys.get(index);
    }

    List<String> keyNames() {
        return keyNames;
    }

    /** Collects the keys of an object type. */
    static final class Definition<B, T> {
        private final String name;
        private final Supplier<B> newBuilder;
        private final BiFunction<PolicyReader, B, T> build;
        private final Map<String, Key<B>> keys = new HashMap<>();
        private final List<Key<B>> keysInOrder = new ArrayList<>();
        private final List<String> keyNames = new ArrayList<>();

        private Definition(String name, Supplier<B> newBuilder, BiFunction<PolicyReader, B, T> build) {
            this.name = name;
            this.newBuilder = newBuilder;
            this.build = build;
        }

        Definition<B, T> key(String keyName, BiConsumer<PolicyReader, B> reader) {
            if (keys.size() == Long.SIZE) {
                throw new IllegalStateException(name + " has more keys than duplicate detection can track");
            }
            Key<B> key = new Key<>(keys.size(), keyName, reader);
            if (keys.putIfAbsent(keyName, key) != null) {
                throw new IllegalStateException(name + " defines " + keyName + " twice");
            }
            keysInOrder.add(key);
            keyNames.add(keyName);
            return this;
        }

        ObjectType<B, T> done() {
            return new ObjectType<>(name, newBuilder, build, List.copyOf(keysInOrder),
                    Collections.unmodifiableList(keyNames));
        }
    }
}
