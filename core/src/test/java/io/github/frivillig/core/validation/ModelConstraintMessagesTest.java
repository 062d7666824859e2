package io.github.frivillig.core.validation;

import static io.github.frivillig.core.fixtures.TestPolicies.id;
import static io.github.frivillig.core.fixtures.TestPolicies.valid;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.metadata.ConstraintDescriptor;

import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.github.frivillig.core.code.Codelists;
import io.github.frivillig.core.dialogue.DialogueEvent;
import io.github.frivillig.core.dialogue.Participation;
import io.github.frivillig.core.fixtures.ForeignDefaultLocale;
import io.github.frivillig.core.municipality.Country;
import io.github.frivillig.core.municipality.Municipality;
import io.github.frivillig.core.organisation.Organisation;
import io.github.frivillig.core.organisation.OrganisationKind;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.validation.constraints.ValidPolicy;
import io.github.frivillig.core.value.Count;
import io.github.frivillig.core.value.Person;

/**
 * One language per report: every constraint the model carries, Jakarta Validation's own included, has its message in
 * each language Frivillig ships, so that a host's Bean Validation report in Norwegian, Danish or Swedish has no
 * English sentence in it. Run under a JVM default locale that is none of them.
 */
@ExtendWith(ForeignDefaultLocale.class)
class ModelConstraintMessagesTest {

    private static final List<String> LANGUAGES = Codelists.LANGUAGES;

    @Test
    void everyConstraintOnTheModelHasAMessageInEveryLanguage() {
        Map<Class<? extends Annotation>, Annotation> constraints = constraintsOfTheModel();
        // The scan finds what it must: the standard constraints and Frivillig's own, class-level ones too.
        assertThat(constraints).containsKeys(NotNull.class, NotBlank.class, Email.class, PositiveOrZero.class,
                ValidPolicy.class);

        for (Annotation constraint : constraints.values()) {
            String template = template(constraint);
            String english = interpolate(template, constraint, Locale.ENGLISH);
            assertThat(english).as(template).isNotBlank().doesNotContain("{", "}", "$");
            for (String language : LANGUAGES.subList(1, LANGUAGES.size())) {
                String message = interpolate(template, constraint, Locale.forLanguageTag(language));
                assertThat(message).as(language + " " + template).isNotBlank().doesNotContain("{", "}", "$")
                        .isNotEqualTo(english);
            }
        }
    }

    @Test
    void aHostsReportOfABrokenPolicyIsInOneLanguage() {
        Policy policy = valid()
                .title(null)
                .municipality(Municipality.of(Country.NORWAY, "9999", "Porsgrunn"))
                .addOrganisation(Organisation.builder().id(id("lag")).name(" ").kind(OrganisationKind.OTHER).build())
                .addContact(Person.builder().name("Kari").email("ikke en adresse").build())
                .owner(id("ukjent"))
                .events(List.of(DialogueEvent.builder().id(id("kafe")).kind(valid().build().events().get(0).kind())
                        .status(valid().build().events().get(0).status()).date(valid().build().events().get(0).date())
                        .participation(Participation.builder().attendees(Count.exactly(-3)).build())
                        .build()))
                .build();
        Map<String, String> english = messagesByPath(policy, Locale.ENGLISH);
        assertThat(english).containsKeys("title", "organisations[1].name", "contacts[0].email",
                "events[0].participation.attendees.value", "municipality.code", "owner");

        for (String language : LANGUAGES.subList(1, LANGUAGES.size())) {
            Map<String, String> translated = messagesByPath(policy, Locale.forLanguageTag(language));
            assertThat(translated.keySet()).as(language).isEqualTo(english.keySet());
            translated.forEach((path, message) -> assertThat(message).as(language + " " + path)
                    .isNotEqualTo(english.get(path)).doesNotContain("{", "}", "$"));
        }
    }

