package io.github.frivillig.core.validation.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.AnnotatedWildcardType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

import jakarta.validation.Constraint;
import jakarta.validation.GroupSequence;
import jakarta.validation.Valid;
import jakarta.validation.groups.ConvertGroup;
import jakarta.validation.groups.Default;

import org.jspecify.annotations.Nullable;

/**
 * Reads Jakarta constraint annotations as Bean Validation defines them: constraints, their repeatable containers,
 * groups and payloads, {@code @Valid}, group conversions and sequences. Where this class answers "may be", the field
 * checks leave the class to Hibernate Validator.
 */
final class ConstraintAnnotations {

    private static final Annotation[] NONE = {};
    private static final String GROUP_SEQUENCE_PROVIDER = "org.hibernate.validator.group.GroupSequenceProvider";

    private ConstraintAnnotations() {
    }

    /** The constraints among some annotations, those in repeatable containers ({@code @X.List}) included. */
    static List<Annotation> constraints(Annotation[] annotations) {
        List<Annotation> constraints = new ArrayList<>();
        for (Annotation annotation : annotations) {
            if (isConstraint(annotation.annotationType())) {
                constraints.add(annotation);
            } else {
                for (Annotation contained : contained(annotation)) {
                    if (isConstraint(contained.annotationType())) {
                        constraints.add(contained);
                    }
                }
            }
        }
        return constraints;
    }

    private static boolean isConstraint(Class<? extends Annotation> type) {
        return type.isAnnotationPresent(Constraint.class);
    }

    /**
     * The annotations a repeatable container holds in its {@code value}, none for other annotations.
     *
     * @throws RuntimeException if the container cannot be read, which leaves the class to Hibernate Validator
     */
    private static Annotation[] contained(Annotation annotation) {
        for (Method value : annotation.annotationType().getDeclaredMethods()) {
            if (value.getName().equals("value") && value.getReturnType().isArray()
                    && value.getReturnType().getComponentType().isAnnotation()) {
                try {
                    value.setAccessible(true);
                    return (Annotation[]) value.invoke(annotation);
                } catch (ReflectiveOperationException unreadable) {
                    throw new IllegalStateException("Cannot read " + annotation, unreadable);
                }
            }
        }
        return NONE;
    }

    /** Whether a constraint is one of Bean Validation's or Hibernate Validator's own. */
    static boolean isBuiltIn(Class<? extends Annotation> type) {
        String name = type.getPackageName();
        return name.equals("jakarta.validation.constraints") || name.startsWith("org.hibernate.validator");
    }

    /** Whether a constraint is made of other constraints, which Hibernate Validator composes. */
    static boolean isComposed(Class<? extends Annotation> type) {
        return !constraints(type.getDeclaredAnnotations()).isEmpty();
    }

    /** Whether a constraint applies in the default group: it names no group, or names {@code Default}. */
    static boolean appliesByDefault(Annotation constraint) {
        Class<?>[] groups = (Class<?>[]) attribute(constraint, "groups");
        if (groups == null || groups.length == 0) {
            return true;
        }
        for (Class<?> group : groups) {
            if (group == Default.class) {
                return true;
            }
        }
        return false;
    }

    /** Whether a constraint carries a payload, which may change how Hibernate Validator applies it. */
    static boolean hasPayload(Annotation constraint) {
        Class<?>[] payload = (Class<?>[]) attribute(constraint, "payload");
        return payload != null && payload.length > 0;
    }

    private static @Nullable Object attribute(Annotation annotation, String name) {
        try {
            Method attribute = annotation.annotationType().getDeclaredMethod(name);
            attribute.setAccessible(true);
            return attribute.invoke(annotation);
        } catch (ReflectiveOperationException | RuntimeException none) {
            return null;
        }
    }

