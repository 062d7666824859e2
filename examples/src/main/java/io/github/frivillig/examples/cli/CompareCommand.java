package io.github.frivillig.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

import io.github.frivillig.core.code.Theme;
import io.github.frivillig.core.dataset.CompletenessCriterion;
import io.github.frivillig.core.dataset.CoverageSource;
import io.github.frivillig.core.dataset.CriterionReason;
import io.github.frivillig.core.dataset.CriterionResult;
import io.github.frivillig.core.dataset.DayRange;
import io.github.frivillig.core.dataset.PolicyDataset;
import io.github.frivillig.core.dataset.PolicySummary;
import io.github.frivillig.core.municipality.Municipality;
import io.github.frivillig.core.policy.Policy;

/**
 * Compares the policies of a dataset: which themes their principles and measures cover, how many elements they
 * have, what became of the inputs, how long it took from the first dialogue to adoption, and Frivillighet Norge's
 * completeness criteria.
 */
@Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = FrivilligCommand.Version.class,
        description = "Compare the policies of a dataset: themes, counts, inputs, time to adoption, completeness.")
final class CompareCommand implements Callable<Integer> {

    /** The output formats. */
    enum Format {
        text, json, csv
    }

    // Thread-safe and costly to build: one for all reports.
    private static final JsonFactory JSON = new JsonFactory();

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
            description = "Language of labels and reasons: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ValidateCommand.Language language;

    @Parameters(paramLabel = "DATASET", arity = "0..1",
            description = "A directory of .json files, a JSON array or a JSON Lines file; the bundled seed dataset "
                    + "when left out.")
    Path dataset;

    @Override
    public Integer call() {
        Locale locale = Locale.forLanguageTag(language.name());
        DatasetArgument argument = new DatasetArgument();
        PolicyDataset comparison;
        try (Stream<Policy> policies = argument.open(dataset, spec.commandLine().getErr())) {
            comparison = PolicyDataset.from(policies);
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case json -> out.println(json(comparison, locale));
            case csv -> out.print(csv(comparison));
            default -> text(out, comparison, locale);
        }
        out.flush();
        return argument.skipped() == 0 ? 0 : Main.INVALID;
    }

    // ---- text ------------------------------------------------------------------------------------------------

    private static void text(PrintWriter out, PolicyDataset dataset, Locale locale) {
        List<PolicySummary> summaries = dataset.summaries();
        out.println("Themes covered by principles (P) and measures (M)");
        out.printf("%-32s", "");
        for (PolicySummary summary : summaries) {
            out.printf(" %-11s", shorten(name(summary), 11));
        }
        out.println();
        for (Theme theme : Theme.values()) {
            out.printf("%-32s", shorten(theme.label(locale), 32));
            for (PolicySummary summary : summaries) {
                var sources = summary.themes().sources(theme);
                String cell = (sources.contains(CoverageSource.PRINCIPLES) ? "P" : "")
                        + (sources.contains(CoverageSource.MEASURES) ? "M" : "");
                out.printf(" %-11s", cell.isEmpty() ? "·" : cell);
            }
            out.println();
        }
        for (PolicySummary summary : summaries) {
            out.println();
            out.println(name(summary) + " (" + summary.id() + ")");
            var counts = summary.counts();
            out.printf("  principles %d, measures %d, events %d (held %d, planned %d, cancelled %d), inputs %d, "
                    + "organisations %d, groups %d%n", counts.principles(), counts.measures(), counts.events(),
                    counts.heldEvents(), counts.plannedEvents(), counts.cancelledEvents(), counts.inputs(),
                    counts.organisations(), counts.referenceGroups());
            var inputs = summary.inputs();
            out.printf("  inputs: %d received, accepted %s, implemented %s, declined %s%n", inputs.received(),
                    percent(inputs.acceptedShare()), percent(inputs.implementedShare()),
                    percent(inputs.declinedShare()));
            out.println("  days from first held dialogue event to adoption: "
                    + summary.daysToAdoption().days().map(CompareCommand::days).orElse("not known"));
            var participants = summary.participants();
            out.println("  taking part: " + participants.organisations() + " organisations named, "
                    + participants.voluntaryOrganisations() + " voluntary, in " + participants.voluntaryIcnpoGroups()
                    + " ICNPO groups" + (participants.countedAtOneEvent() > 0
                            ? "; up to " + participants.countedAtOneEvent() + " counted at one event" : ""));
            out.println("  Frivillighet Norge's criteria for a complete local volunteer policy:");
            for (CriterionResult result : summary.completeness().results()) {
                out.printf("    %-48s %s%n", result.criterion().label(locale), result.outcome().label(locale));
                for (CriterionReason reason : result.reasons()) {
                    out.println("      " + reason.message(locale));
                }
            }
        }
    }

