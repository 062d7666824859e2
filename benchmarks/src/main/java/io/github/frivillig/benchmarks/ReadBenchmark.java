package io.github.frivillig.benchmarks;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

import io.github.frivillig.benchmarks.baseline.PlainJackson;
import io.github.frivillig.benchmarks.baseline.PolicyPojo;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.json.PolicyJson;

/**
 * B1 and B1': reading a policy document, against a raw token scan of the same bytes and plain Jackson databind
 * into mutable classes and into Frivillig's own records.
 */
public class ReadBenchmark extends SteadyStateBenchmark {

    /** The document size. */
    @Param({Documents.SMALL, Documents.MEDIUM, Documents.LARGE})
    public String size;

    private byte[] bytes;
    private JsonFactory factory;
    private JsonMapper records;
    private JsonMapper pojos;
    private PolicyJson json;

    /** Generates the document and builds the readers. */
    @Setup
    public void setUp() {
        bytes = Documents.bytes(size);
        factory = new JsonFactory();
        records = PlainJackson.recordsMapper();
        pojos = PlainJackson.pojoMapper();
        json = Documents.json();
    }

    /**
     * Baseline: every token of the document, and nothing else.
     *
     * @return the number of tokens
     */
    @Benchmark
    public int tokenScan() {
        return TokenScan.count(factory, bytes);
    }

    /**
     * Baseline: Jackson databind into mutable classes with public fields.
     *
     * @return the document
     */
    @Benchmark
    public PolicyPojo jacksonPojos() {
        return pojos.readValue(bytes, PolicyPojo.class);
    }

    /**
     * Baseline: Jackson databind into Frivillig's records.
     *
     * @return the policy
     */
    @Benchmark
    public Policy jacksonRecords() {
        return records.readValue(bytes, Policy.class);
    }

    /**
     * Frivillig's reader.
     *
     * @return the policy
     */
    @Benchmark
    public Policy frivillig() {
        return json.read(bytes);
    }

    /** Counts tokens with a bare parser. */
    static final class TokenScan {
        private TokenScan() {
        }

        static int count(JsonFactory factory, byte[] bytes) {
            int tokens = 0;
            try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), bytes)) {
                while (parser.nextToken() != null) {
                    tokens++;
                }
            }
            return tokens;
        }

        static int count(JsonFactory factory, java.io.InputStream in) {
            int tokens = 0;
            try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), in)) {
                while (parser.nextToken() != null) {
                    tokens++;
                }
            }
            return tokens;
        }
    }
}
