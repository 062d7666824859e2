package io.github.frivillig.core.dataset;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.github.frivillig.core.code.Theme;
import io.github.frivillig.core.municipality.Municipality;
import io.github.frivillig.core.policy.PolicyId;

/**
 * Which themes each municipality of a dataset covers, as a matrix of municipalities by themes.
 * <p>
 * There is one row per municipality, in the order the municipalities first appear in the dataset, and one column
 * per {@link Theme} of the shared vocabulary, in declaration order, covered or not, so that matrices of different
 * datasets line up. A cell holds where the municipality covers the theme: the {@linkplain CoverageSource sources},
 * principles, measures, dialogue events and inputs, that name it, or none. When a municipality has several policies in the dataset, its row is their union. Municipalities are
 * told apart by country and code, so that two policies that spell the name differently ("Hjørring", "Hjørring
 * Kommune") share a row, named as the first of them names it; a municipality without a country or a code is told
 * apart by all it gives. Policies without a municipality are left out.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class ThemeMatrix {

    private final List<Row> rows;
    // The same rows by municipality key, so that a cell is found without a search.
    private final Map<Object, Row> byMunicipality;

    private ThemeMatrix(Map<Object, Row> byMunicipality) {
        this.rows = List.copyOf(byMunicipality.values());
        this.byMunicipality = Collections.unmodifiableMap(byMunicipality);
    }

    /**
     * Builds the matrix of the policies summarised.
     *
     * @param summaries  the summaries, not null
     * @return the matrix, not null
     */
    public static ThemeMatrix of(List<PolicySummary> summaries) {
        Objects.requireNonNull(summaries, "summaries");
        Map<Object, Municipality> municipalities = new LinkedHashMap<>();
        Map<Object, List<PolicyId>> policies = new LinkedHashMap<>();
        Map<Object, ThemeCoverage> coverage = new LinkedHashMap<>();
        for (PolicySummary summary : summaries) {
            Municipality municipality = summary.municipality();
            if (municipality == null) {
                continue;
            }
            Object key = key(municipality);
            municipalities.putIfAbsent(key, municipality);
            List<PolicyId> ids = policies.computeIfAbsent(key, unused -> new ArrayList<>());
            if (summary.id() != null) {
                ids.add(summary.id());
            }
            coverage.merge(key, summary.themes(), ThemeCoverage::union);
        }
        Map<Object, Row> rows = new LinkedHashMap<>();
        coverage.forEach((key, themes) -> rows.put(key, new Row(municipalities.get(key), policies.get(key), themes)));
        return new ThemeMatrix(rows);
    }

    // What tells municipalities apart: country and code when both are given, else all the municipality gives.
    private static Object key(Municipality municipality) {
        if (municipality.country() != null && municipality.code() != null) {
            return List.of(municipality.country(), municipality.code());
        }
        return municipality;
    }

    /**
     * Returns the rows, one per municipality, in the order the municipalities first appear in the dataset.
     *
     * @return the rows, not null
     */
    public List<Row> rows() {
        return rows;
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
     * Finds the row of a municipality, by its country and code when it has both.
     *
     * @param municipality  the municipality, not null
     * @return its row, empty if the dataset has no policy of it
     */
    public Optional<Row> row(Municipality municipality) {
        return Optional.ofNullable(byMunicipality.get(key(Objects.requireNonNull(municipality, "municipality"))));
    }

    /**
     * Returns a cell: where a municipality covers a theme.
     *
     * @param municipality  the municipality, not null
     * @param theme  the theme, not null
     * @return the sources that cover it, in declaration order; none if the dataset has no policy of the
     *         municipality, not null
     */
    public Set<CoverageSource> cell(Municipality municipality, Theme theme) {
        Objects.requireNonNull(theme, "theme");
        return row(municipality).map(row -> row.coverage().sources(theme)).orElse(Set.of());
    }

    /**
     * Checks whether this matrix equals another: the same rows in the same order.
     *
     * @param obj  the other object, null returns false
     * @return true if equal
     */
    @Override
    public boolean equals(@Nullable Object obj) {
        return obj == this || obj instanceof ThemeMatrix other && rows.equals(other.rows);
    }

    @Override
    public int hashCode() {
        return rows.hashCode();
    }

    /**
     * Returns the rows as text, for debugging.
     *
     * @return the text form, not null
     */
    @Override
    public String toString() {
        return "ThemeMatrix" + rows;
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
