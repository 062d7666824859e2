package io.github.frivillig.benchmarks;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

import tools.jackson.databind.json.JsonMapper;

import io.github.frivillig.benchmarks.baseline.PlainJackson;
import io.github.frivillig.benchmarks.baseline.PolicyPojo;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.json.PolicyJson;

/**
 * B4: writing a 50 KB policy document, against Jackson databind writing the same document from mutable classes;
 * both produce the same bytes.
 */
public class WriteBenchmark extends SteadyStateBenchmark {

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
