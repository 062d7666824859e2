package io.github.frivillig.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

import tools.jackson.core.json.JsonFactory;

import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.validation.PolicyValidator;
import io.github.frivillig.json.PolicyJson;

/**
 * B3: streaming a JSON Lines dataset of {@value #RECORDS} generated policies of mixed sizes (about 4.5 MB) from a
 * file and validating every policy, against a raw token scan of the same file. {@link #readOnly()} streams
 * without validating, to show where the time goes.
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StreamBenchmark extends SteadyStateBenchmark {

    /** The number of policies in the dataset. */
    public static final int RECORDS = Documents.DATASET_RECORDS;

    private Path file;
    private JsonFactory factory;
    private PolicyJson json;
    private PolicyValidator validator;

    /** Writes the dataset to a temporary file. */
    @Setup
    public void setUp() throws IOException {
        file = Documents.temporaryDataset();
        factory = new JsonFactory();
        json = Documents.json();
        validator = Documents.validator();
    }

    /** Deletes the dataset. */
    @TearDown
    public void tearDown() throws IOException {
        Documents.deleteTemporaryDataset(file);
    }

    /**
     * Returns the size of the dataset.
     *
     * @return the number of bytes
     */
    public long bytes() {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Baseline: every token of the file, and nothing else.
     *
     * @return the number of tokens
     */
    @Benchmark
    public int tokenScan() throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return ReadBenchmark.TokenScan.count(factory, in);
        }
    }

    /**
     * Breakdown: stream the policies without validating them.
     *
     * @return the number of policies
     */
    @Benchmark
    public long readOnly() {
        try (Stream<Policy> policies = json.readDataset(file)) {
            return policies.count();
        }
    }

    /**
     * Frivillig: stream the policies and validate each.
     *
     * @return the number of violations
     */
    @Benchmark
    public long readAndValidate() {
        try (Stream<Policy> policies = json.readDataset(file)) {
            return policies.mapToLong(policy -> validator.validate(policy).violations().size()).sum();
        }
    }
}
