package io.github.frivillig.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import jakarta.validation.ConstraintViolation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.validation.ValidationReport;
import io.github.frivillig.json.internal.PolicyReader;

/**
 * Runs every benchmark method once, with every parameter, and checks that it does its job; runs the streaming
 * memory check on a small dataset in a small heap. The benchmarks themselves are run with JMH, not here.
 */
class BenchmarksSmokeTest {

    private static final List<Class<?>> BENCHMARKS = List.of(ReadBenchmark.class, ValidateBenchmark.class,
            StreamBenchmark.class, WriteBenchmark.class, ColdStartBenchmark.class, ScalingBenchmark.class,
            ParallelBenchmark.class);

    @Test
    void everyBenchmarkMethodDoesItsJob() throws Exception {
        List<String> ran = new ArrayList<>();
        for (Class<?> type : BENCHMARKS) {
            Field param = null;
            for (Field field : type.getFields()) {
                if (field.isAnnotationPresent(Param.class)) {
                    param = field;
                }
            }
            String[] values = param == null ? new String[] {""} : param.getAnnotation(Param.class).value();
            for (String value : values) {
                Object state = type.getConstructor().newInstance();
                if (param != null) {
                    param.set(state, value);
                }
                invokeAnnotated(state, Setup.class);
                try {
                    for (Method method : type.getMethods()) {
                        if (method.isAnnotationPresent(Benchmark.class)) {
                            check(type.getSimpleName() + "." + method.getName() + "(" + value + ")",
                                    method.invoke(state), value);
                            ran.add(method.getName());
                        }
                    }
                } finally {
                    invokeAnnotated(state, TearDown.class);
                }
            }
        }
        assertThat(ran).hasSize(12 + 8 + 3 + 2 + 2 + 4 + 2);
    }

    private static void check(String name, Object result, String param) {
        assertThat(result).as(name).isNotNull();
        if (result instanceof Policy policy) {
            assertThat(policy.measures()).as(name).isNotEmpty();
        } else if (result instanceof ValidationReport report) {
            assertThat(report.isValid()).as(name).isEqualTo(!"invalid".equals(param));
        } else if (result instanceof List<?> reports) {
            assertThat(reports).as(name).isNotEmpty().allMatch(report -> ((ValidationReport) report).isValid());
        } else if (result instanceof Set<?> violations) {
            assertThat(violations.isEmpty()).as(name).isEqualTo(!"invalid".equals(param));
            assertThat(violations).as(name).allMatch(violation -> violation instanceof ConstraintViolation<?>);
        } else if (result instanceof byte[] bytes) {
            assertThat(new String(bytes, StandardCharsets.UTF_8)).as(name)
                    .startsWith("{\"formatVersion\":\"" + PolicyReader.FORMAT_VERSION + "\"");
        } else if (result instanceof Number number && name.startsWith("StreamBenchmark.readAndValidate")) {
            assertThat(number.longValue()).as(name).isZero();
        } else if (result instanceof Number number && name.startsWith("ParallelBenchmark.")) {
            assertThat(number.longValue()).as(name).isEqualTo(ParallelBenchmark.RECORDS);
        } else if (result instanceof Number number && name.startsWith("StreamBenchmark.readOnly")) {
            assertThat(number.longValue()).as(name).isEqualTo(StreamBenchmark.RECORDS);
        } else if (result instanceof Number number) {
            assertThat(number.longValue()).as(name).isPositive();
        }
    }

    private static void invokeAnnotated(Object state, Class<? extends java.lang.annotation.Annotation> annotation)
            throws Exception {
        for (Method method : state.getClass().getMethods()) {
            if (method.isAnnotationPresent(annotation)) {
                method.invoke(state);
            }
        }
    }

    @ParameterizedTest(name = "{0} thread(s)")
    @ValueSource(strings = {"1", "2"})
    void streamingMemoryCheckPassesInASmallHeap(String threads, @TempDir Path directory)
            throws IOException, InterruptedException {
        Path output = directory.resolve("output.txt");
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-Xmx64m", "-cp", classPath,
                StreamingMemoryCheck.class.getName(), "20000", threads)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        boolean ended = process.waitFor(2, TimeUnit.MINUTES);
        if (!ended) {
            process.destroyForcibly();
        }
        String printed = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(ended).as(printed).isTrue();
        assertThat(printed).contains("PASSED");
        assertThat(process.exitValue()).as(printed).isZero();
    }
}
