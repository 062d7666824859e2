package io.github.frivillig.json;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import io.github.frivillig.core.organisation.IdentifierScheme;
import io.github.frivillig.core.organisation.OrganisationIdentifier;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.policy.PolicyId;
import io.github.frivillig.core.text.LocalizedText;
import io.github.frivillig.core.value.LocalId;
import io.github.frivillig.core.value.PartialDate;
import io.github.frivillig.core.value.Period;

/**
 * Breaks policies at random places, for tests that must see every field rule fail: it walks the records of a
 * policy, picks one record component anywhere in it, and puts a value there that breaks, or may break, a rule of
 * that component's type (null, a blank or malformed string, a malformed id or text, a negative number, a reversed
 * period, an identifier with a wrong check digit, another constant of an enum). The records are rebuilt through
 * their canonical constructors; a value a constructor refuses leaves the policy as it was.
 * <p>
 * The sample organisation numbers: Brønnøysundregistrene's own number in Enhetsregisteret, {@code 974760673}
 * (the worked example of {@code IdentifierSchemeTest}), with its check digit changed to a wrong one, and a Danish
 * CVR number too short to be one.
 */
final class PolicyBreaker {

    private final SplittableRandom random;
    private int counter;
    private int target;

    private PolicyBreaker(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /**
     * Breaks a policy in up to the given number of places.
     *
     * @param policy  the policy
     * @param seed  the seed of the random choices
     * @param places  how many components to replace
     * @return the broken policy
     */
    static Policy breakAt(Policy policy, long seed, int places) {
        PolicyBreaker breaker = new PolicyBreaker(seed);
        Policy broken = policy;
        for (int i = 0; i < places; i++) {
            breaker.counter = 0;
            breaker.rebuild(broken, false);
            int slots = breaker.counter;
            breaker.counter = 0;
            breaker.target = breaker.random.nextInt(slots);
            broken = (Policy) breaker.rebuild(broken, true);
        }
        return broken;
    }

    /** Counts the record components below a value, or rebuilds it with the target component replaced. */
    private Object rebuild(Object value, boolean replacing) {
        if (value instanceof List<?> list) {
            List<Object> elements = new ArrayList<>(list.size());
            boolean changed = false;
            for (Object element : list) {
                Object rebuilt = element == null ? null : rebuild(element, replacing);
                changed |= rebuilt != element;
                elements.add(rebuilt);
            }
            return changed ? List.copyOf(elements) : value;
        }
        if (!value.getClass().isRecord()) {
            return value;
        }
        RecordComponent[] components = value.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        boolean changed = false;
        for (int i = 0; i < components.length; i++) {
            values[i] = read(components[i], value);
            if (counter++ == target && replacing) {
                values[i] = hostile(components[i].getType(), components[i].getGenericType(), values[i]);
                changed = true;
            } else if (values[i] != null) {
                Object rebuilt = rebuild(values[i], replacing);
                changed |= rebuilt != values[i];
                values[i] = rebuilt;
            }
        }
        if (!changed) {
            return value;
        }
        try {
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
            }
            Constructor<?> canonical = value.getClass().getDeclaredConstructor(types);
            return canonical.newInstance(values);
        } catch (InvocationTargetException refused) {
            return value;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private Object hostile(Class<?> type, Type genericType, Object current) {
        if (random.nextInt(6) == 0) {
            return null;
        }
        if (type == String.class) {
            return pick("", "   ", "\u0001", " \u2003 ", "Not An Id", "not-an-email@", "+47 abc", "12345678",
                    "0301", "x@y", "bad tag!", "ab");
        }
        if (type == LocalId.class) {
            return LocalId.of(pick("", "Bad Id", "-dash", "x".repeat(70), "ok-1"));
        }
        if (type == PolicyId.class) {
            return PolicyId.of(pick("", "Bad Id", ".dot", "ok.1"));
        }
        if (type == LocalizedText.class) {
            return switch (random.nextInt(5)) {
                case 0 -> LocalizedText.empty();
                case 1 -> LocalizedText.of("nb", " ");
                case 2 -> LocalizedText.of("not a tag!", "tekst");
                case 3 -> LocalizedText.builder().text("nb", "a").text("NB", "b").build();
                default -> LocalizedText.of("nb", "\u0001");
            };
        }
        if (type == Integer.class || type == int.class) {
            return pick(-1, -200, 0, 7, Integer.MIN_VALUE);
        }
        if (type == BigDecimal.class) {
            return new BigDecimal(pick("-1", "0", "12.50"));
        }
        if (type == OrganisationIdentifier.class) {
            return random.nextBoolean() ? OrganisationIdentifier.of(IdentifierScheme.NO_ORGNR, "974760674")
                    : OrganisationIdentifier.of(IdentifierScheme.DK_CVR, "0123");
        }
        if (type == Period.class) {
            return Period.between(PartialDate.of(2020, 5, 1), PartialDate.ofYear(2019));
        }
        if (type == PartialDate.class) {
            return PartialDate.ofYear(pick(1800, 2100));
        }
        if (type == LocalDate.class) {
            return pick(LocalDate.of(1800, 1, 1), LocalDate.of(2100, 1, 1));
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return constants[random.nextInt(constants.length)];
        }
        if (type == List.class && genericType instanceof ParameterizedType list
                && list.getActualTypeArguments()[0] instanceof Class<?> element) {
            Object one = hostile(element, element, null);
            return one == null ? List.of() : List.of(one);
        }
        return current;
    }

    @SafeVarargs
    private <T> T pick(T... choices) {
        return choices[random.nextInt(choices.length)];
    }
}
