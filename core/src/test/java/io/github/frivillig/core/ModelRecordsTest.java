package io.github.frivillig.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.frivillig.core.fixtures.ModelSamples;
import io.github.frivillig.core.policy.Policy;

/**
 * Every record of a policy that holds lists or maps copies them in its canonical constructor and refuses a null one,
 * naming the component. The checks call the constructors by reflection, so that a component added to a record is
 * covered without a test to change, and no test breaks on the constructor's new arity before the completeness
 * guard can name what the new component lacks.
 */
class ModelRecordsTest {

    @Test
    void everyRecordCopiesTheCollectionsGivenToItsConstructor() throws ReflectiveOperationException {
        List<String> shared = new ArrayList<>();
        int checked = 0;
        for (Class<?> type : ModelSamples.recordTypes(Policy.class)) {
            Object full = ModelSamples.full(type);
            RecordComponent[] components = type.getRecordComponents();
            Object[] arguments = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                Object value = components[i].getAccessor().invoke(full);
                arguments[i] = value instanceof List<?> list ? new ArrayList<>(list)
                        : value instanceof Map<?, ?> map ? new LinkedHashMap<>(map) : value;
            }
            Object made = canonical(type).newInstance(arguments);
            for (int i = 0; i < components.length; i++) {
                if (arguments[i] instanceof List<?> given && !given.isEmpty()) {
                    given.clear();
                } else if (arguments[i] instanceof Map<?, ?> given && !given.isEmpty()) {
                    given.clear();
                } else {
                    continue;
                }
                checked++;
                if (ModelSamples.firstDifference(full, made) != null) {
                    shared.add(type.getSimpleName() + "." + components[i].getName());
                }
            }
        }
        assertThat(checked).as("collections checked").isGreaterThanOrEqualTo(40);
        assertThat(shared).as("components that share the collection given to the constructor").isEmpty();
    }

    @Test
    void everyRecordRefusesANullCollectionNamingIt() throws ReflectiveOperationException {
        List<String> wrong = new ArrayList<>();
        for (Class<?> type : ModelSamples.recordTypes(Policy.class)) {
            Object full = ModelSamples.full(type);
            RecordComponent[] components = type.getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                Class<?> kind = components[i].getType();
                if (!List.class.isAssignableFrom(kind) && !Map.class.isAssignableFrom(kind)) {
                    continue;
                }
                Object[] arguments = new Object[components.length];
                for (int j = 0; j < components.length; j++) {
                    arguments[j] = j == i ? null : components[j].getAccessor().invoke(full);
                }
                String name = components[i].getName();
                try {
                    canonical(type).newInstance(arguments);
                    wrong.add(type.getSimpleName() + "." + name + " accepts null");
                } catch (InvocationTargetException e) {
                    if (!(e.getCause() instanceof NullPointerException npe) || !name.equals(npe.getMessage())) {
                        wrong.add(type.getSimpleName() + "." + name + " fails with " + e.getCause());
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static Constructor<?> canonical(Class<?> type) throws NoSuchMethodException {
        Class<?>[] parameters = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        return type.getDeclaredConstructor(parameters);
    }
}
