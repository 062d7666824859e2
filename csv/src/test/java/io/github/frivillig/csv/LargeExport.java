package io.github.frivillig.csv;

import java.nio.file.Path;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import io.github.frivillig.test.PolicyGenerator;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.policy.PolicyId;

/**
 * Exports a dataset of generated policies that are made one at a time as the export asks for them; run by
 * {@link PolicyCsvLargeExportTest} in a JVM of its own with a heap far too small to hold the dataset. Each policy has
 * about two elements in each collection, about 3 KB as JSON.
 */
final class LargeExport {

    private LargeExport() {
    }

    /**
     * Exports the policies and prints the summary, one {@code table rows} line per table.
     *
     * @param args  the directory to write to, and the number of policies
     */
    public static void main(String[] args) {
        Path directory = Path.of(args[0]);
        long count = Long.parseLong(args[1]);
        Stream<Policy> policies = LongStream.range(0, count).mapToObj(seed -> PolicyGenerator.generate(seed, 2)
                .toBuilder().id(PolicyId.of("generated-" + seed)).build());
        CsvExportSummary summary = PolicyCsv.export(policies, directory);
        System.out.println("policies " + summary.policies());
        summary.rowCounts().forEach((table, rows) -> System.out.println(table.tableName() + " " + rows));
    }
}