    private static String name(PolicySummary summary) {
        Municipality municipality = summary.municipality();
        return municipality == null || municipality.name() == null ? String.valueOf(summary.id()) : municipality.name();
    }

    private static String shorten(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }

    private static String percent(OptionalDouble share) {
        return share.isPresent() ? Math.round(share.getAsDouble() * 100) + " %" : "–";
    }

    private static String days(DayRange range) {
        return range.isExact() ? Long.toString(range.minimum()) : range.minimum() + " to " + range.maximum();
    }

    // ---- json ------------------------------------------------------------------------------------------------

    private static String json(PolicyDataset dataset, Locale locale) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), text)) {
            g.writeStartArray();
            for (PolicySummary summary : dataset.summaries()) {
                g.writeStartObject();
                g.writeStringProperty("policyId", String.valueOf(summary.id()));
                if (summary.municipality() != null) {
                    g.writeName("municipality");
                    g.writeStartObject();
                    // The dataset is read without validation: any part of a municipality may be missing.
                    Municipality municipality = summary.municipality();
                    if (municipality.country() != null) {
                        g.writeStringProperty("country", municipality.country().code());
                    }
                    if (municipality.code() != null) {
                        g.writeStringProperty("code", municipality.code());
                    }
                    if (municipality.name() != null) {
                        g.writeStringProperty("name", municipality.name());
                    }
                    g.writeEndObject();
                }
                g.writeName("themes");
                g.writeStartObject();
                codes(g, "principles", summary.themes().principles().stream().map(Theme::code).toList());
                codes(g, "measures", summary.themes().measures().stream().map(Theme::code).toList());
                g.writeEndObject();
                var counts = summary.counts();
                g.writeName("counts");
                g.writeStartObject();
                g.writeNumberProperty("principles", counts.principles());
                g.writeNumberProperty("measures", counts.measures());
                g.writeNumberProperty("events", counts.events());
                g.writeNumberProperty("heldEvents", counts.heldEvents());
                g.writeNumberProperty("plannedEvents", counts.plannedEvents());
                g.writeNumberProperty("cancelledEvents", counts.cancelledEvents());
                g.writeNumberProperty("inputs", counts.inputs());
                g.writeNumberProperty("organisations", counts.organisations());
                g.writeNumberProperty("referenceGroups", counts.referenceGroups());
                g.writeEndObject();
                var inputs = summary.inputs();
                g.writeName("inputs");
                g.writeStartObject();
                g.writeNumberProperty("received", inputs.received());
                g.writeNumberProperty("undecided", inputs.undecided());
                g.writeNumberProperty("accepted", inputs.accepted());
                g.writeNumberProperty("partlyAccepted", inputs.partlyAccepted());
                g.writeNumberProperty("implemented", inputs.implemented());
                g.writeNumberProperty("declined", inputs.declined());
                share(g, "acceptedShare", inputs.acceptedShare());
                share(g, "implementedShare", inputs.implementedShare());
                share(g, "declinedShare", inputs.declinedShare());
                g.writeEndObject();
                var days = summary.daysToAdoption().days();
                if (days.isPresent()) {
                    g.writeName("daysToAdoption");
                    g.writeStartObject();
                    g.writeNumberProperty("minimum", days.get().minimum());
                    g.writeNumberProperty("maximum", days.get().maximum());
                    g.writeEndObject();
                }
                var participants = summary.participants();
                g.writeName("participants");
                g.writeStartObject();
                g.writeNumberProperty("organisations", participants.organisations());
                g.writeNumberProperty("voluntaryOrganisations", participants.voluntaryOrganisations());
                g.writeNumberProperty("voluntaryIcnpoGroups", participants.voluntaryIcnpoGroups());
                g.writeNumberProperty("unclassified", participants.unclassified());
                g.writeNumberProperty("countedAtOneEvent", participants.countedAtOneEvent());
                g.writeName("icnpoGroups");
                g.writeStartObject();
                participants.icnpoGroups().forEach((group, count) -> g.writeNumberProperty(group.code(), count));
                g.writeEndObject();
                g.writeEndObject();
                g.writeName("completeness");
                g.writeStartObject();
                for (CriterionResult result : summary.completeness().results()) {
                    g.writeName(result.criterion().code());
                    g.writeStartObject();
                    g.writeStringProperty("outcome", result.outcome().code());
                    g.writeName("reasons");
                    g.writeStartArray();
                    for (CriterionReason reason : result.reasons()) {
                        g.writeStartObject();
                        g.writeStringProperty("code", reason.code());
                        g.writeName("arguments");
                        g.writeStartObject();
                        reason.arguments().forEach(g::writeStringProperty);
                        g.writeEndObject();
                        g.writeStringProperty("message", reason.message(locale));
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        return text.toString();
    }

    private static void codes(JsonGenerator g, String name, List<String> codes) {
        g.writeName(name);
        g.writeStartArray();
        codes.forEach(g::writeString);
        g.writeEndArray();
    }

    private static void share(JsonGenerator g, String name, OptionalDouble share) {
        if (share.isPresent()) {
            g.writeNumberProperty(name, share.getAsDouble());
        }
    }

    // ---- csv: one row per policy, RFC 4180, CRLF line ends --------------------------------------------------

    private static final List<String> COLUMNS = List.of("policy_id", "country", "municipality_code",
            "municipality", "principles", "measures", "events", "held_events", "planned_events", "cancelled_events",
            "inputs", "organisations", "reference_groups", "inputs_accepted_share", "inputs_implemented_share",
            "inputs_declined_share", "days_to_adoption_min", "days_to_adoption_max", "participating_organisations",
            "voluntary_organisations", "voluntary_icnpo_groups", "principle_themes", "measure_themes",
            "own_document_with_measures", "developed_in_dialogue", "politically_adopted");

    private static String csv(PolicyDataset dataset) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(COLUMNS);
        for (PolicySummary summary : dataset.summaries()) {
            var counts = summary.counts();
            var inputs = summary.inputs();
            var days = summary.daysToAdoption().days();
            var participants = summary.participants();
            var municipality = summary.municipality();
            rows.add(List.of(String.valueOf(summary.id()),
                    municipality == null || municipality.country() == null ? "" : municipality.country().code(),
                    municipality == null ? "" : String.valueOf(municipality.code()),
                    municipality == null ? "" : String.valueOf(municipality.name()),
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
                    summary.themes().principles().stream().map(Theme::code).collect(Collectors.joining(";")),
                    summary.themes().measures().stream().map(Theme::code).collect(Collectors.joining(";")),
                    outcome(summary, CompletenessCriterion.OWN_DOCUMENT_WITH_MEASURES),
                    outcome(summary, CompletenessCriterion.DEVELOPED_IN_DIALOGUE),
                    outcome(summary, CompletenessCriterion.POLITICALLY_ADOPTED)));
        }
        StringBuilder csv = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    csv.append(',');
                }
                csv.append(csvField(row.get(i)));
            }
            csv.append("\r\n");
        }
        return csv.toString();
    }

    /** Quotes a field as RFC 4180 asks: when it holds a comma, a quote or a line break, doubling its quotes. */
    private static String csvField(String field) {
        boolean quote = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0;
        return quote ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }

    private static String share(OptionalDouble share) {
        return share.isPresent() ? Double.toString(share.getAsDouble()) : "";
    }

    private static String outcome(PolicySummary summary, CompletenessCriterion criterion) {
        return summary.completeness().result(criterion).outcome().code();
    }
}
