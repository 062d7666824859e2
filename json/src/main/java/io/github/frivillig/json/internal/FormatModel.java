package io.github.frivillig.json.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.github.frivillig.core.code.Coded;
import io.github.frivillig.core.dialogue.DialogueEvent;
import io.github.frivillig.core.dialogue.DialogueInput;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.policy.SourceDocument;
import io.github.frivillig.core.value.Count;
import io.github.frivillig.core.value.CountQualifier;
import io.github.frivillig.core.value.Money;

/**
 * The format's description of the model, derived from the records themselves: each record is an object type,
 * each record component a key of the same name, read and written by the codec of its Java type ({@link Codecs}),
 * in the order of the components. A sealed interface whose members are records is one object type whose kind
 * (its method that returns a codelist value, such as {@code type()}) tells the members apart.
 * <p>
 * What the records cannot say is stated here, once: the names of three types that differ from their classes', the
 * keys the format requires because a record cannot be made without them, the keys with a default that the writer
 * leaves out, and the policy's {@code formatVersion}. A component added to a record is read and written without
 * any change here; the schema, documentation and CSV tests then say what else it needs.
 */
public final class FormatModel {

    /** Types whose name in the format is not their class's: the policy's parts are named by what they are in it. */
    private static final Map<Class<?>, String> NAMES = Map.of(
            DialogueEvent.class, "event",
            DialogueInput.class, "input",
            SourceDocument.class, "source");

    /** Keys without which the record cannot be made: its constructor rejects null, or the component is primitive. */
    private static final Map<Class<?>, Set<String>> NEEDED = Map.of(
            Money.class, Set.of("amount", "currency"));

    /** Keys with a value that they have when left out, and that the writer therefore leaves out. */
    private static final Map<Class<?>, Map<String, Object>> DEFAULTS = Map.of(
            Count.class, Map.of("qualifier", CountQualifier.EXACT));

    /** The key that names the format version, first in every policy document. */
    static final String VERSION_KEY = "formatVersion";

    /** The policy's {@code formatVersion}: read and checked where it stands, written as the version written. */
    private static final ValueCodec VERSION = new ValueCodec("string") {
        @Override
        Object read(PolicyReader reader) {
            return reader.formatVersion();
        }

        @Override
        void write(tools.jackson.core.JsonGenerator g, Object value) {
            g.writeString((String) value);
        }
    };

