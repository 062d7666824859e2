package io.github.frivillig.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.frivillig.core.fixtures.ModelSamples;
import io.github.frivillig.core.policy.Policy;

/**
 * Every builder of the model sets every component: a record built by calling its builder's setter for each
 * component equals the record made by its canonical constructor, for every record type of a policy that has a
 * builder.
 */
class ModelBuildersTest {

    @Test
    void everyBuilderSetsEveryComponent() throws ReflectiveOperationException {
        List<Class<?>> withBuilders = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        for (Class<?> type : ModelSamples.recordTypes(Policy.class)) {
            Method builder = staticBuilder(type);
            if (builder == null) {
                continue;
            }
            withBuilders.add(type);
            Object expected = ModelSamples.full(type);
            Object building = builder.invoke(null);
            for (RecordComponent component : type.getRecordComponents()) {
                Method setter = setter(building.getClass(), component);
                if (setter == null) {
                    gaps.add(type.getSimpleName() + "." + component.getName() + " has no setter");
                    continue;
                }
                setter.setAccessible(true);
                setter.invoke(building, component.getAccessor().invoke(expected));
            }
            Method build = building.getClass().getMethod("build");
            build.setAccessible(true);
            String difference = ModelSamples.firstDifference(expected, build.invoke(building));
            if (difference != null) {
                gaps.add(difference);
            }
        }
        assertThat(withBuilders).contains(Policy.class).hasSizeGreaterThanOrEqualTo(14);
        assertThat(gaps).as("components the builders do not set").isEmpty();
    }

    @Test
    void toBuilderKeepsEveryComponent() {
        Policy policy = ModelSamples.full(Policy.class);

        assertThat(policy.toBuilder().build()).isEqualTo(policy);
    }

    private static Method staticBuilder(Class<?> type) {
        try {
            return type.getMethod("builder");
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    /** The setter named as the component, taking the whole value: a collection or map for a list or map. */
    private static Method setter(Class<?> builder, RecordComponent component) {
        for (Method method : builder.getMethods()) {
            if (method.getName().equals(component.getName()) && method.getParameterCount() == 1) {
                Class<?> parameter = method.getParameterTypes()[0];
                boolean whole = Collection.class.isAssignableFrom(component.getType())
                        ? Iterable.class.isAssignableFrom(parameter)
                        : Map.class.isAssignableFrom(component.getType())
                                ? Map.class.isAssignableFrom(parameter)
                                : parameter.isAssignableFrom(component.getType());
                if (whole) {
                    return method;
                }
            }
        }
        return null;
    }
}
