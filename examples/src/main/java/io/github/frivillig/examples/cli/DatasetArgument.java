package io.github.frivillig.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.validation.Violation;
import io.github.frivillig.examples.SeedDataset;
import io.github.frivillig.json.DatasetRecord;
import io.github.frivillig.json.PolicyJson;

/**
 * The dataset a command works on: a directory, a JSON array or JSON Lines file, or, when none is given, the
 * bundled seed dataset. Bad records are skipped, each reported as one line, and counted.
 */
final class DatasetArgument {

    private final AtomicInteger skipped = new AtomicInteger();

    /**
     * Opens the dataset's policies; the stream must be closed.
     *
     * @param path  the dataset, null for the bundled seed dataset
     * @param err  where to report bad records
     * @return the good policies, not null
     */
    Stream<Policy> open(Path path, PrintWriter err) {
        if (path == null) {
            return SeedDataset.policies().stream();
        }
        if (!Files.exists(path)) {
            throw new Main.UsageException("Cannot read the dataset '" + path + "': no such file or directory");
        }
        return PolicyJson.standard().readDataset(path, record -> report(record, err));
    }

    private void report(DatasetRecord record, PrintWriter err) {
        skipped.incrementAndGet();
        Violation first = record.report().errors().get(0);
        err.println("frivillig: skipped " + record.source() + ": " + first.code() + " at '" + first.pointer() + "'"
                + first.location().map(location -> " (" + location + ")").orElse("") + ": " + first.message());
    }

    /**
     * Returns how many records were skipped.
     *
     * @return the number of bad records
     */
    int skipped() {
        return skipped.get();
    }
}
