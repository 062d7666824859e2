package io.github.frivillig.core.validation.internal;

import static io.github.frivillig.core.fixtures.TestPolicies.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;

import org.junit.jupiter.api.Test;

import io.github.frivillig.core.fixtures.SeedPolicies;
import io.github.frivillig.core.fixtures.TestPolicies;
import io.github.frivillig.core.organisation.Organisation;
import io.github.frivillig.core.organisation.OrganisationKind;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.validation.PolicyValidator;
import io.github.frivillig.core.validation.Violation;

/**
 * The field checks compiled from the model's constraint annotations: they read the annotations as Hibernate
 * Validator does, valid data never reaches Hibernate Validator, and what does not meet a check is described by it, at
 * the place the walk found it. (That the two give the same reports
 * over many policies is the differential test of the json module, {@code CompiledFieldChecksTest}.)
 */
class FieldChecksTest {

    private final AtomicInteger validations = new AtomicInteger();
    private final FieldChecks checks = new FieldChecks(() -> counting(ValidationEngine.FACTORY.getValidator()));

    @Test
    void validPoliciesNeverReachHibernateValidator() {
        List<Policy> policies = new ArrayList<>(SeedPolicies.all());
        policies.add(TestPolicies.valid().build());
        for (Policy policy : policies) {
            assertThat(check(policy)).as(policy.id().value()).isEmpty();
        }
        assertThat(validations).hasValue(0);
    }

    @Test
    void aValueThatFailsACheckIsDescribedByHibernateValidatorWhereTheWalkFoundIt() {
        Policy policy = TestPolicies.valid()
                .addOrganisation(Organisation.builder().id(id("Not An Id")).name(" ")
                        .kind(OrganisationKind.VOLUNTARY_ASSOCIATION).build())
                .build();

        List<Violation> violations = check(policy);

        assertThat(violations).extracting(Violation::code, Violation::pointer, Violation::path).containsExactly(
                tuple("id.malformed", "/organisations/1/id", "organisations[1].id"),
                tuple("blank", "/organisations/1/name", "organisations[1].name"));
        // One call for each property at fault, and none for the valid rest of the policy.
        assertThat(validations).hasValue(2);
    }

    @Test
    void aClassTheWalkDoesNotCoverIsValidatedWholeByHibernateValidator() {
        Holder holder = new Holder(List.of(new Plain(null)), new Nested(List.of(Arrays.asList((String) null))));

        List<Violation> violations = check(holder);

        // Plain is not a record, and Nested's list of lists is a container the walk does not enter.
        assertThat(violations).extracting(Violation::pointer).containsExactly("/nested/lists/0/0", "/plain/0/value");
        assertThat(validations).hasValue(2);
        Reporter whole = new Reporter(Locale.ENGLISH, PolicyValidator.messages(), false);
        ValidationEngine.FACTORY.getValidator().validate(holder).forEach(v -> FieldRules.report(v, whole));
        assertThat(violations).isEqualTo(whole.violations());
    }

    @Test
    void whatIsCompiledForEachClassOfTheModelIsWhatHibernateValidatorReadsFromIt() {
        Validator validator = ValidationEngine.FACTORY.getValidator();
        Set<Class<?>> types = new LinkedHashSet<>();
        reachable(Policy.class, types);
        assertThat(types).hasSizeGreaterThan(30);
        for (Class<?> type : types) {
            assertThat(checks.outline(type)).as(type.getName()).isEqualTo(outline(validator, type));
        }
        // The plain e-mail form is the only built-in rule checked by a predicate of Frivillig's own: nothing else of
        // Bean Validation's built-in constraints is in the model besides @NotNull, @NotBlank and @PositiveOrZero.
        Set<String> used = types.stream().flatMap(type -> checks.outline(type).stream())
                .map(line -> line.substring(line.indexOf('@') + 1)).collect(Collectors.toCollection(TreeSet::new));
        assertThat(used).contains("Email", "NotNull", "NotBlank", "PositiveOrZero", "Valid", "ValidText",
                "StatedNumber");
    }

    @Test
    void theModelHasNoClassLeftWholeToHibernateValidator() {
        Set<Class<?>> types = new LinkedHashSet<>();
        reachable(Policy.class, types);
        assertThat(types).allSatisfy(type -> assertThat(checks.outline(type)).as(type.getName())
                .doesNotContain("whole"));
    }

    /** Hibernate Validator's metadata of a class, in the words of {@link FieldChecks#outline}. */
    private static List<String> outline(Validator validator, Class<?> type) {
        BeanDescriptor bean = validator.getConstraintsForClass(type);
        List<String> lines = new ArrayList<>();
        bean.getConstraintDescriptors().forEach(constraint -> lines.add("<class> @" + name(constraint)));
        for (PropertyDescriptor property : bean.getConstrainedProperties()) {
            String name = property.getPropertyName();
            property.getConstraintDescriptors().forEach(constraint -> lines.add(name + " @" + name(constraint)));
            if (property.isCascaded()) {
                lines.add(name + " @Valid");
            }
            for (ContainerElementTypeDescriptor element : property.getConstrainedContainerElementTypes()) {
                element.getConstraintDescriptors().forEach(constraint -> lines.add(name + "[] @" + name(constraint)));
                if (element.isCascaded()) {
                    lines.add(name + "[] @Valid");
                }
            }
        }
        lines.sort(null);
        return lines;
    }

    private static String name(ConstraintDescriptor<?> constraint) {
        return constraint.getAnnotation().annotationType().getSimpleName();
    }

    /** The record classes of the model a class leads to through its components and their type arguments. */
    private static void reachable(Class<?> type, Set<Class<?>> types) {
        if (!type.isRecord() || !types.add(type)) {
            return;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            reachable(component.getType(), types);
            if (component.getGenericType() instanceof ParameterizedType generic) {
                for (Type argument : generic.getActualTypeArguments()) {
                    if (argument instanceof Class<?> element) {
                        reachable(element, types);
                    }
                }
            }
        }
    }

    private List<Violation> check(Object root) {
        Reporter reporter = new Reporter(Locale.ENGLISH, PolicyValidator.messages(), false);
        checks.check(root, reporter);
        return reporter.violations();
    }

    /** A validator that counts the validations asked of it and passes everything on. */
    private Validator counting(Validator validator) {
        return (Validator) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Validator.class},
                (proxy, method, args) -> {
                    if (method.getName().startsWith("validate")) {
                        validations.incrementAndGet();
                    }
                    try {
                        return method.invoke(validator, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** A record that holds beans of the two kinds the walk leaves to Hibernate Validator. */
    record Holder(List<@Valid Plain> plain, @Valid Nested nested) {
    }

    /** A constrained class that is not a record. */
    static final class Plain {
        @NotNull
        private final String value;

        Plain(String value) {
            this.value = value;
        }
    }

    /** A record with a container inside a container. */
    record Nested(List<List<@NotNull String>> lists) {
    }
}
