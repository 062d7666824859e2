package io.github.frivillig.core.dataset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.github.frivillig.core.code.Theme;
import io.github.frivillig.core.municipality.Municipality;
import io.github.frivillig.core.policy.PolicyId;

/**
 * Which themes each municipality of a dataset covers, as a matrix of municipalities by themes.
 * <p>
 * There is one row per municipality, in the order the municipalities first appear in the dataset, and one column
 * per {@link Theme} of the shared vocabulary, in declaration order, covered or not, so that matrices of different
 * datasets line up. A cell holds where the municipality covers the theme: in principles, in measures, both or
 * neither. When a municipality has several policies in the dataset, its row is their union. Municipalities are
 * told apart by country, code and name as the policies give them. Policies without a municipality are left out.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param rows  the rows, one per municipality
 */
public record ThemeMatrix(List<ThemeMatrix.Row> rows) {

    /**
     * Creates a matrix, copying the rows.
     *
     * @param rows  the rows, not null
     * @throws IllegalArgumentException if two rows are of the same municipality
     */
    public ThemeMatrix {
        rows = List.copyOf(Objects.requireNonNull(rows, "rows"));
        if (rows.stream().map(Row::municipality).distinct().count() != rows.size()) {
            throw new IllegalArgumentException("Each municipality must have one row");
        }
    }

    /**
     * Builds the matrix of the policies summarised.
     *
     * @param summaries  the summaries, not null
     * @return the matrix, not null
     */
    public static ThemeMatrix of(List<PolicySummary> summaries) {
        Objects.requireNonNull(summaries, "summaries");
        Map<Municipality, List<PolicyId>> policies = new LinkedHashMap<>();
        Map<Municipality, ThemeCoverage> coverage = new LinkedHashMap<>();
        for (PolicySummary summary : summaries) {
            Municipality municipality = summary.municipality();
            if (municipality == null) {
                continue;
            }
            List<PolicyId> ids = policies.computeIfAbsent(municipality, key -> new ArrayList<>());
            if (summary.id() != null) {
                ids.add(summary.id());
            }
            coverage.merge(municipality, summary.themes(), ThemeCoverage::union);
        }
        List<Row> rows = new ArrayList<>(coverage.size());
        coverage.forEach((municipality, themes) -> rows.add(new Row(municipality, policies.get(municipality), themes)));
        return new ThemeMatrix(rows);
    }

    /**
     * Returns the columns: every theme of the vocabulary, in declaration order.
     *
     * @return the themes, not null
     */
    public List<Theme> themes() {
        return List.of(Theme.values());
    }

    /**
     * Finds the row of a municipality.
     *
     * @param municipality  the municipality, not null
     * @return its row, empty if the dataset has no policy of it
     */
    public Optional<Row> row(Municipality municipality) {
        Objects.requireNonNull(municipality, "municipality");
        return rows.stream().filter(row -> row.municipality().equals(municipality)).findFirst();
    }

    /**
     * Returns a cell: where a municipality covers a theme.
     *
     * @param municipality  the municipality, not null
     * @param theme  the theme, not null
     * @return the principles, the measures, both or neither; neither if the dataset has no policy of the
     *         municipality, not null
     */
    public Set<CoverageSource> cell(Municipality municipality, Theme theme) {
        Objects.requireNonNull(theme, "theme");
        return row(municipality).map(row -> row.coverage().sources(theme)).orElse(Set.of());
    }

    /**
     * One row of the matrix: a municipality, its policies in the dataset and the themes they cover together.
     * <p>
     * This class is immutable and thread-safe.
     *
     * @param municipality  the municipality
     * @param policies  the ids of its policies in the dataset, in dataset order
     * @param coverage  the themes its policies cover together
     */
    public record Row(Municipality municipality, List<PolicyId> policies, ThemeCoverage coverage) {

        /**
         * Creates a row, copying the ids.
         *
         * @param municipality  the municipality, not null
         * @param policies  the policy ids, not null
         * @param coverage  the coverage, not null
         */
        public Row {
            Objects.requireNonNull(municipality, "municipality");
            policies = List.copyOf(Objects.requireNonNull(policies, "policies"));
            Objects.requireNonNull(coverage, "coverage");
        }
    }
}