    private static Map<String, String> messagesByPath(Policy policy, Locale locale) {
        try (ValidatorFactory factory = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator(Set.of(locale), locale, false))
                .buildValidatorFactory()) {
            Map<String, String> messages = new HashMap<>();
            for (ConstraintViolation<Policy> violation : factory.getValidator().validate(policy)) {
                messages.put(violation.getPropertyPath().toString(), violation.getMessage());
            }
            return messages;
        }
    }

    /** Every constraint annotation on the types reachable from {@code Policy}, one of each type. */
    private static Map<Class<? extends Annotation>, Annotation> constraintsOfTheModel() {
        Map<Class<? extends Annotation>, Annotation> found = new LinkedHashMap<>();
        Set<Class<?>> seen = new HashSet<>();
        Deque<Class<?>> pending = new ArrayDeque<>(List.of(Policy.class));
        while (!pending.isEmpty()) {
            Class<?> type = pending.pop();
            if (!seen.add(type) || !type.getPackageName().startsWith("io.github.frivillig.core")) {
                continue;
            }
            collect(type.getAnnotations(), found);
            if (type.isSealed()) {
                pending.addAll(List.of(type.getPermittedSubclasses()));
            }
            if (!type.isRecord()) {
                continue;
            }
            for (RecordComponent component : type.getRecordComponents()) {
                collect(component.getAnnotations(), found);
                collect(component.getAccessor().getAnnotations(), found);
                collectTypeUse(component.getAnnotatedType(), found);
                addTypes(component.getGenericType(), pending);
            }
        }
        return found;
    }

    private static void collectTypeUse(AnnotatedType type, Map<Class<? extends Annotation>, Annotation> found) {
        collect(type.getAnnotations(), found);
        if (type instanceof AnnotatedParameterizedType parameterized) {
            for (AnnotatedType argument : parameterized.getAnnotatedActualTypeArguments()) {
                collectTypeUse(argument, found);
            }
        }
    }

    private static void addTypes(Type type, Deque<Class<?>> pending) {
        if (type instanceof Class<?> plain) {
            pending.add(plain);
        } else if (type instanceof ParameterizedType parameterized) {
            for (Type argument : parameterized.getActualTypeArguments()) {
                addTypes(argument, pending);
            }
        }
    }

    private static void collect(Annotation[] annotations, Map<Class<? extends Annotation>, Annotation> found) {
        for (Annotation annotation : annotations) {
            if (annotation.annotationType().isAnnotationPresent(Constraint.class)) {
                found.putIfAbsent(annotation.annotationType(), annotation);
            }
        }
    }

    private static String template(Annotation constraint) {
        try {
            Method message = constraint.annotationType().getMethod("message");
            return (String) message.invoke(constraint);
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            throw new AssertionError("A constraint without a message: " + constraint, e);
        }
    }

    /** Interpolates a constraint's message as Hibernate Validator does for a host in one language. */
    private static String interpolate(String template, Annotation constraint, Locale locale) {
        MessageInterpolator interpolator = new ParameterMessageInterpolator(Set.of(locale), locale, false);
        return interpolator.interpolate(template, context(constraint), locale);
    }

    private static MessageInterpolator.Context context(Annotation constraint) {
        Map<String, Object> attributes = new HashMap<>();
        for (Method attribute : constraint.annotationType().getDeclaredMethods()) {
            try {
                attributes.put(attribute.getName(), attribute.invoke(constraint));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new AssertionError(e);
            }
        }
        ConstraintDescriptor<?> descriptor = (ConstraintDescriptor<?>) Proxy.newProxyInstance(
                ModelConstraintMessagesTest.class.getClassLoader(), new Class<?>[] {ConstraintDescriptor.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getAttributes" -> attributes;
                    case "getAnnotation" -> constraint;
                    case "getMessageTemplate" -> attributes.get("message");
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return new MessageInterpolator.Context() {
            @Override
            public ConstraintDescriptor<?> getConstraintDescriptor() {
                return descriptor;
            }

            @Override
            public Object getValidatedValue() {
                return null;
            }

            @Override
            public <T> T unwrap(Class<T> type) {
                throw new UnsupportedOperationException(type.getName());
            }
        };
    }
}
