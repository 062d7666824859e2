package io.github.frivillig.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

import io.github.frivillig.json.DatasetRecord;
import io.github.frivillig.json.PolicyJson;

/**
 * B8: validating a JSON Lines dataset of {@value #RECORDS} generated policies of mixed sizes with
 * {@code validateDataset} on every core the machine has, against the same on one thread. Both count the valid
 * records, which needs every record's report, in the dataset's order.
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ParallelBenchmark extends SteadyStateBenchmark {

    /** The number of policies in the dataset. */
    public static final int RECORDS = Documents.DATASET_RECORDS;

    private Path file;
    private PolicyJson oneThread;
    private PolicyJson allCores;

    /** Writes the dataset to a temporary file. */
    @Setup
    public void setUp() throws IOException {
        file = Documents.temporaryDataset();
        oneThread = PolicyJson.builder().validator(Documents.validator()).build();
        allCores = PolicyJson.builder().validator(Documents.validator())
                .datasetThreads(Runtime.getRuntime().availableProcessors()).build();
    }

    /** Deletes the dataset. */
    @TearDown
    public void tearDown() throws IOException {
        Documents.deleteTemporaryDataset(file);
    }

    /**
     * Baseline: validate the dataset on one thread.
     *
     * @return the number of valid records
     */
    @Benchmark
    public long oneThread() {
        return validRecords(oneThread);
    }

    /**
     * Frivillig: validate the dataset on every core.
     *
     * @return the number of valid records
     */
    @Benchmark
    public long allCores() {
        return validRecords(allCores);
    }

    private long validRecords(PolicyJson json) {
        try (Stream<DatasetRecord> records = json.validateDataset(file, Locale.ENGLISH)) {
            return records.filter(record -> record.report().isValid()).count();
        }
    }
}
