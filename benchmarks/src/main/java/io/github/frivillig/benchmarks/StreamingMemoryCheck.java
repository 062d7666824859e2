package io.github.frivillig.benchmarks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.stream.Stream;

import io.github.frivillig.core.validation.PolicyValidator;
import io.github.frivillig.json.PolicyJson;

/**
 * B3m: streams a JSON Lines dataset of millions of policies through {@link PolicyJson#readDataset(Path)} and
 * validates each, in a small heap, and checks that every record was read and valid and that the heap stayed
 * flat. Run it as
 * <pre>
 * java -Xmx64m -cp benchmarks/target/benchmarks.jar io.github.frivillig.benchmarks.StreamingMemoryCheck 10000000
 * </pre>
 * A second argument, a number of threads greater than one, checks the parallel path instead:
 * {@link PolicyJson#validateDataset(Path, Locale)} with {@code datasetThreads} set to it.
 * The dataset is never stored: a writer thread feeds the reader through a named pipe, repeating {@value #DISTINCT}
 * distinct small policies (about 1.5 KB each), so that ten million records need no disk space. Where named pipes
 * cannot be made, the dataset is written to a temporary file first.
 * <p>
 * Exits with status 0 if all went well, 1 if a check failed.
 */
public final class StreamingMemoryCheck {

    /** The number of distinct policies the dataset repeats. */
    static final int DISTINCT = 64;

    /** How many times the heap is sampled over the run. */
    private static final int SAMPLES = 20;

    /** How much the heap in use after a full collection may grow over the run. */
    private static final long MAX_GROWTH = 4L << 20;

    private StreamingMemoryCheck() {
    }

    /**
     * Runs the check.
     *
     * @param args  the number of records, one million by default; then the number of threads, one by default
     * @throws Exception if the dataset cannot be made or read
     */
    public static void main(String[] args) throws Exception {
        long records = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 1_000_000L;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        Result result = run(records, threads);
        System.out.println(result);
        if (!result.passed()) {
            System.exit(1);
        }
    }

    /**
     * Streams and validates a dataset of some number of records.
     *
     * @param records  the number of records
     * @param threads  the number of threads: one streams the policies and validates each on the caller's thread,
     *                 more validate the dataset on that many
     * @return what happened, not null
     * @throws Exception if the dataset cannot be made or read
     */
    static Result run(long records, int threads) throws Exception {
        byte[][] lines = new byte[DISTINCT][];
        for (int i = 0; i < DISTINCT; i++) {
            byte[] json = PolicyJson.standard().writeBytes(Documents.small(Documents.SEED + i));
            lines[i] = java.util.Arrays.copyOf(json, json.length + 1);
            lines[i][json.length] = '\n';
        }
        Path directory = Files.createTempDirectory("frivillig-stream");
        Path dataset = directory.resolve("dataset.jsonl");
        Thread writer = null;
        try {
            if (makeNamedPipe(dataset)) {
                writer = new Thread(() -> write(dataset, lines, records), "dataset-writer");
                writer.setDaemon(true);
                writer.start();
            } else {
                write(dataset, lines, records);
            }
            PolicyJson json = Documents.json();
            PolicyValidator validator = Documents.validator();
            long sampleEvery = Math.max(1, records / SAMPLES);
            long read = 0;
            long invalid = 0;
            long firstSample = -1;
            long maxSample = 0;
            long started = System.nanoTime();
            try (Stream<Boolean> validity = threads > 1
                    ? PolicyJson.builder().validator(validator).datasetThreads(threads).build()
                            .validateDataset(dataset, Locale.ENGLISH).map(record -> record.report().isValid())
                    : json.readDataset(dataset).map(policy -> validator.validate(policy, Locale.ENGLISH).isValid())) {
                for (Iterator<Boolean> it = validity.iterator(); it.hasNext(); ) {
                    if (!it.next()) {
                        invalid++;
                    }
                    read++;
                    if (read % sampleEvery == 0) {
                        long used = heapAfterCollection();
                        if (firstSample < 0) {
                            firstSample = used;
                        }
                        maxSample = Math.max(maxSample, used);
                    }
                }
            }
            long elapsed = System.nanoTime() - started;
            if (writer != null) {
                writer.join();
            }
            return new Result(records, read, invalid, firstSample, maxSample, elapsed,
                    Runtime.getRuntime().maxMemory());
        } finally {
            Files.deleteIfExists(dataset);
            Files.deleteIfExists(directory);
        }
    }

    private static long heapAfterCollection() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static boolean makeNamedPipe(Path path) {
        try {
            Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
            mkfifo.getInputStream().transferTo(OutputStream.nullOutputStream());
            return mkfifo.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void write(Path dataset, byte[][] lines, long records) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(dataset), 1 << 16)) {
            for (long i = 0; i < records; i++) {
                out.write(lines[(int) (i % lines.length)]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What a run did.
     *
     * @param expected  the number of records written
     * @param read  the number of policies read
     * @param invalid  the number of policies with errors
     * @param firstHeap  the heap in use after a full collection at the first sample, in bytes
     * @param maxHeap  the most heap in use after a full collection at any sample, in bytes
     * @param nanos  how long reading and validating took
     * @param heapLimit  the maximum heap size
     */
    record Result(long expected, long read, long invalid, long firstHeap, long maxHeap, long nanos, long heapLimit) {

        /**
         * Tells whether every record was read and valid and the heap stayed flat.
         *
         * @return true if the check passed
         */
        boolean passed() {
            return read == expected && invalid == 0 && maxHeap - firstHeap <= MAX_GROWTH;
        }

        @Override
        public String toString() {
            double seconds = nanos / 1e9;
            return String.format(Locale.ROOT, "%s: %,d of %,d records read and validated (%,d invalid) in %.1f s "
                    + "(%,.0f records/s) with a maximum heap of %d MB; heap in use after a full collection: "
                    + "%.1f MB at the first sample, at most %.1f MB (growth allowed: %d MB)",
                    passed() ? "PASSED" : "FAILED", read, expected, invalid, seconds, read / seconds,
                    heapLimit >> 20, firstHeap / 1048576.0, maxHeap / 1048576.0, MAX_GROWTH >> 20);
        }
    }
}
