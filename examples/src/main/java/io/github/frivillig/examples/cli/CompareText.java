package io.github.frivillig.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

import io.github.frivillig.core.code.Theme;
import io.github.frivillig.core.dataset.CompletenessCriterion;
import io.github.frivillig.core.dataset.CoverageSource;
import io.github.frivillig.core.dataset.CriterionReason;
import io.github.frivillig.core.dataset.CriterionResult;
import io.github.frivillig.core.dataset.DayRange;
import io.github.frivillig.core.dataset.PolicySummary;
import io.github.frivillig.core.municipality.Municipality;
import io.github.frivillig.core.validation.LocalizedMessages;

/**
 * The comparison as text, in the language asked for: a section for each policy as it comes, then the themes of the
 * dataset, by municipality, as a table whose columns are the municipalities, named in full and split into blocks
 * that fit a line; for more than {@value #MAXIMUM_COLUMNS} municipalities, a table of how many policies name each
 * theme instead. Only the table is kept while the policies stream by: one set of themes per municipality, up to
 * {@value #MAXIMUM_COLUMNS} of them, and four counts per theme.
 */
final class CompareText implements CompareCommand.Report {

    /** The most municipalities the table of themes by municipality shows. */
    static final int MAXIMUM_COLUMNS = 40;

    /** The width a block of the table keeps within, where its columns allow. */
    private static final int LINE_WIDTH = 120;

    private static final LocalizedMessages MESSAGES = LocalizedMessages.of(CompareText.class, "compare");

    private final PrintWriter out;
    private final Locale locale;
    private final Map<CoverageSource, String> letters = new EnumMap<>(CoverageSource.class);
    private final String criterionWidth;
    // The municipalities' themes, by country and code, in the order they first appear; null once there are too many.
    private Map<Object, Column> columns = new LinkedHashMap<>();
    // How many policies name each theme, by source, and in any source.
    private final long[][] counts = new long[Theme.values().length][CoverageSource.values().length + 1];
    private long policies;

    CompareText(PrintWriter out, Locale locale) {
        this.out = out;
        this.locale = locale;
        for (CoverageSource source : CoverageSource.values()) {
            letters.put(source, text("source." + source.code()));
        }
        int width = 0;
        for (CompletenessCriterion criterion : CompletenessCriterion.values()) {
            width = Math.max(width, criterion.label(locale).length());
        }
        this.criterionWidth = "%-" + width + "s";
    }

    /** One column of the table: a municipality and the sources of each theme its policies name. */
    private static final class Column {
        final Municipality municipality;
        final Map<Theme, Set<CoverageSource>> themes = new EnumMap<>(Theme.class);

        Column(Municipality municipality) {
            this.municipality = municipality;
        }
    }

    @Override
    public void add(PolicySummary summary) {
        policies++;
        tally(summary);
        section(summary);
    }

    @Override
    public void end() {
        out.println();
        if (columns != null) {
            if (!columns.isEmpty()) {
                byMunicipality();
            }
        } else {
            out.println(text("themes.too-many", Map.of("maximum", MAXIMUM_COLUMNS)));
            out.println();
            byCount();
        }
        out.println();
        out.println(text("total", Map.of("policies", policies)));
        out.flush();
    }

    // ---- one section per policy ---------------------------------------------------------------------------------

    private void section(PolicySummary summary) {
        if (policies > 1) {
            out.println();
        }
        out.println(heading(summary));
        var counts = summary.counts();
        out.println("  " + text("counts", Map.of("principles", counts.principles(), "measures", counts.measures(),
                "events", counts.events(), "held", counts.heldEvents(), "planned", counts.plannedEvents(),
                "cancelled", counts.cancelledEvents(), "inputs", counts.inputs(), "organisations",
                counts.organisations(), "groups", counts.referenceGroups())));
        var inputs = summary.inputs();
        out.println("  " + text("inputs", Map.of("received", inputs.received(), "accepted",
                percent(inputs.acceptedShare()), "implemented", percent(inputs.implementedShare()), "declined",
                percent(inputs.declinedShare()))));
        out.println("  " + text("days", Map.of("days", summary.daysToAdoption().days().map(this::days)
                .orElse(text("days.unknown")))));
        var participants = summary.participants();
        StringBuilder taking = new StringBuilder(text("participants", Map.of("organisations",
                participants.organisations(), "voluntary", participants.voluntaryOrganisations(), "fields",
                participants.voluntaryIcnpoGroups())));
        if (participants.countedAtOneEvent() > 0) {
            taking.append(text("participants.at-one-event", Map.of("count", participants.countedAtOneEvent())));
        }
        if (participants.countedInOneGroup() > 0) {
            taking.append(text("participants.in-one-group", Map.of("count", participants.countedInOneGroup())));
        }
        out.println("  " + taking);
        out.println("  " + text("criteria"));
        for (CriterionResult result : summary.completeness().results()) {
            out.println("    " + String.format(criterionWidth, result.criterion().label(locale)) + "  "
                    + result.outcome().label(locale));
            for (CriterionReason reason : result.reasons()) {
                out.println("      " + reason.message(locale));
            }
        }
    }

    /** The municipality's name and the policy's id, each said to be missing where it is. */
    private String heading(PolicySummary summary) {
        Municipality municipality = summary.municipality();
        String name = municipality == null ? null : municipality.name();
        if (name == null && municipality != null) {
            name = municipality.code();
        }
        return (name == null ? text("policy.no-municipality") : name) + " ("
                + (summary.id() == null ? text("policy.no-id") : summary.id().toString()) + ")";
    }