    private static final MethodHandles.Lookup LOOKUP = MethodHandles.publicLookup();
    private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);
    private static final Map<Class<?>, ObjectType<?>> TYPES = new ConcurrentHashMap<>();
    private static final ObjectType<Policy> POLICY = type(Policy.class);

    private FormatModel() {
    }

    /**
     * Returns the object type of the root of every document.
     *
     * @return the policy's type, not null
     */
    public static ObjectType<Policy> policy() {
        return POLICY;
    }

    /**
     * Returns the object type of a record of the model, or of a sealed family of records.
     *
     * @param <T>  the model type
     * @param javaType  the record class or sealed interface, not null
     * @return the object type, not null
     * @throws IllegalArgumentException if the class is neither
     * @throws IllegalStateException if a component has a type the format cannot read or write
     */
    @SuppressWarnings("unchecked")
    public static <T> ObjectType<T> type(Class<T> javaType) {
        ObjectType<?> known = TYPES.get(javaType);
        if (known == null) {
            // Built outside the map's lock: codecs of object types find their types only when first used, so
            // building a type never builds another, but computeIfAbsent may not be re-entered.
            known = build(javaType);
            ObjectType<?> raced = TYPES.putIfAbsent(javaType, known);
            known = raced != null ? raced : known;
        }
        return (ObjectType<T>) known;
    }

    /**
     * Returns every object type of the format: the policy's and those of its parts, found by following the
     * components from the policy, in that order.
     *
     * @return the types, not null
     */
    public static List<ObjectType<?>> types() {
        Set<Class<?>> found = new LinkedHashSet<>();
        Deque<Class<?>> pending = new ArrayDeque<>(List.of(Policy.class));
        while (!pending.isEmpty()) {
            Class<?> next = pending.removeFirst();
            if (!found.add(next)) {
                continue;
            }
            for (Class<?> record : recordsOf(next)) {
                for (RecordComponent component : record.getRecordComponents()) {
                    for (Class<?> used : mentioned(component.getGenericType())) {
                        if ((used.isRecord() || used.isSealed()) && Codecs.scalar(used) == null) {
                            pending.add(used);
                        }
                    }
                }
            }
        }
        return found.stream().<ObjectType<?>>map(FormatModel::type).toList();
    }

    /**
     * Returns the name of a type's definition in the schema: {@code organisation}, {@code groupMember},
     * {@code policyKind}.
     *
     * @param javaType  a record, sealed interface or codelist, not null
     * @return the name, not null
     */
    public static String schemaName(Class<?> javaType) {
        String name = NAMES.get(javaType);
        if (name != null) {
            return name;
        }
        String simple = javaType.getSimpleName();
        if (javaType.getEnclosingClass() != null) {
            simple = javaType.getEnclosingClass().getSimpleName() + simple;
        }
        return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
    }

    /** The name of a type in the format's messages: the schema name in kebab case, such as {@code group-member}. */
    private static String formatName(Class<?> javaType) {
        return schemaName(javaType).replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static List<Class<?>> recordsOf(Class<?> type) {
        return type.isSealed() ? List.of(type.getPermittedSubclasses()) : List.of(type);
    }

    private static List<Class<?>> mentioned(java.lang.reflect.Type type) {
        if (type instanceof Class<?> plain) {
            return List.of(plain);
        }
        if (type instanceof java.lang.reflect.ParameterizedType parameterized) {
            List<Class<?>> all = new ArrayList<>();
            for (java.lang.reflect.Type argument : parameterized.getActualTypeArguments()) {
                all.addAll(mentioned(argument));
            }
            return all;
        }
        return List.of();
    }

    private static <T> ObjectType<T> build(Class<T> javaType) {
        if (javaType.isRecord()) {
            return record(javaType);
        }
        if (javaType.isSealed() && javaType.isInterface()) {
            return family(javaType);
        }
        throw new IllegalArgumentException("Not a record or sealed interface of the model: " + javaType.getName());
    }

    private static <T> ObjectType<T> record(Class<T> javaType) {
        List<Property> properties = new ArrayList<>();
        boolean root = javaType == Policy.class;
        if (root) {
            properties.add(new Property(0, VERSION_KEY, null, VERSION, constant(PolicyReader.FORMAT_VERSION),
                    true, false, null));
        }
        for (RecordComponent component : javaType.getRecordComponents()) {
            properties.add(property(properties.size(), javaType, component));
        }
        return new ObjectType<>(formatName(javaType), javaType, properties, null,
                List.of(construction(javaType, null, properties, properties)));
    }

    private static Property property(int index, Class<?> record, RecordComponent component) {
        String name = component.getName();
        Object defaultValue = DEFAULTS.getOrDefault(record, Map.of()).get(name);
        boolean needed = NEEDED.getOrDefault(record, Set.of()).contains(name) || component.getType().isPrimitive();
        return new Property(index, name, component,
                Codecs.of(component.getGenericType(), record.getSimpleName() + "." + name),
                getter(component.getAccessor()), needed, needed, defaultValue);
    }

    /**
     * A sealed family: the kind first, then the union of the members' keys, each member's in its own order (a key
     * that only some members have is placed before the next key it precedes in them).
     */
    private static <T> ObjectType<T> family(Class<T> javaType) {
        // The kind is the codelist with a constant named after each member. The family may give other codelists
        // too (a group member's role), and getMethods() lists methods in no fixed order, so it is found by that.
        List<Method> kinds = Arrays.stream(javaType.getMethods())
                .filter(method -> Modifier.isAbstract(method.getModifiers()) && method.getParameterCount() == 0
                        && method.getReturnType().isEnum() && Coded.class.isAssignableFrom(method.getReturnType()))
                .filter(method -> Arrays.stream(javaType.getPermittedSubclasses())
                        .allMatch(member -> hasConstantNamedAs(member, method)))
                .toList();
        if (kinds.size() != 1) {
            throw new IllegalStateException(javaType.getName() + " needs one method giving its kind, not " + kinds);
        }
        Method kind = kinds.get(0);
        List<String> order = new ArrayList<>();
        Map<String, RecordComponent> first = new LinkedHashMap<>();
        for (Class<?> member : javaType.getPermittedSubclasses()) {
            List<String> names = Arrays.stream(member.getRecordComponents()).map(RecordComponent::getName).toList();
            for (int i = 0; i < names.size(); i++) {
                if (order.contains(names.get(i))) {
                    continue;
                }
                int at = order.size();
                for (int j = i + 1; j < names.size() && at == order.size(); j++) {
                    at = order.contains(names.get(j)) ? order.indexOf(names.get(j)) : at;
                }
                order.add(at, names.get(i));
                first.put(names.get(i), member.getRecordComponents()[i]);
            }
        }
        Property discriminator = new Property(0, kind.getName(), null,
                Codecs.of(kind.getReturnType(), javaType.getSimpleName() + "." + kind.getName()), getter(kind),
                true, true, null);
        List<Property> union = new ArrayList<>(List.of(discriminator));
        for (String name : order) {
            union.add(property(union.size(), first.get(name).getDeclaringRecord(), first.get(name)));
        }
        List<ObjectType.Construction> constructions = new ArrayList<>();
        for (Class<?> member : javaType.getPermittedSubclasses()) {
            List<Property> own = new ArrayList<>(List.of(discriminator));
            for (Property property : union.subList(1, union.size())) {
                for (RecordComponent component : member.getRecordComponents()) {
                    if (component.getName().equals(property.name())) {
                        Property mine = property(property.index(), member, component);
                        if (!mine.schemaName().equals(property.schemaName()) || mine.isList() != property.isList()) {
                            throw new IllegalStateException(javaType.getSimpleName() + "'s members have "
                                    + property.name() + " of different types");
                        }
                        own.add(mine);
                    }
                }
            }
            constructions.add(construction(member, codeOf(member, kind), union, own));
        }
        return new ObjectType<>(formatName(javaType), javaType, union, discriminator, constructions);
    }

    /** The kind of a family's member: the constant of the kind's codelist named as the member is, in upper snake case. */
    private static Coded codeOf(Class<?> member, Method kind) {
        String constant = constantName(member);
        for (Object value : kind.getReturnType().getEnumConstants()) {
            if (((Enum<?>) value).name().equals(constant)) {
                return (Coded) value;
            }
        }
        throw new IllegalStateException(member.getName() + " has no kind named " + constant);
    }

    private static boolean hasConstantNamedAs(Class<?> member, Method kind) {
        String constant = constantName(member);
        return Arrays.stream(kind.getReturnType().getEnumConstants())
                .anyMatch(value -> ((Enum<?>) value).name().equals(constant));
    }

    private static String constantName(Class<?> member) {
        return member.getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }

    /**
     * How one record is made and written.
     *
     * @param record  the record class
     * @param code  its kind in a family, null for a plain record
     * @param all  every key of the type, by index
     * @param own  the keys the record writes, in order, with its own accessors
     */
    private static ObjectType.Construction construction(Class<?> record, Coded code, List<Property> all,
            List<Property> own) {
        RecordComponent[] components = record.getRecordComponents();
        int[] arguments = new int[components.length];
        long keys = 0;
        boolean direct = components.length == all.size();
        for (int i = 0; i < components.length; i++) {
            for (Property property : all) {
                if (components[i].getName().equals(property.name())) {
                    arguments[i] = property.index();
                    keys |= 1L << property.index();
                }
            }
            direct &= arguments[i] == i;
        }
        try {
            Class<?>[] parameters = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            MethodHandle constructor = LOOKUP.unreflectConstructor(record.getDeclaredConstructor(parameters));
            constructor = constructor.asType(constructor.type().changeReturnType(Object.class))
                    .asSpreader(Object[].class, components.length);
            return new ObjectType.Construction(record, code, constructor, arguments, keys,
                    own.toArray(Property[]::new), valuesOf(own), direct);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot make " + record.getName(), e);
        }
    }

    /**
     * Returns a handle that gives the values of the keys of a record as one {@code Object[]}, in their order: the
     * accessors' handles are combined once, so that the compiler can inline them where a call for each key could not.
     */
    private static MethodHandle valuesOf(List<Property> keys) {
        MethodHandle array = MethodHandles.identity(Object[].class).asCollector(Object[].class, keys.size());
        MethodHandle filled = MethodHandles.filterArguments(array, 0,
                keys.stream().map(Property::accessor).toArray(MethodHandle[]::new));
        return MethodHandles.permuteArguments(filled, MethodType.methodType(Object[].class, Object.class),
                new int[keys.size()]);
    }

    private static MethodHandle getter(Method accessor) {
        try {
            return LOOKUP.unreflect(accessor).asType(GETTER);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot read " + accessor, e);
        }
    }

    private static MethodHandle constant(Object value) {
        return MethodHandles.dropArguments(MethodHandles.constant(Object.class, value), 0, Object.class);
    }
}
