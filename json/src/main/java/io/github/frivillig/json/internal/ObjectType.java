package io.github.frivillig.json.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The keys of one JSON object type of the Frivillig format, each with the code that reads its value into a
 * builder. Built once per type; reading an object looks each key up in a hash map.
 *
 * @param <B>  the builder the values go into
 * @param <T>  the type built
 */
final class ObjectType<B, T> {

    /** One key of the object type: its position (for duplicate detection), name and reader. */
    record Key<B>(int index, String name, BiConsumer<PolicyReader, B> reader) {
    }

    private final String name;
    private final Supplier<B> newBuilder;
    private final BiFunction<PolicyReader, B, T> build;
    private final Map<String, Key<B>> keys;
    private final List<String> keyNames;

    private ObjectType(String name, Supplier<B> newBuilder, BiFunction<PolicyReader, B, T> build,
            Map<String, Key<B>> keys, List<String> keyNames) {
        this.name = name;
        this.newBuilder = newBuilder;
        this.build = build;
        this.keys = keys;
        this.keyNames = keyNames;
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

    Key<B> key(String keyName) {
        return keys.get(keyName);
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
            if (keys.putIfAbsent(keyName, new Key<>(keys.size(), keyName, reader)) != null) {
                throw new IllegalStateException(name + " defines " + keyName + " twice");
            }
            keyNames.add(keyName);
            return this;
        }

        ObjectType<B, T> done() {
            return new ObjectType<>(name, newBuilder, build, Map.copyOf(keys), Collections.unmodifiableList(keyNames));
        }
    }
}
