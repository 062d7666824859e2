package io.github.frivillig.examples.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import io.github.frivillig.core.code.Theme;
import io.github.frivillig.core.dataset.CompletenessCriterion;
import io.github.frivillig.core.dataset.PolicySummary;
import io.github.frivillig.core.municipality.Municipality;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.json.ComparisonWriter;

/**
 * Compares the policies of a dataset: which themes their principles, measures, dialogue events and inputs cover, how
 * many elements they have, what became of the inputs, how long it took from the first dialogue to adoption, and
 * Frivillighet Norge's completeness criteria.
 * <p>
 * The comparison is written as the policies stream by: each policy is summarised and written, and only what the
 * text's closing table of themes needs is kept, a few numbers per theme and at most
 * {@value CompareText#MAXIMUM_COLUMNS} municipalities. So a dataset of any length compares in a small heap.
 */
@Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = FrivilligCommand.Version.class,
        description = "Compare the valid policies of a dataset: themes, counts, inputs, time to adoption, "
                + "completeness.")
final class CompareCommand implements Callable<Integer> {

    /** The output formats. */
    enum Format {
        text, json, csv
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
            description = "Language of the text, labels, reasons and problems: ${COMPLETION-CANDIDATES} (default: "
                    + "${DEFAULT-VALUE}).")
    ValidateCommand.Language language;

    @Option(names = "--include-invalid",
            description = "Also count the policies that have validation errors (records that cannot be read are "
                    + "always skipped).")
    boolean includeInvalid;

    @Parameters(paramLabel = "DATASET", arity = "0..1",
            description = "A directory of .json files, a JSON array or a JSON Lines file; the bundled dataset "
                    + "when left out.")
    Path dataset;

    /** Writes the summaries of one format as they come. */
    interface Report {
        void add(PolicySummary summary);

        void end();
    }

    @Override
    public Integer call() {
        Locale locale = Locale.forLanguageTag(language.name());
        PrintWriter out = spec.commandLine().getOut();
        DatasetArgument argument = new DatasetArgument(spec.commandLine().getErr(), locale, includeInvalid);
        try (Stream<Policy> policies = argument.open(dataset)) {
            Report report = switch (format) {
                case json -> new JsonReport(out, locale);
                case csv -> new CsvReport(out);
                default -> new CompareText(out, locale);
            };
            // Each policy is summarised and written, and then left to the garbage collector.
            policies.map(PolicySummary::of).forEach(report::add);
            report.end();
        } catch (UncheckedIOException e) {
            out.flush();
            if (dataset == null) {
                throw e;
            }
            throw Inputs.unreadableError(dataset, e);
        }
        out.flush();
        return argument.finish();
    }

    // ---- json: an array of one object per policy, on one line ---------------------------------------------------

    private static final class JsonReport implements Report {
        private final PrintWriter out;
        private final ComparisonWriter writer;

        JsonReport(PrintWriter out, Locale locale) {
            this.out = out;
            this.writer = ComparisonWriter.start(out, locale);
        }

        @Override
        public void add(PolicySummary summary) {
            writer.add(summary);
        }

        @Override
        public void end() {
            writer.end();
            out.println();
        }
    }

    // ---- csv: one row per policy, RFC 4180, CRLF line ends; a missing value is an empty field ------------------

    private static final class CsvReport implements Report {
        static final List<String> COLUMNS = List.of("policy_id", "country", "municipality_code", "municipality",
                "principles", "measures", "events", "held_events", "planned_events", "cancelled_events", "inputs",
                "organisations", "reference_groups", "inputs_accepted_share", "inputs_implemented_share",
                "inputs_declined_share", "days_to_adoption_min", "days_to_adoption_max",
                "participating_organisations", "voluntary_organisations", "voluntary_icnpo_groups",
                "principle_themes", "measure_themes", "event_themes", "input_themes", "own_document_with_measures",
                "developed_in_dialogue", "politically_adopted");

        private final PrintWriter out;

        CsvReport(PrintWriter out) {
            this.out = out;
            row(COLUMNS);
        }

        @Override
        public void add(PolicySummary summary) {
            var counts = summary.counts();
            var inputs = summary.inputs();
            var days = summary.daysToAdoption().days();
            var participants = summary.participants();
            Municipality municipality = summary.municipality();
            row(List.of(summary.id() == null ? "" : summary.id().toString(),
                    municipality == null || municipality.country() == null ? "" : municipality.country().code(),
                    municipality == null || municipality.code() == null ? "" : municipality.code(),
                    municipality == null || municipality.name() == null ? "" : municipality.name(),
                    Integer.toString(counts.principles()), Integer.toString(counts.measures()),
                    Integer.toString(counts.events()), Integer.toString(counts.heldEvents()),
                    Integer.toString(counts.plannedEvents()), Integer.toString(counts.cancelledEvents()),
                    Integer.toString(counts.inputs()), Integer.toString(counts.organisations()),
                    Integer.toString(counts.referenceGroups()), share(inputs.acceptedShare()),
                    share(inputs.implementedShare()), share(inputs.declinedShare()),
                    days.map(range -> Long.toString(range.minimum())).orElse(""),
                    days.map(range -> Long.toString(range.maximum())).orElse(""),
                    Integer.toString(participants.organisations()),
                    Integer.toString(participants.voluntaryOrganisations()),
                    Integer.toString(participants.voluntaryIcnpoGroups()),
                    codes(summary.themes().principles()), codes(summary.themes().measures()),
                    codes(summary.themes().events()), codes(summary.themes().inputs()),
                    outcome(summary, CompletenessCriterion.OWN_DOCUMENT_WITH_MEASURES),
                    outcome(summary, CompletenessCriterion.DEVELOPED_IN_DIALOGUE),
                    outcome(summary, CompletenessCriterion.POLITICALLY_ADOPTED)));
        }

        @Override
        public void end() {
            out.flush();
        }

        private void row(List<String> fields) {
            StringBuilder line = new StringBuilder(256);
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    line.append(',');
                }
                line.append(csvField(fields.get(i)));
            }
            out.print(line.append("\r\n"));
        }

        /** Quotes a field as RFC 4180 asks: when it holds a comma, a quote or a line break, doubling its quotes. */
        private static String csvField(String field) {
            boolean quote = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                    || field.indexOf('\r') >= 0;
            return quote ? '"' + field.replace("\"", "\"\"") + '"' : field;
        }

        private static String codes(Set<Theme> themes) {
            return themes.stream().map(Theme::code).collect(Collectors.joining(";"));
        }

        private static String share(OptionalDouble share) {
            return share.isPresent() ? Double.toString(share.getAsDouble()) : "";
        }

        private static String outcome(PolicySummary summary, CompletenessCriterion criterion) {
            return summary.completeness().result(criterion).outcome().code();
        }
    }
}
