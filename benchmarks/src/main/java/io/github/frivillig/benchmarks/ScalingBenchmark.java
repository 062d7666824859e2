package io.github.frivillig.benchmarks;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import io.github.frivillig.core.fixtures.PolicyGenerator;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.validation.PolicyValidator;
import io.github.frivillig.core.validation.ValidationReport;

/**
 * B6: validating policies with 1 000, 10 000 and 100 000 inputs (and one measure answering them all). The cost
 * per input should not grow with the size of the document.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch", "-XX:+UseParallelGC",
    "-XX:ParallelGCThreads=1"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class ScalingBenchmark {

    /** The number of inputs. */
    @Param({"1000", "10000", "100000"})
    public int inputs;

    private Policy policy;
    private PolicyValidator validator;

    /** Generates the policy. */
    @Setup
    public void setUp() {
        policy = PolicyGenerator.withInputs(Documents.SEED, inputs);
        validator = Documents.validator();
    }

    /**
     * Frivillig's validator.
     *
     * @return the report
     */
    @Benchmark
    public ValidationReport validate() {
        return validator.validate(policy);
    }
}