    static boolean isValid(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation.annotationType() == Valid.class) {
                return true;
            }
        }
        return false;
    }

    static boolean hasGroupConversion(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation.annotationType() == ConvertGroup.class
                    || annotation.annotationType() == ConvertGroup.List.class) {
                return true;
            }
        }
        return false;
    }

    static boolean isOptional(Class<?> type) {
        return type == Optional.class || type == OptionalInt.class || type == OptionalLong.class
                || type == OptionalDouble.class;
    }

    /** Whether a type has annotations below its own top level: on a type argument, an array's component, a bound. */
    static boolean isNested(AnnotatedType type) {
        if (type instanceof AnnotatedParameterizedType parameterized) {
            for (AnnotatedType argument : parameterized.getAnnotatedActualTypeArguments()) {
                if (argument.getDeclaredAnnotations().length > 0 || isNested(argument)) {
                    return true;
                }
            }
        } else if (type instanceof AnnotatedArrayType array) {
            AnnotatedType component = array.getAnnotatedGenericComponentType();
            return component.getDeclaredAnnotations().length > 0 || isNested(component);
        } else if (type instanceof AnnotatedWildcardType wildcard) {
            for (AnnotatedType bound : wildcard.getAnnotatedUpperBounds()) {
                if (bound.getDeclaredAnnotations().length > 0 || isNested(bound)) {
                    return true;
                }
            }
            for (AnnotatedType bound : wildcard.getAnnotatedLowerBounds()) {
                if (bound.getDeclaredAnnotations().length > 0 || isNested(bound)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The class of a type, or null for a type variable or wildcard. */
    static @Nullable Class<?> rawType(Type type) {
        return type instanceof Class<?> plain ? plain
                : type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw ? raw
                : null;
    }

    /** Whether a class redefines its default group, which changes what Hibernate Validator checks and in what order. */
    static boolean hasGroupSettings(Class<?> type) {
        for (Annotation annotation : type.getDeclaredAnnotations()) {
            if (annotation.annotationType() == GroupSequence.class
                    || annotation.annotationType().getName().equals(GROUP_SEQUENCE_PROVIDER)) {
                return true;
            }
        }
        return false;
    }

    /** Whether any interface a class implements, directly or not, may carry constraints Hibernate Validator applies. */
    static boolean inheritsConstraints(Class<?> type) {
        for (Class<?> implemented : type.getInterfaces()) {
            if (declaresConstraints(implemented) || inheritsConstraints(implemented)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a class declares a getter, in Hibernate Validator's sense ({@code getX}, {@code isX}, {@code hasX}),
     * with constraints: a record component named so would be validated twice, as a field and as a getter.
     */
    static boolean hasConstrainedGetter(Class<?> type) {
        for (Method method : type.getDeclaredMethods()) {
            String name = method.getName();
            if (method.getParameterCount() == 0 && method.getReturnType() != void.class
                    && (name.startsWith("get") || name.startsWith("is") || name.startsWith("has"))
                    && isAnnotated(method)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a class, its superclasses or its interfaces may carry any constraint or cascade at all. */
    static boolean isConstrained(Class<?> type) {
        for (Class<?> level = type; level != null && level != Object.class; level = level.getSuperclass()) {
            if (declaresConstraints(level) || inheritsConstraints(level)) {
                return true;
            }
        }
        return false;
    }

    private static boolean declaresConstraints(Class<?> type) {
        if (!constraints(type.getDeclaredAnnotations()).isEmpty()) {
            return true;
        }
        for (Field field : type.getDeclaredFields()) {
            if (isAnnotated(field) || isNested(field.getAnnotatedType())) {
                return true;
            }
        }
        for (Method method : type.getDeclaredMethods()) {
            if (isAnnotated(method) || isNested(method.getAnnotatedReturnType())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAnnotated(AnnotatedElement element) {
        Annotation[] annotations = element.getDeclaredAnnotations();
        return !constraints(annotations).isEmpty() || isValid(annotations) || hasGroupConversion(annotations);
    }
}
