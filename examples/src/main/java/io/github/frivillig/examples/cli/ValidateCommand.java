package io.github.frivillig.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

import io.github.frivillig.core.validation.PolicyValidator;
import io.github.frivillig.core.validation.Severity;
import io.github.frivillig.core.validation.ValidationReport;
import io.github.frivillig.core.validation.Violation;
import io.github.frivillig.json.DatasetRecord;
import io.github.frivillig.json.PolicyJson;

/**
 * Validates policy documents and datasets: the problems in their bytes and the problems of the policies, in one
 * report per document, and per record of a dataset (a JSON Lines file, a JSON array, a directory of {@code .json}
 * files), each record named by its number and its id when known, each problem located by line and column in its
 * file. Records are validated as they are read, so a dataset of any length validates in a small heap. A path that is
 * missing, cannot be read or holds no record is reported on standard error and the others are still validated. Exit
 * code 0 when every record is valid, 1 when any is not, 2 when a path is missing, cannot be read or holds no record.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = FrivilligCommand.Version.class,
        description = "Validate policy documents and datasets and report every problem, with its code, place and "
                + "message.")
final class ValidateCommand implements Callable<Integer> {

    /** The languages of the messages. */
    enum Language {
        en, nb, nn, da, sv
    }

    /** The output formats. */
    enum Format {
        text, json
    }

    // Thread-safe and costly to build: one for all reports.
    private static final JsonFactory JSON = new JsonFactory();

    @Spec
    CommandSpec spec;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
            description = "Language of the messages: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Language language;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). JSON gives one "
                    + "object per document or record, and line.")
    Format format;

    @Option(names = "--lenient", description = "Report unknown keys as warnings instead of errors.")
    boolean lenient;

    @Option(names = "--include-personal-data",
            description = "Show names, e-mail addresses and phone numbers in offending values instead of masking them.")
    boolean includePersonalData;

    @Parameters(paramLabel = "FILE", arity = "1..*",
            description = "Policy documents or datasets to validate: a .json document, a JSON Lines file, a JSON "
                    + "array, or a directory, which stands for the .json files in it.")
    List<Path> files;

    @Override
    public Integer call() {
        Locale locale = Locale.forLanguageTag(language.name());
        PolicyValidator.Builder validator = PolicyValidator.builder().locale(locale);
        if (includePersonalData) {
            validator.includePersonalData();
        }
        // Every core reads and validates the records of a dataset; the output is in the dataset's order all the same.
        PolicyJson.Builder json = PolicyJson.builder().locale(locale).validator(validator.build())
                .datasetThreads(Runtime.getRuntime().availableProcessors());
        if (lenient) {
            json.lenient();
        }
        PolicyJson policyJson = json.build();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean allValid = true;
        boolean allRead = true;
        for (Path path : files) {
            if (!Files.exists(path)) {
                err.println("frivillig: " + Inputs.missing(path));
                allRead = false;
                continue;
            }
            long records = 0;
            long invalid = 0;
            boolean directory = Files.isDirectory(path);
            boolean dataset = directory;
            try (Stream<DatasetRecord> read = policyJson.validateDataset(path, locale)) {
                Iterator<DatasetRecord> iterator = read.iterator();
                while (iterator.hasNext()) {
                    DatasetRecord record = iterator.next();
                    records++;
                    dataset |= record.line() != null;
                    if (!record.report().isValid()) {
                        invalid++;
                    }
                    // A directory's records are its files; a dataset file's records are its lines or elements.
                    Path file = directory ? path.resolve(record.source()) : path;
                    if (format == Format.json) {
                        out.println(json(file, records, record, policyJson));
                    } else {
                        text(out, file, records, record);
                    }
                }
            } catch (UncheckedIOException e) {
                // One unreadable file should not hide the reports of the others.
                out.flush();
                err.println("frivillig: " + Inputs.unreadable(path, e));
                allRead = false;
                continue;
            }
            if (records == 0) {
                err.println("frivillig: " + Inputs.noRecords(path));
                allRead = false;
            } else if (dataset && format == Format.text) {
                out.println(path + ": " + records + (records == 1 ? " record" : " records") + ", " + invalid
                        + " invalid");
            }
            allValid &= invalid == 0;
        }
        out.flush();
        err.flush();
        if (!allRead) {
            return Main.USAGE;
        }
        return allValid ? 0 : Main.INVALID;
    }

    /**
     * Where a record is: the file for a document that is a file of its own; for a record of a dataset file, the file
     * and the line it starts on, its number in the file and its id when known.
     */
    private static String where(Path file, long number, DatasetRecord record) {
        if (record.line() == null) {
            return file.toString();
        }
        return file + ":" + record.line() + " (record " + number + (record.id() == null ? "" : ", " + record.id())
                + ")";
    }

    private static void text(PrintWriter out, Path file, long number, DatasetRecord record) {
        ValidationReport report = record.report();
        int errors = report.errors().size();
        int warnings = report.warnings().size();
        int infos = report.violations(Severity.INFO).size();
        out.println(where(file, number, record) + ": " + (report.isValid() ? "valid" : "invalid")
                + summary(errors, warnings, infos));
        for (Violation violation : report.violations()) {
            out.printf("  %-7s %-34s %-28s %-7s %s%n", violation.severity().code(), violation.code(),
                    violation.pointer().isEmpty() ? "(document)" : violation.pointer(),
                    violation.location().map(Object::toString).orElse(""), violation.message());
        }
    }

    private static String summary(int errors, int warnings, int infos) {
        List<String> parts = new ArrayList<>();
        if (errors > 0) {
            parts.add(errors + (errors == 1 ? " error" : " errors"));
        }
        if (warnings > 0) {
            parts.add(warnings + (warnings == 1 ? " warning" : " warnings"));
        }
        if (infos > 0) {
            parts.add(infos + " information");
        }
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    /**
     * The report of one document or record as one line of JSON: {@code {"file": …, "report": {…}}}, the report in
     * the shape of {@link PolicyJson#writeReport(ValidationReport)}; for a record of a dataset file also {@code
     * "record"}, its number in the file, and {@code "line"}, the line it starts on; {@code "id"} whenever it is known.
     */
    static String json(Path file, long number, DatasetRecord record, PolicyJson policyJson) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), text)) {
            g.writeStartObject();
            g.writeStringProperty("file", file.toString());
            if (record.line() != null) {
                g.writeNumberProperty("record", number);
                g.writeNumberProperty("line", record.line());
            }
            if (record.id() != null) {
                g.writeStringProperty("id", record.id().toString());
            }
            g.writeName("report");
            g.writeRawValue(policyJson.writeReport(record.report()));
            g.writeEndObject();
        }
        return text.toString();
    }
}
