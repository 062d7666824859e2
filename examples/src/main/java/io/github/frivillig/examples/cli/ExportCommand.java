package io.github.frivillig.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.csv.CsvExportOptions;
import io.github.frivillig.csv.CsvExportSummary;
import io.github.frivillig.csv.CsvTable;
import io.github.frivillig.csv.ExportProvenance;
import io.github.frivillig.csv.PolicyCsv;

/**
 * Exports a dataset as tidy CSV tables, one file per table, for R, pandas and DuckDB. Personal data is left out
 * unless asked for.
 */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = FrivilligCommand.Version.class,
        description = "Export the valid policies of a dataset as tidy CSV tables (one file per table; see "
                + "docs/csv.md), with label tables for the codes and a datapackage.json that describes them.")
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--csv", paramLabel = "DIR", required = true,
            description = "The directory to write the CSV files to; it is created if needed.")
    Path directory;

    @Option(names = "--include-personal-data",
            description = "Also write the names, e-mail addresses and phone numbers of people, and the parties of "
                    + "elected representatives.")
    boolean includePersonalData;

    @Option(names = "--lf", description = "End lines with LF instead of the CRLF of RFC 4180.")
    boolean lineFeeds;

    @Option(names = "--include-invalid",
            description = "Also export the policies that have validation errors (records that cannot be read are "
                    + "always skipped).")
    boolean includeInvalid;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
            description = "Language of the problems reported for skipped records: ${COMPLETION-CANDIDATES} "
                    + "(default: ${DEFAULT-VALUE}).")
    ValidateCommand.Language language;

    @Parameters(paramLabel = "DATASET", arity = "0..1",
            description = "A directory of .json files, a JSON array or a JSON Lines file; the bundled dataset "
                    + "when left out.")
    Path dataset;

    @Override
    public Integer call() {
        CsvExportOptions options = CsvExportOptions.defaults()
                .withPersonalData(includePersonalData ? CsvExportOptions.PersonalDataHandling.INCLUDE
                        : CsvExportOptions.PersonalDataHandling.LEAVE_OUT)
                .withLineEnding(lineFeeds ? CsvExportOptions.LineEnding.LF : CsvExportOptions.LineEnding.CRLF);
        DatasetArgument argument = new DatasetArgument(spec.commandLine().getErr(),
                Locale.forLanguageTag(language.name()), includeInvalid);
        CsvExportSummary summary;
        // A file that cannot be read or written half-way is reported by Main, with the file its message names.
        try (Stream<Policy> policies = argument.open(dataset)) {
            // The sources are hashed once the policies are written: only then are the counts of records known.
            summary = PolicyCsv.export(policies, directory, options, () -> ExportProvenance.of(Instant.now(),
                    argument.sources(dataset), argument.read(), argument.skipped()));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Exported " + summary.policies() + (summary.policies() == 1 ? " policy" : " policies") + " to "
                + summary.directory() + (includePersonalData ? ", with personal data" : ", without personal data")
                + ":");
        for (CsvTable table : CsvTable.values()) {
            out.printf("  %-28s %8d rows%n", table.fileName(), summary.rowCount(table));
        }
        out.println("with a label table per code list in labels/, and " + summary.dataPackage().getFileName()
                + ", which describes every file and records the sources.");
        out.flush();
        return argument.finish();
    }
}
