package io.github.frivillig.core.validation.internal;

import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.validation.ClockProvider;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.hibernate.validator.constraintvalidation.HibernateConstraintValidator;
import org.jspecify.annotations.Nullable;

import io.github.frivillig.core.validation.constraints.ValidPolicy;

/**
 * The model's field rules, compiled once per class from the Jakarta constraint annotations on it, and checked in one
 * pass over a policy without Hibernate Validator's generic traversal, which allocates a path, a value context and
 * more for every value it visits, and without bootstrapping Hibernate Validator until something fails.
 * <p>
 * The constraint annotations stay the only definition of the rules, read as Hibernate Validator reads them from a
 * record: the constraints and {@code @Valid} on its fields (where the record's components put them) and on the type
 * arguments of its lists, maps and optionals, and those on the record itself. A test holds what is compiled to
 * Hibernate Validator's own metadata for every class of the model. Each check is the constraint's own validator,
 * or for the few built-in constraints the model uses, the same predicate as Hibernate Validator's (for e-mail
 * addresses, a plain subset of what it accepts). A check only decides that a value is valid. When one fails, or
 * for a constraint this class does not check on its own, Hibernate Validator validates the property at fault (or,
 * for a class-level constraint, the bean at fault), and its violations are reported with the path that leads to
 * them: so every violation is Hibernate Validator's own, with its template, path and value, and valid data never
 * reaches it. A differential test holds the two to the same reports.
 * <p>
 * The class-level {@link ValidPolicy @ValidPolicy} is left out: {@code PolicyValidator} runs the document rules
 * itself. A class this design does not cover (not a record, constraints inherited from an interface, a nested
 * container, a getter or a group setting that Hibernate Validator would take into account) is validated whole by
 * Hibernate Validator wherever it occurs.
 * <p>
 * This class is thread-safe.
 */
public final class FieldChecks {

    /** The field checks of Frivillig's model, with the shared Hibernate Validator to describe violations. */
    public static final FieldChecks MODEL = new FieldChecks(() -> ValidationEngine.FACTORY.getValidator());

