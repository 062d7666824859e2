package io.github.frivillig.csv;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import io.github.frivillig.core.policy.Policy;

/**
 * Exports a dataset of policies as tidy CSV: one table per kind of entity and one per list, for R, pandas and
 * DuckDB.
 * <pre>{@code
 * try (Stream<Policy> policies = PolicyJson.standard().readDataset(dataset)) {
 *     CsvExportSummary summary = PolicyCsv.export(policies, directory);
 * }
 * }</pre>
 * <p>
 * Each {@link CsvTable table} goes to {@code <table>.csv} in the directory: UTF-8 without a byte order mark, a
 * header row, fields quoted and quotes doubled as RFC 4180 specifies, records ended with CRLF unless the options say
 * otherwise. Every row starts with the {@code policy_id}; entities are keyed by their local ids within a policy,
 * and every list of the model is a table of its own. Text columns hold the text in the policy's own language; the
 * {@code texts} table holds every text in every language. Codelist values are their stable codes; dates are EDTF
 * text with the first and last ISO day they may denote beside them. {@code docs/csv.md} describes every column.
 * <p>
 * Beside the tables, the export writes {@code labels/<code list>.csv}, each code of every code list with its label in
 * English, bokmål, nynorsk, Danish and Swedish, and {@code datapackage.json}, a Frictionless Data Package (v2) that
 * lists every file with a Table Schema (every column's type, description and example, the keys, the references
 * between tables and from codes to labels) and records the export's {@linkplain ExportProvenance provenance}.
 * <p>
 * Personal data, the names, e-mail addresses and phone numbers of people, is left out unless the
 * {@linkplain CsvExportOptions#withPersonalData options} include it: the personal columns are then not written at
 * all.
 * <p>
 * The export writes rows as the policies stream by, with one writer per table open throughout, so a dataset of
 * any size exports in constant memory. The files appear when the last policy has been written; an export that
 * fails leaves no partial files behind, and the files of an earlier export in the directory as they were. Policy
 * ids should be unique in the dataset, since they key every table; the export writes what it is given and does not
 * check.
 * <p>
 * This class is stateless and thread-safe: exports to different directories may run at the same time.
 */
public final class PolicyCsv {

    private PolicyCsv() {
    }

    /**
     * Exports policies with the {@linkplain CsvExportOptions#defaults() default options}: personal data left out,
     * CRLF line endings.
     *
     * @param policies  the policies, in the order their rows are to be written, not null; consumed but not closed
     * @param directory  the directory to write the files to, created if absent, not null
     * @return what was written, not null
     * @throws java.io.UncheckedIOException if a file cannot be written
     */
    public static CsvExportSummary export(Stream<Policy> policies, Path directory) {
        return export(policies, directory, CsvExportOptions.defaults());
    }

    /**
     * Exports policies.
     *
     * @param policies  the policies, in the order their rows are to be written, not null, without nulls; consumed
     *                  but not closed
     * @param directory  the directory to write the files to, created if absent, not null
     * @param options  the options, not null
     * @return what was written, not null
     * @throws java.io.UncheckedIOException if a file cannot be written
     * @throws NullPointerException if an argument or a policy is null
     */
    public static CsvExportSummary export(Stream<Policy> policies, Path directory, CsvExportOptions options) {
        return run(policies, directory, options, null);
    }

    /**
     * Exports policies, recording in {@code datapackage.json} where they came from.
     * <p>
     * The provenance is asked for once, after the last policy has been written, so that a caller that counts the
     * records read and skipped as the stream is consumed can give complete counts:
     * <pre>{@code
     * PolicyCsv.export(policies, directory, options,
     *         () -> ExportProvenance.of(Instant.now(), List.of(ExportSource.of(file, read)), read, skipped));
     * }</pre>
     *
     * @param policies  the policies, in the order their rows are to be written, not null, without nulls; consumed
     *                  but not closed
     * @param directory  the directory to write the files to, created if absent, not null
     * @param options  the options, not null
     * @param provenance  gives what the policies were read from, not null, and gives no null
     * @return what was written, not null
     * @throws java.io.UncheckedIOException if a file cannot be written
     * @throws NullPointerException if an argument, a policy or the provenance given is null
     */
    public static CsvExportSummary export(Stream<Policy> policies, Path directory, CsvExportOptions options,
            Supplier<ExportProvenance> provenance) {
        return run(policies, directory, options, Objects.requireNonNull(provenance, "provenance"));
    }

    /** Runs an export; without provenance, the descriptor counts the policies given as the records read. */
    private static CsvExportSummary run(Stream<Policy> policies, Path directory, CsvExportOptions options,
            @Nullable Supplier<ExportProvenance> provenance) {
        Objects.requireNonNull(policies, "policies");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(options, "options");
        ExportRun run = ExportRun.open(directory, options);
        try {
            policies.forEachOrdered(run::write);
            return run.finish(provenance);
        } catch (RuntimeException | Error e) {
            run.abandon(e);
            throw e;
        }
    }
}
