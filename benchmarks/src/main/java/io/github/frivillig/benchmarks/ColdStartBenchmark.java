package io.github.frivillig.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import tools.jackson.databind.json.JsonMapper;

import io.github.frivillig.benchmarks.baseline.PlainJackson;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.validation.PolicyValidator;
import io.github.frivillig.core.validation.ValidationReport;
import io.github.frivillig.json.PolicyJson;

/**
 * B5: the first read and validation of a 50 KB document in a fresh JVM, building everything it needs on the way,
 * against the naive composition doing the same. Each fork measures one call.
 * <p>
 * The document is read from a resource, {@value #DOCUMENT}, which holds the bytes of
 * {@code Documents.bytes(Documents.MEDIUM)} (a test keeps them equal): generating it here would load and warm
 * Frivillig's classes before the measurement.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 20, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch", "-XX:+UseParallelGC",
    "-XX:ParallelGCThreads=1"})
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@State(Scope.Benchmark)
public class ColdStartBenchmark {

    /** The resource holding the document. */
    public static final String DOCUMENT = "policy-50kb.json";

    private byte[] bytes;
    private Clock clock;

    /** Reads the document's bytes. */
    @Setup
    public void setUp() throws IOException {
        bytes = document();
        // The day the generated policies are valid on, as in Documents.CLOCK.
        clock = Clock.fixed(Instant.parse("2026-06-30T00:00:00Z"), ZoneOffset.UTC);
    }

    /**
     * Baseline: build a default mapper and a default validator, read and validate.
     *
     * @return the constraint violations
     */
    @Benchmark
    public Set<ConstraintViolation<Policy>> naive() {
        JsonMapper mapper = PlainJackson.recordsMapper();
        Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
        return validator.validate(mapper.readValue(bytes, Policy.class));
    }

    /**
     * Frivillig: build a validator and a {@code PolicyJson}, read, validate and locate.
     *
     * @return the report
     */
    @Benchmark
    public ValidationReport frivillig() {
        PolicyJson json = PolicyJson.builder().validator(PolicyValidator.builder().clock(clock).build()).build();
        return json.validate(bytes, Locale.ENGLISH);
    }

    /**
     * Reads the document's bytes from the resource.
     *
     * @return the bytes, not null
     * @throws IOException if the resource cannot be read
     */
    static byte[] document() throws IOException {
        try (InputStream in = ColdStartBenchmark.class.getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new IOException("Missing resource " + DOCUMENT);
            }
            return in.readAllBytes();
        }
    }
}
