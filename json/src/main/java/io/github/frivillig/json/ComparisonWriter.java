package io.github.frivillig.json;

import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

import io.github.frivillig.core.code.Theme;
import io.github.frivillig.core.dataset.CriterionReason;
import io.github.frivillig.core.dataset.CriterionResult;
import io.github.frivillig.core.dataset.PolicySummary;
import io.github.frivillig.core.municipality.Municipality;

/**
 * Writes a comparison of policies as JSON, one summary at a time: an array of one object per policy with its id,
 * municipality, the themes its principles, measures, dialogue events and inputs cover, its counts, what became of
 * its inputs, the days from the first dialogue to adoption, the participating organisations, and Frivillighet
 * Norge's completeness criteria with their reasons in the writer's language. The {@code frivillig compare --format
 * json} command and the review service write this shape.
 * <p>
 * Summaries are written as they are added, so a dataset of any length compares in a small heap. An instance writes
 * one array and is not thread-safe.
 */
public final class ComparisonWriter {

    // Thread-safe and costly to build: one for all writers. The output stays open for what follows.
    private static final JsonFactory JSON = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private final Locale locale;
    private final JsonGenerator g;

    private ComparisonWriter(JsonGenerator g, Locale locale) {
        this.g = g;
        this.locale = locale;
        g.writeStartArray();
    }

    /**
     * Starts an array of summaries on a writer.
     *
     * @param out  where to write, left open, not null
     * @param locale  the language of the criteria's reasons, not null
     * @return the writer, not null
     */
    public static ComparisonWriter start(Writer out, Locale locale) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(locale, "locale");
        return new ComparisonWriter(JSON.createGenerator(ObjectWriteContext.empty(), out), locale);
    }

    /**
     * Starts an array of summaries on a stream, in UTF-8.
     *
     * @param out  where to write, left open, not null
     * @param locale  the language of the criteria's reasons, not null
     * @return the writer, not null
     */
    public static ComparisonWriter start(OutputStream out, Locale locale) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(locale, "locale");
        return new ComparisonWriter(JSON.createGenerator(ObjectWriteContext.empty(), out), locale);
    }

    /**
     * Writes one policy's summary as the next element of the array.
     *
     * @param summary  the summary, not null
     * @throws UncheckedIOException if the output cannot be written
     */
    public void add(PolicySummary summary) {
        g.writeStartObject();
        // A policy counted despite its errors may lack its id or parts of its municipality: what it lacks is
        // left out, never written as null.
        if (summary.id() != null) {
            g.writeStringProperty("policyId", summary.id().toString());
        }
        Municipality municipality = summary.municipality();
        if (municipality != null) {
            g.writeName("municipality");
            g.writeStartObject();
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
        codes(g, "principles", summary.themes().principles());
        codes(g, "measures", summary.themes().measures());
        codes(g, "events", summary.themes().events());
        codes(g, "inputs", summary.themes().inputs());
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
        g.writeNumberProperty("countedInOneGroup", participants.countedInOneGroup());
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

    /**
     * Ends the array and flushes the output, which is left open.
     *
     * @throws UncheckedIOException if the output cannot be written
     */
    public void end() {
        g.writeEndArray();
        g.close();
    }

    private static void codes(JsonGenerator g, String name, Set<Theme> themes) {
        g.writeName(name);
        g.writeStartArray();
        themes.forEach(theme -> g.writeString(theme.code()));
        g.writeEndArray();
    }

    private static void share(JsonGenerator g, String name, OptionalDouble share) {
        if (share.isPresent()) {
            g.writeNumberProperty(name, share.getAsDouble());
        }
    }
}