    private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);
    /** The type of a handle that stores the values of an object's properties in an array: (values, object). */
    private static final MethodType FILLER = MethodType.methodType(void.class, Object[].class, Object.class);
    private static final MethodHandle STORE = MethodHandles.arrayElementSetter(Object[].class);
    private static final Check[] NO_CHECKS = {};

    private final Supplier<Validator> hibernateValidator;
    private volatile @Nullable Validator validator;
    private final ClassValue<BeanPlan> plans = new ClassValue<>() {
        @Override
        protected BeanPlan computeValue(Class<?> type) {
            try {
                return compile(type);
            } catch (RuntimeException unreadable) {
                // An annotation that cannot be read, a validator that cannot be initialised: Hibernate Validator
                // validates the class whole, and says what is wrong with it.
                return BeanPlan.WHOLE;
            }
        }
    };

    FieldChecks(Supplier<Validator> hibernateValidator) {
        this.hibernateValidator = hibernateValidator;
    }

    /**
     * Checks the field rules of an object and everything it cascades to, and reports each violation.
     *
     * @param root  the object, such as a policy, not null
     * @param reporter  the reporter, not null
     */
    public void check(Object root, Reporter reporter) {
        new Walk(reporter).bean(root);
    }

    /**
     * Describes what was compiled for a class, one line per constraint or cascade, in the words of Bean
     * Validation's metadata: {@code "<class> @StatedNumber"}, {@code "count @Valid"}, {@code "parts[] @ValidLocalId"};
     * a single {@code "whole"} for a class left to Hibernate Validator, nothing for a class without constraints.
     */
    List<String> outline(Class<?> type) {
        return plans.get(type).outline;
    }

    private Validator hibernateValidator() {
        Validator known = validator;
        if (known == null) {
            known = hibernateValidator.get();
            validator = known;
        }
        return known;
    }

    private BeanPlan compile(Class<?> type) {
        if (!type.isRecord() || ConstraintAnnotations.inheritsConstraints(type)
                || ConstraintAnnotations.hasGroupSettings(type) || ConstraintAnnotations.hasConstrainedGetter(type)) {
            return ConstraintAnnotations.isConstrained(type) ? BeanPlan.WHOLE : BeanPlan.UNCONSTRAINED;
        }
        List<String> outline = new ArrayList<>();
        List<Check> classChecks = new ArrayList<>();
        Set<Class<? extends Annotation>> classConstraints = new HashSet<>();
        for (Annotation constraint : ConstraintAnnotations.constraints(type.getDeclaredAnnotations())) {
            outline.add("<class> @" + constraint.annotationType().getSimpleName());
            if (constraint.annotationType() != ValidPolicy.class
                    && ConstraintAnnotations.appliesByDefault(constraint)) {
                classChecks.add(check(constraint, type));
                classConstraints.add(constraint.annotationType());
            }
        }
        List<PropertyPlan> properties = new ArrayList<>();
        for (Field field : type.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            PropertyPlan plan = compile(type, field, classConstraints, outline);
            if (plan == PropertyPlan.NOT_COVERED) {
                return BeanPlan.WHOLE;
            }
            if (plan != null) {
                properties.add(plan);
            }
        }
        if (outline.isEmpty()) {
            return BeanPlan.UNCONSTRAINED;
        }
        outline.sort(null);
        return new BeanPlan(classChecks.toArray(NO_CHECKS), Set.copyOf(classConstraints),
                properties.toArray(new PropertyPlan[0]), List.copyOf(outline));
    }

    /**
     * Compiles one field; returns null for a field without constraints, and {@link PropertyPlan#NOT_COVERED} for
     * one this design does not cover.
     */
    private @Nullable PropertyPlan compile(Class<?> type, Field field,
            Set<Class<? extends Annotation>> classConstraints, List<String> outline) {
        String name = field.getName();
        Annotation[] declared = field.getDeclaredAnnotations();
        if (ConstraintAnnotations.hasGroupConversion(declared)) {
            return PropertyPlan.NOT_COVERED;
        }
        List<Check> checks = new ArrayList<>();
        for (Annotation constraint : ConstraintAnnotations.constraints(declared)) {
            if (classConstraints.contains(constraint.annotationType())) {
                // A class-level violation could not be told from this property's own.
                return PropertyPlan.NOT_COVERED;
            }
            outline.add(name + " @" + constraint.annotationType().getSimpleName());
            if (ConstraintAnnotations.appliesByDefault(constraint)) {
                checks.add(ConstraintAnnotations.isOptional(field.getType()) ? Check.ASK_HIBERNATE_VALIDATOR
                        : check(constraint, field.getType()));
            }
        }
        boolean cascades = ConstraintAnnotations.isValid(declared);
        if (cascades) {
            outline.add(name + " @Valid");
        }
        List<Check> elementChecks = new ArrayList<>();
        AnnotatedType annotated = field.getAnnotatedType();
        if (annotated instanceof AnnotatedParameterizedType parameterized) {
            AnnotatedType[] arguments = parameterized.getAnnotatedActualTypeArguments();
            for (int i = 0; i < arguments.length; i++) {
                Annotation[] onArgument = arguments[i].getDeclaredAnnotations();
                if (!ConstraintAnnotations.isNested(arguments[i]) && onArgument.length == 0) {
                    continue;
                }
                Class<?> element = ConstraintAnnotations.rawType(arguments[i].getType());
                if (ConstraintAnnotations.isNested(arguments[i]) || element == null
                        || !isElementOf(field.getType(), i) || ConstraintAnnotations.hasGroupConversion(onArgument)) {
                    return PropertyPlan.NOT_COVERED;
                }
                for (Annotation constraint : ConstraintAnnotations.constraints(onArgument)) {
                    outline.add(name + "[] @" + constraint.annotationType().getSimpleName());
                    if (ConstraintAnnotations.appliesByDefault(constraint)) {
                        elementChecks.add(check(constraint, element));
                    }
                }
                if (ConstraintAnnotations.isValid(onArgument)) {
                    outline.add(name + "[] @Valid");
                    cascades = true;
                }
            }
        } else if (ConstraintAnnotations.isNested(annotated)) {
            return PropertyPlan.NOT_COVERED;
        }
        if (checks.isEmpty() && elementChecks.isEmpty() && !cascades) {
            return null;
        }
        try {
            return new PropertyPlan(name, getter(type, field), checks.toArray(NO_CHECKS),
                    elementChecks.toArray(NO_CHECKS), cascades);
        } catch (ReflectiveOperationException | RuntimeException inaccessible) {
            return PropertyPlan.NOT_COVERED;
        }
    }

    /** Whether a type argument is the element of a container this class walks: a collection's, or a map's value. */
    private static boolean isElementOf(Class<?> container, int typeArgument) {
        return Collection.class.isAssignableFrom(container) && typeArgument == 0
                || Map.class.isAssignableFrom(container) && typeArgument == 1
                || container == Optional.class;
    }

    /**
     * Returns a method handle, of type {@code (Object)Object}, that reads a record component. It calls the
     * component's accessor where it can (for a record that does not override it, the accessor returns the field
     * Hibernate Validator reads), and reads the field otherwise. The walk calls the handles of a class combined into
     * one ({@link #filler}).
     */
    private static MethodHandle getter(Class<?> type, Field field) throws ReflectiveOperationException {
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        try {
            Method accessor = type.getDeclaredMethod(field.getName());
            if (accessor.getReturnType() == field.getType() && Modifier.isPublic(type.getModifiers())
                    && type.getModule().isExported(type.getPackageName(), FieldChecks.class.getModule())) {
                return lookup.unreflect(accessor).asType(GETTER);
            }
        } catch (ReflectiveOperationException | RuntimeException notThisWay) {
            // Not a public accessor this module can link to: read the field.
        }
        field.setAccessible(true);
        return lookup.unreflectGetter(field).asType(GETTER);
    }

    /**
     * Combines the getters of a class's planned properties into one handle, of type {@code (Object[], Object)void},
     * that stores the value of each in the array at its index. A method handle that is not a constant is called
     * through a generic invoker every time, which took a fifth of the time of a validation when it was called for
     * each property; combined, it is called once for each object, and the compiler inlines the getters within it.
     * The walk passes an array of its own for each level of nesting, so that reading allocates nothing.
     */
    private static MethodHandle filler(PropertyPlan[] properties, int from, int to) {
        if (to - from == 1) {
            MethodHandle store = MethodHandles.insertArguments(STORE, 1, from);
            return MethodHandles.filterArguments(store, 1, properties[from].getter);
        }
        if (to == from) {
            return MethodHandles.empty(FILLER);
        }
        // Halves, so that the handles nest as deep as the logarithm of the number of properties, not the number.
        int middle = (from + to) >>> 1;
        return MethodHandles.foldArguments(filler(properties, middle, to), filler(properties, from, middle));
    }

    /** Compiles one constraint on values of a type into the check that says whether a value meets it. */
    private static Check check(Annotation constraint, Class<?> valueType) {
        Class<? extends Annotation> type = constraint.annotationType();
        if (ConstraintAnnotations.isComposed(type) || ConstraintAnnotations.hasPayload(constraint)) {
            return Check.ASK_HIBERNATE_VALIDATOR;
        }
        if (type == NotNull.class) {
            return Check.NOT_NULL;
        }
        if (type == NotBlank.class) {
            return Check.NOT_BLANK;
        }
        if (type == PositiveOrZero.class) {
            return Check.POSITIVE_OR_ZERO;
        }
        if (type == Email.class) {
            Email email = (Email) constraint;
            return email.regexp().equals(".*") && email.flags().length == 0 ? Check.PLAIN_EMAIL
                    : Check.ASK_HIBERNATE_VALIDATOR;
        }
        if (ConstraintAnnotations.isBuiltIn(type)) {
            return Check.ASK_HIBERNATE_VALIDATOR;
        }
        Class<? extends ConstraintValidator<?, ?>> chosen =
                chooseValidator(type.getAnnotation(Constraint.class).validatedBy(), box(valueType));
        if (chosen == null) {
            return Check.ASK_HIBERNATE_VALIDATOR;
        }
        ConstraintValidator<Annotation, Object> instance;
        try {
            @SuppressWarnings("unchecked")
            ConstraintValidator<Annotation, Object> made =
                    (ConstraintValidator<Annotation, Object>) chosen.getDeclaredConstructor().newInstance();
            instance = made;
        } catch (ReflectiveOperationException | RuntimeException notHere) {
            // Not a validator this module can make: Hibernate Validator's factory may.
            return Check.ASK_HIBERNATE_VALIDATOR;
        }
        if (instance instanceof HibernateConstraintValidator<?, ?>) {
            // Initialised with Hibernate Validator's own context, which only Hibernate Validator can give.
            return Check.ASK_HIBERNATE_VALIDATOR;
        }
        instance.initialize(constraint);
        return new ValidatorCheck(instance);
    }

    /**
     * Chooses the validator of a constraint for values of a type as Bean Validation does: the one whose validated
     * type is the most specific of those the value type is assignable to; null if there is none or no single one.
     */
    private static @Nullable Class<? extends ConstraintValidator<?, ?>> chooseValidator(
            Class<? extends ConstraintValidator<?, ?>>[] candidates, Class<?> valueType) {
        Class<? extends ConstraintValidator<?, ?>> chosen = null;
        Class<?> chosenType = null;
        for (Class<? extends ConstraintValidator<?, ?>> candidate : candidates) {
            Class<?> validated = validatedType(candidate);
            if (validated == null) {
                return null;
            }
            if (!validated.isAssignableFrom(valueType)) {
                continue;
            }
            if (chosenType == null || chosenType.isAssignableFrom(validated)) {
                chosen = candidate;
                chosenType = validated;
            } else if (!validated.isAssignableFrom(chosenType)) {
                return null;
            }
        }
        return chosen;
    }

    /** The type a constraint validator class validates: the second type argument of its ConstraintValidator. */
    private static @Nullable Class<?> validatedType(Class<?> validatorClass) {
        for (Class<?> type = validatorClass; type != null; type = type.getSuperclass()) {
            for (Type implemented : type.getGenericInterfaces()) {
                if (implemented instanceof ParameterizedType parameterized
                        && parameterized.getRawType() == ConstraintValidator.class) {
                    return ConstraintAnnotations.rawType(parameterized.getActualTypeArguments()[1]);
                }
            }
        }
        return null;
    }

    private static Class<?> box(Class<?> type) {
        return MethodType.methodType(type).wrap().returnType();
    }

    /** What the walk does for one class. */
    private static final class BeanPlan {
        static final BeanPlan UNCONSTRAINED = new BeanPlan(NO_CHECKS, Set.of(), new PropertyPlan[0], List.of());
        static final BeanPlan WHOLE = new BeanPlan(NO_CHECKS, Set.of(), new PropertyPlan[0], List.of("whole"));

        final Check[] classChecks;
        final Set<Class<? extends Annotation>> classConstraints;
        final PropertyPlan[] properties;
        final MethodHandle filler;
        final List<String> outline;

        BeanPlan(Check[] classChecks, Set<Class<? extends Annotation>> classConstraints, PropertyPlan[] properties,
                List<String> outline) {
            this.classChecks = classChecks;
            this.classConstraints = classConstraints;
            this.properties = properties;
            this.filler = filler(properties, 0, properties.length);
            this.outline = outline;
        }

        /** Stores the values of the planned properties of an object of the class in an array, in the order planned. */
        void read(Object bean, Object[] values) {
            try {
                filler.invokeExact(values, bean);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException("Cannot read the properties of " + bean.getClass(), e);
            }
        }
    }

    /** What the walk does for one constrained or cascaded property. */
    private static final class PropertyPlan {
        /** A property the walk does not cover, which leaves its whole class to Hibernate Validator. */
        static final PropertyPlan NOT_COVERED = new PropertyPlan("",
                MethodHandles.dropArguments(MethodHandles.constant(Object.class, null), 0, Object.class),
                NO_CHECKS, NO_CHECKS, false);

        final String name;
        final MethodHandle getter;
        final Check[] checks;
        final Check[] elementChecks;
        final boolean cascades;

        PropertyPlan(String name, MethodHandle getter, Check[] checks, Check[] elementChecks,
                boolean cascades) {
            this.name = name;
            this.getter = getter;
            this.checks = checks;
            this.elementChecks = elementChecks;
            this.cascades = cascades;
        }

        /** Whether the value meets every constraint of the property and of its elements. */
        boolean passes(@Nullable Object value) {
            for (Check check : checks) {
                if (!check.passes(value)) {
                    return false;
                }
            }
            if (elementChecks.length == 0 || value == null) {
                return true;
            }
            if (value instanceof List<?> list && value instanceof RandomAccess) {
                for (int i = 0, n = list.size(); i < n; i++) {
                    if (!passesElement(list.get(i))) {
                        return false;
                    }
                }
            } else if (value instanceof Collection<?> collection) {
                for (Object element : collection) {
                    if (!passesElement(element)) {
                        return false;
                    }
                }
            } else if (value instanceof Map<?, ?> map) {
                for (Object element : map.values()) {
                    if (!passesElement(element)) {
                        return false;
                    }
                }
            } else if (value instanceof Optional<?> optional) {
                return passesElement(optional.orElse(null));
            } else {
                return false;
            }
            return true;
        }

        private boolean passesElement(@Nullable Object element) {
            for (Check check : elementChecks) {
                if (!check.passes(element)) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * One constraint compiled: says whether a value meets it. A check may say no to a valid value, which only costs
     * a call of Hibernate Validator; it must never say yes to an invalid one.
     */
    private interface Check {
        /** Hibernate Validator's {@code NotNullValidator}. */
        Check NOT_NULL = value -> value != null;
        /** Hibernate Validator's {@code NotBlankValidator}: trimmed, as it does, not {@code isBlank}. */
        Check NOT_BLANK = value -> value instanceof CharSequence text && !text.toString().trim().isEmpty();
        /** Hibernate Validator's {@code PositiveOrZero} validators, for the number types whose sign is plain. */
        Check POSITIVE_OR_ZERO = value -> value == null
                || value instanceof Integer number && number >= 0
                || value instanceof Long number && number >= 0
                || value instanceof Short number && number >= 0
                || value instanceof Byte number && number >= 0
                || value instanceof BigDecimal number && number.signum() >= 0
                || value instanceof BigInteger number && number.signum() >= 0;
        /**
         * Hibernate Validator's {@code EmailValidator} says yes to every address of this plain form: dot-separated
         * atoms of letters, digits and {@code _%+-} before the {@code @}, at most 64 characters; after it, two or
         * more labels of letters, digits and inner hyphens, each of at most 63 characters, the last of letters, at
         * most 255 characters in all. Anything else is left to it.
         */
        Check PLAIN_EMAIL = value -> value == null || value instanceof CharSequence text && PlainEmail.matches(text);
        /** A constraint only Hibernate Validator checks: every value goes to it. */
        Check ASK_HIBERNATE_VALIDATOR = value -> false;

        boolean passes(@Nullable Object value);
    }

    /**
     * The constraint's own validator. It is given a context that stops it as soon as it is used: a validator uses
     * its context only to describe a violation, and then Hibernate Validator is asked instead.
     */
    private record ValidatorCheck(ConstraintValidator<Annotation, Object> validator) implements Check {
        @Override
        public boolean passes(@Nullable Object value) {
            try {
                return validator.isValid(value, Unused.CONTEXT);
            } catch (RuntimeException e) {
                // Whatever it was (the context was used, the validator failed), Hibernate Validator repeats it.
                return false;
            }
        }
    }

    /** The walk over one object: where it is, kept without allocating, and what it found. */
    private final class Walk {
        private final Reporter reporter;
        private String[] names = new String[8];
        private int[] indices = new int[8];
        private Object[] keys = new Object[8];
        private int depth;
        /** The values of the properties of the object being checked at each depth, reused for every object there. */
        private Object[][] buffers = new Object[8][];

        Walk(Reporter reporter) {
            this.reporter = reporter;
        }

        /** Returns the array for the values of an object at the current depth, of at least the length given. */
        private Object[] buffer(int length) {
            if (depth == buffers.length) {
                buffers = Arrays.copyOf(buffers, depth * 2);
            }
            Object[] known = buffers[depth];
            if (known == null || known.length < length) {
                known = new Object[Math.max(length, 16)];
                buffers[depth] = known;
            }
            return known;
        }

        void bean(Object bean) {
            BeanPlan plan = plans.get(bean.getClass());
            if (plan == BeanPlan.UNCONSTRAINED) {
                return;
            }
            if (plan == BeanPlan.WHOLE) {
                reportAll(hibernateValidator().validate(bean), null, null, null);
                return;
            }
            for (Check check : plan.classChecks) {
                if (!check.passes(bean)) {
                    reportAll(hibernateValidator().validate(bean), bean, null, plan.classConstraints);
                    break;
                }
            }
            PropertyPlan[] properties = plan.properties;
            Object[] values = buffer(properties.length);
            plan.read(bean, values);
            for (int i = 0; i < properties.length; i++) {
                PropertyPlan property = properties[i];
                Object value = values[i];
                if (!property.passes(value)) {
                    reportAll(hibernateValidator().validateProperty(bean, property.name), bean, property.name,
                            null);
                }
                if (value != null && property.cascades) {
                    push(property.name);
                    cascade(value);
                    depth--;
                }
            }
        }

        /** Cascades into a value as Bean Validation does: into each element of a container, else the value. */
        private void cascade(Object value) {
            if (value instanceof List<?> list && value instanceof RandomAccess) {
                for (int i = 0, n = list.size(); i < n; i++) {
                    Object element = list.get(i);
                    if (element != null) {
                        indices[depth - 1] = i;
                        bean(element);
                    }
                }
            } else if (value instanceof Map<?, ?> map) {
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    if (entry.getValue() != null) {
                        keys[depth - 1] = entry.getKey();
                        bean(entry.getValue());
                    }
                }
            } else if (value instanceof Iterable<?> || value instanceof Object[]) {
                Iterable<?> elements = value instanceof Object[] array ? Arrays.asList(array) : (Iterable<?>) value;
                boolean indexed = value instanceof List<?> || value instanceof Object[];
                int i = 0;
                for (Object element : elements) {
                    if (element != null) {
                        indices[depth - 1] = indexed ? i : -1;
                        bean(element);
                    }
                    i++;
                }
            } else if (value instanceof Optional<?> optional) {
                if (optional.isPresent()) {
                    bean(optional.get());
                }
            } else {
                bean(value);
            }
        }

        private void push(String name) {
            if (depth == names.length) {
                names = Arrays.copyOf(names, depth * 2);
                indices = Arrays.copyOf(indices, depth * 2);
                keys = Arrays.copyOf(keys, depth * 2);
            }
            names[depth] = name;
            indices[depth] = -1;
            keys[depth] = null;
            depth++;
        }

        /**
         * Reports Hibernate Validator's violations below the walk's place. Given a bean, only the violations of its
         * own: of one of its properties, or of its class-level constraints. Hibernate Validator's
         * {@code validateProperty} also reports the violations of properties of the same name further down, on the
         * beans a property of the container elements cascades to, which the walk reports where it finds them.
         */
        private void reportAll(Set<? extends ConstraintViolation<?>> violations, @Nullable Object bean,
                @Nullable String property, @Nullable Set<Class<? extends Annotation>> classConstraints) {
            FieldRules.Prefix prefix = null;
            for (ConstraintViolation<?> violation : violations) {
                Class<? extends Annotation> annotation =
                        violation.getConstraintDescriptor().getAnnotation().annotationType();
                if (annotation == ValidPolicy.class
                        || bean != null && violation.getLeafBean() != bean
                        || property != null && !property.equals(firstName(violation))
                        || classConstraints != null && !classConstraints.contains(annotation)) {
                    continue;
                }
                if (prefix == null) {
                    prefix = prefix();
                }
                FieldRules.report(violation, prefix, reporter);
            }
        }

        private static @Nullable String firstName(ConstraintViolation<?> violation) {
            Iterator<jakarta.validation.Path.Node> nodes = violation.getPropertyPath().iterator();
            return nodes.hasNext() ? nodes.next().getName() : null;
        }

        /** The walk's place as the start of a pointer and of a property path. */
        private FieldRules.Prefix prefix() {
            StringBuilder pointer = new StringBuilder(16 * depth);
            StringBuilder path = new StringBuilder(16 * depth);
            for (int i = 0; i < depth; i++) {
                pointer.append('/');
                Location.appendEscaped(pointer, names[i]);
                if (i > 0) {
                    path.append('.');
                }
                path.append(names[i]);
                if (indices[i] >= 0) {
                    pointer.append('/').append(indices[i]);
                    path.append('[').append(indices[i]).append(']');
                } else if (keys[i] != null) {
                    pointer.append('/');
                    Location.appendEscaped(pointer, keys[i].toString());
                    path.append('[').append(keys[i]).append(']');
                }
            }
            return new FieldRules.Prefix(pointer.toString(), path.toString(),
                    depth > 0 ? names[depth - 1] : "", depth > 1 ? names[depth - 2] : "");
        }
    }

    /**
     * The context given to a constraint validator: any use of it means the validator is describing a violation,
     * and stops it, so that Hibernate Validator is asked instead.
     */
    private enum Unused implements ConstraintValidatorContext {
        CONTEXT;

        private static final RuntimeException USED = new RuntimeException("context used", null, false, false) {
            private static final long serialVersionUID = 1L;
        };

        @Override
        public void disableDefaultConstraintViolation() {
            throw USED;
        }

        @Override
        public String getDefaultConstraintMessageTemplate() {
            throw USED;
        }

        @Override
        public ClockProvider getClockProvider() {
            throw USED;
        }

        @Override
        public ConstraintViolationBuilder buildConstraintViolationWithTemplate(String messageTemplate) {
            throw USED;
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw USED;
        }
    }
}