    private String percent(OptionalDouble share) {
        return share.isPresent() ? Math.round(share.getAsDouble() * 100) + " %" : text("share.none");
    }

    private String days(DayRange range) {
        return range.isExact() ? Long.toString(range.minimum())
                : text("days.range", Map.of("minimum", range.minimum(), "maximum", range.maximum()));
    }

    // ---- the themes of the dataset --------------------------------------------------------------------------------

    private void tally(PolicySummary summary) {
        Map<Theme, Set<CoverageSource>> covered = new EnumMap<>(Theme.class);
        for (Theme theme : summary.themes().all()) {
            Set<CoverageSource> sources = summary.themes().sources(theme);
            covered.put(theme, sources);
            for (CoverageSource source : sources) {
                counts[theme.ordinal()][source.ordinal()]++;
            }
            counts[theme.ordinal()][CoverageSource.values().length]++;
        }
        Municipality municipality = summary.municipality();
        if (columns == null || municipality == null) {
            return;
        }
        Object key = municipality.country() != null && municipality.code() != null
                ? List.of(municipality.country(), municipality.code()) : municipality;
        Column column = columns.get(key);
        if (column == null) {
            if (columns.size() == MAXIMUM_COLUMNS) {
                // Too many to show side by side: the counts table takes over, and nothing more is kept.
                columns = null;
                return;
            }
            column = new Column(municipality);
            columns.put(key, column);
        }
        for (Map.Entry<Theme, Set<CoverageSource>> entry : covered.entrySet()) {
            column.themes.computeIfAbsent(entry.getKey(), unused -> EnumSet.noneOf(CoverageSource.class))
                    .addAll(entry.getValue());
        }
    }

    /** Themes as rows, municipalities as columns, named in full, in blocks that fit the line where they can. */
    private void byMunicipality() {
        out.println(text("themes.by-municipality"));
        int labelWidth = labelWidth();
        List<Column> all = new ArrayList<>(columns.values());
        List<String> names = columnNames(all);
        int start = 0;
        while (start < all.size()) {
            int width = labelWidth;
            int end = start;
            while (end < all.size() && (end == start || width + 1 + columnWidth(names.get(end)) <= LINE_WIDTH)) {
                width += 1 + columnWidth(names.get(end));
                end++;
            }
            out.println();
            StringBuilder header = new StringBuilder(pad("", labelWidth));
            for (int i = start; i < end; i++) {
                header.append(' ').append(pad(names.get(i), columnWidth(names.get(i))));
            }
            out.println(header.toString().stripTrailing());
            for (Theme theme : Theme.values()) {
                StringBuilder row = new StringBuilder(pad(theme.label(locale), labelWidth));
                for (int i = start; i < end; i++) {
                    Set<CoverageSource> sources = all.get(i).themes.getOrDefault(theme, Set.of());
                    row.append(' ').append(pad(cell(sources), columnWidth(names.get(i))));
                }
                out.println(row.toString().stripTrailing());
            }
            start = end;
        }
    }

    /** Themes as rows, and how many policies name each theme in each source and in any. */
    private void byCount() {
        out.println(text("themes.by-count"));
        int labelWidth = labelWidth();
        List<String> headings = new ArrayList<>();
        for (CoverageSource source : CoverageSource.values()) {
            headings.add(letters.get(source));
        }
        headings.add(text("themes.any"));
        int width = Math.max(Long.toString(policies).length(), 3);
        for (String heading : headings) {
            width = Math.max(width, heading.length());
        }
        StringBuilder header = new StringBuilder(pad("", labelWidth));
        for (String heading : headings) {
            header.append(' ').append(padLeft(heading, width));
        }
        out.println();
        out.println(header);
        for (Theme theme : Theme.values()) {
            StringBuilder row = new StringBuilder(pad(theme.label(locale), labelWidth));
            for (long count : counts[theme.ordinal()]) {
                row.append(' ').append(padLeft(Long.toString(count), width));
            }
            out.println(row);
        }
    }

    /** The municipalities' names, with the code added where two share a name (Herøy, Herøy). */
    private static List<String> columnNames(List<Column> all) {
        Map<String, Integer> uses = new HashMap<>();
        for (Column column : all) {
            uses.merge(name(column.municipality), 1, Integer::sum);
        }
        List<String> names = new ArrayList<>(all.size());
        for (Column column : all) {
            String name = name(column.municipality);
            names.add(uses.get(name) > 1 && column.municipality.code() != null
                    ? name + " (" + column.municipality.code() + ")" : name);
        }
        return names;
    }

    private static String name(Municipality municipality) {
        return municipality.name() != null ? municipality.name()
                : municipality.code() != null ? municipality.code() : "?";
    }

    private int labelWidth() {
        int width = 0;
        for (Theme theme : Theme.values()) {
            width = Math.max(width, theme.label(locale).length());
        }
        return width;
    }

    private static int columnWidth(String name) {
        return Math.max(name.length(), CoverageSource.values().length);
    }

    private String cell(Set<CoverageSource> sources) {
        if (sources.isEmpty()) {
            return text("themes.none");
        }
        StringBuilder cell = new StringBuilder(4);
        for (CoverageSource source : sources) {
            cell.append(letters.get(source));
        }
        return cell.toString();
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }

    private static String padLeft(String text, int width) {
        return text.length() >= width ? text : " ".repeat(width - text.length()) + text;
    }

    private String text(String key) {
        return MESSAGES.format(key, locale, Map.of());
    }

    private String text(String key, Map<String, ?> arguments) {
        return MESSAGES.format(key, locale, arguments);
    }
}
