package io.github.frivillig.review;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.github.frivillig.core.code.Codelists;
import io.github.frivillig.core.code.Theme;
import io.github.frivillig.core.dataset.CoverageSource;
import io.github.frivillig.core.dataset.ThemeCoverage;
import io.github.frivillig.core.policy.Policy;

/**
 * The theme heat map, drawn as SVG by the page template from this geometry: one row per policy, one column per theme
 * that any policy covers, and in each cell four squares, lit for each source the theme comes from in that policy:
 * principles, measures, dialogue events, inputs ({@link ThemeCoverage#sources(Theme)}).
 *
 * @param width  the drawing's width
 * @param height  the drawing's height
 * @param columns  the themes, with where their labels go
 * @param rows  the policies, with their cells
 * @param legend  the four sources, with their labels and colours
 */
public record HeatMap(int width, int height, List<Column> columns, List<Row> rows, List<Source> legend) {

    static final int LABEL_WIDTH = 460;
    static final int HEADER_HEIGHT = 190;
    static final int CELL = 26;

    /**
     * A theme's column.
     *
     * @param x  the left edge of its cells
     * @param label  the theme's label
     */
    public record Column(int x, String label) {
        /** Returns where the label, turned upright, is anchored. */
        public String labelTransform() {
            return "translate(" + (x + CELL / 2 + 4) + "," + (HEADER_HEIGHT - 6) + ") rotate(-60)";
        }
    }

    /**
     * A policy's row.
     *
     * @param y  the top of its cells
     * @param label  the municipality's name and code, and the policy's id
     * @param cells  one per column
     */
    public record Row(int y, String label, List<Cell> cells) {
    }

    /**
     * One theme in one policy.
     *
     * @param x  its left edge
     * @param y  its top
     * @param title  the text read out and shown on hover: policy, theme, sources
     * @param parts  the lit squares
     */
    public record Cell(int x, int y, String title, List<Part> parts) {
    }

    /**
     * A lit quarter of a cell.
     *
     * @param x  left edge
     * @param y  top
     * @param source  the source's code, which is the square's style class
     */
    public record Part(int x, int y, String source) {
    }

    /**
     * A source in the legend.
     *
     * @param code  its code and style class
     * @param label  its label
     */
    public record Source(String code, String label) {
    }

    /**
     * Draws the heat map of policies.
     *
     * @param policies  the policies, one row each
     * @param locale  the language of the labels
     * @param none  the word for a theme no source covers, in that language
     * @return the heat map
     */
    static HeatMap of(List<Policy> policies, Locale locale, String none) {
        List<ThemeCoverage> coverages = policies.stream().map(ThemeCoverage::of).toList();
        Set<Theme> covered = EnumSet.noneOf(Theme.class);
        coverages.forEach(coverage -> covered.addAll(coverage.all()));
        List<Theme> themes = List.copyOf(covered);
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < themes.size(); i++) {
            columns.add(new Column(LABEL_WIDTH + i * CELL, Codelists.label(themes.get(i), locale)));
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < policies.size(); r++) {
            int y = HEADER_HEIGHT + r * CELL;
            String label = PolicyLabel.full(policies.get(r), locale);
            List<Cell> cells = new ArrayList<>();
            for (int c = 0; c < themes.size(); c++) {
                int x = LABEL_WIDTH + c * CELL;
                Set<CoverageSource> sources = coverages.get(r).sources(themes.get(c));
                List<Part> parts = new ArrayList<>();
                List<String> names = new ArrayList<>();
                for (CoverageSource source : sources) {
                    int quarter = source.ordinal();
                    parts.add(new Part(x + 2 + (quarter % 2) * 11, y + 2 + (quarter / 2) * 11, source.code()));
                    names.add(Codelists.label(source, locale));
                }
                String title = label + " — " + columns.get(c).label() + ": "
                        + (names.isEmpty() ? none : String.join(", ", names));
                cells.add(new Cell(x, y, title, parts));
            }
            rows.add(new Row(y, label, cells));
        }
        List<Source> legend = new ArrayList<>();
        for (CoverageSource source : CoverageSource.values()) {
            legend.add(new Source(source.code(), Codelists.label(source, locale)));
        }
        return new HeatMap(LABEL_WIDTH + themes.size() * CELL + 130, HEADER_HEIGHT + policies.size() * CELL + 10,
                columns, rows, legend);
    }
}
