package io.github.frivillig.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
import io.github.frivillig.json.PolicyJson;

/**
 * Validates policy documents: the problems in their bytes and the problems of the policies, in one report per
 * file. A file that cannot be read is reported on standard error and the others are still validated. Exit code 0
 * when every file is valid, 1 when any is not, 2 when a file cannot be read or a directory holds no documents.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = FrivilligCommand.Version.class,
        description = "Validate policy documents and report every problem, with its code, place and message.")
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
                    + "object per file and line.")
    Format format;

    @Option(names = "--lenient", description = "Report unknown keys as warnings instead of errors.")
    boolean lenient;

    @Option(names = "--include-personal-data",
            description = "Show names, e-mail addresses and phone numbers in offending values instead of masking them.")
    boolean includePersonalData;

    @Parameters(paramLabel = "FILE", arity = "1..*",
            description = "Policy documents to validate; a directory stands for the .json files in it.")
    List<Path> files;

    @Override
    public Integer call() {
        Locale locale = Locale.forLanguageTag(language.name());
        PolicyValidator.Builder validator = PolicyValidator.builder().locale(locale);
        if (includePersonalData) {
            validator.includePersonalData();
        }
        PolicyJson.Builder json = PolicyJson.builder().locale(locale).validator(validator.build());
        if (lenient) {
            json.lenient();
        }
        PolicyJson policyJson = json.build();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean allValid = true;
        Selection selection = select(files, err);
        boolean allRead = selection.complete();
        for (Path file : selection.files()) {
            ValidationReport report;
            try {
                report = policyJson.validate(file, locale);
            } catch (UncheckedIOException e) {
                // One unreadable file should not hide the reports of the others.
                err.println("frivillig: cannot read '" + file + "': " + Main.describe(e.getCause()));
                allRead = false;
                continue;
            }
            allValid &= report.isValid();
            if (format == Format.json) {
                out.println(json(file, report, policyJson));
            } else {
                text(out, file, report);
            }
        }
        out.flush();
        err.flush();
        if (!allRead) {
            return Main.USAGE;
        }
        return allValid ? 0 : Main.INVALID;
    }

    /** The files to validate, and whether every path named on the command line gave some. */
    private record Selection(List<Path> files, boolean complete) {
    }

    /**
     * Selects each file named and the {@code .json} files of each directory named. Paths that do not exist, and
     * directories that cannot be listed or hold no documents, are reported on {@code err}.
     */
    private static Selection select(List<Path> paths, PrintWriter err) {
        List<Path> found = new ArrayList<>();
        boolean complete = true;
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                List<Path> documents;
                try (Stream<Path> listing = Files.list(path)) {
                    documents = listing.filter(file -> file.getFileName().toString().endsWith(".json")).sorted()
                            .toList();
                } catch (IOException | UncheckedIOException e) {
                    err.println("frivillig: cannot list '" + path + "': " + Main.describe(e));
                    complete = false;
                    continue;
                }
                if (documents.isEmpty()) {
                    err.println("frivillig: no .json files in '" + path + "'");
                    complete = false;
                }
                found.addAll(documents);
            } else if (!Files.exists(path)) {
                err.println("frivillig: cannot read '" + path + "': no such file");
                complete = false;
            } else {
                found.add(path);
            }
        }
        return new Selection(found, complete);
    }

    private static void text(PrintWriter out, Path file, ValidationReport report) {
        int errors = report.errors().size();
        int warnings = report.warnings().size();
        int infos = report.violations(Severity.INFO).size();
        out.println(file + ": " + (report.isValid() ? "valid" : "invalid") + summary(errors, warnings, infos));
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
     * The report of one file as one line of JSON: {@code {"file": …, "report": {…}}}, the report in the shape of
     * {@link PolicyJson#writeReport(ValidationReport)}.
     */
    static String json(Path file, ValidationReport report, PolicyJson policyJson) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), text)) {
            g.writeStartObject();
            g.writeStringProperty("file", file.toString());
            g.writeName("report");
            g.writeRawValue(policyJson.writeReport(report));
            g.writeEndObject();
        }
        return text.toString();
    }
}
