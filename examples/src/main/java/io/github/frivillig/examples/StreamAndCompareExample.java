package io.github.frivillig.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

import io.github.frivillig.core.dataset.CriterionResult;
import io.github.frivillig.core.dataset.PolicyDataset;
import io.github.frivillig.core.dataset.PolicySummary;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.json.PolicyJson;

/**
 * Streams a dataset and compares its policies: themes covered, inputs, and Frivillighet Norge's completeness
 * criteria. Without an argument it writes the bundled dataset as JSON Lines to a temporary file and streams that, as a
 * researcher would stream a large dataset; the policies are read one at a time and only their summaries are kept.
 */
public final class StreamAndCompareExample {

    private StreamAndCompareExample() {
    }

    /**
     * Runs the example.
     *
     * @param args  a dataset (a directory, a JSON array or a JSON Lines file), optional
     */
    public static void main(String[] args) {
        run(args.length > 0 ? Path.of(args[0]) : null, System.out);
    }

    /**
     * Runs the example on a dataset, or on the bundled dataset, printing to a stream.
     *
     * @param dataset  the dataset, null for the bundled dataset
     * @param out  where to print, not null
     * @return the comparison, not null
     */
    public static PolicyDataset run(Path dataset, PrintStream out) {
        PolicyJson json = PolicyJson.standard();
        Path file = dataset;
        try {
            if (file == null) {
                file = Files.createTempFile("frivillig-dataset", ".jsonl");
                try (var stream = Files.newOutputStream(file)) {
                    json.writeDataset(SeedDataset.policies().iterator(), stream);
                }
            }
            PolicyDataset comparison;
            try (Stream<Policy> policies = json.readDataset(file, bad -> out.println("skipped " + bad.source()))) {
                comparison = PolicyDataset.from(policies);
            }
            for (PolicySummary summary : comparison.summaries()) {
                out.println(summary.municipality().name() + ": " + summary.themes().all().size() + " themes, "
                        + summary.inputs().received() + " inputs, complete: " + summary.completeness().isComplete());
                for (CriterionResult result : summary.completeness().results()) {
                    out.println("  " + result.criterion().label(Locale.ENGLISH) + ": "
                            + result.outcome().label(Locale.ENGLISH));
                }
            }
            return comparison;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write or read " + file, e);
        } finally {
            if (dataset == null && file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    out.println("could not delete " + file);
                }
            }
        }
    }
}
