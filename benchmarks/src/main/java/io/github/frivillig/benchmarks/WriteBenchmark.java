package io.github.frivillig.benchmarks;

import java.util.concurrent.TimeUnit;

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
import io.github.frivillig.benchmarks.baseline.PolicyPojo;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.json.PolicyJson;

/**
 * B4: writing a 50 KB policy document, against Jackson databind writing the same document from mutable classes;
 * both produce the same bytes.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch", "-XX:+UseParallelGC",
    "-XX:ParallelGCThreads=1"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class WriteBenchmark {

    private Policy policy;
    private PolicyPojo pojo;
    private JsonMapper pojos;
    private PolicyJson json;

    /** Generates the document, in both forms. */
    @Setup
    public void setUp() {
        policy = Documents.policy(Documents.MEDIUM);
        pojos = PlainJackson.pojoMapper();
        pojo = pojos.readValue(PolicyJson.standard().writeBytes(policy), PolicyPojo.class);
        json = Documents.json();
    }

    /**
     * Baseline: Jackson databind from mutable classes with public fields.
     *
     * @return the bytes
     */
    @Benchmark
    public byte[] jacksonPojos() {
        return pojos.writeValueAsBytes(pojo);
    }

    /**
     * Frivillig's writer.
     *
     * @return the bytes
     */
    @Benchmark
    public byte[] frivillig() {
        return json.writeBytes(policy);
    }
}
