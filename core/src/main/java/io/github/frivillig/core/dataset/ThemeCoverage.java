package io.github.frivillig.core.dataset;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import io.github.frivillig.core.code.Theme;
import io.github.frivillig.core.policy.Measure;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.policy.Principle;

/**
 * The themes a policy's principles cover and the themes its measures cover, kept apart.
 * <p>
 * A theme is covered by the principles when at least one principle names it, and by the measures when at least one
 * measure names it, whatever the measure's status. The themes of dialogue events and inputs are what the voluntary
 * sector raised, not what the policy says, and do not count.
 * <p>
 * Both sets iterate in the declaration order of {@link Theme}, so exports come out in the same order every time.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param principles  the themes named by at least one principle
 * @param measures  the themes named by at least one measure
 */
public record ThemeCoverage(Set<Theme> principles, Set<Theme> measures) {

    /**
     * Creates a theme coverage, copying the sets.
     *
     * @param principles  the themes named by at least one principle, not null
     * @param measures  the themes named by at least one measure, not null
     * @throws NullPointerException if a set or an element of one is null
     */
    public ThemeCoverage {
        principles = themeSet(Objects.requireNonNull(principles, "principles"));
        measures = themeSet(Objects.requireNonNull(measures, "measures"));
    }

    /**
     * Obtains the theme coverage of a policy.
     *
     * @param policy  the policy, not null
     * @return the themes of its principles and of its measures, not null
     */
    public static ThemeCoverage of(Policy policy) {
        Objects.requireNonNull(policy, "policy");
        EnumSet<Theme> principles = EnumSet.noneOf(Theme.class);
        for (Principle principle : policy.principles()) {
            principles.addAll(principle.themes());
        }
        EnumSet<Theme> measures = EnumSet.noneOf(Theme.class);
        for (Measure measure : policy.measures()) {
            measures.addAll(measure.themes());
        }
        return new ThemeCoverage(principles, measures);
    }

    /**
     * Returns the themes covered by the principles, the measures or both.
     *
     * @return the themes, in declaration order, not null
     */
    public Set<Theme> all() {
        EnumSet<Theme> all = EnumSet.noneOf(Theme.class);
        all.addAll(principles);
        all.addAll(measures);
        return Collections.unmodifiableSet(all);
    }

    /**
     * Returns where a theme is covered.
     *
     * @param theme  the theme, not null
     * @return the principles, the measures, both or neither, not null
     */
    public Set<CoverageSource> sources(Theme theme) {
        Objects.requireNonNull(theme, "theme");
        EnumSet<CoverageSource> sources = EnumSet.noneOf(CoverageSource.class);
        if (principles.contains(theme)) {
            sources.add(CoverageSource.PRINCIPLES);
        }
        if (measures.contains(theme)) {
            sources.add(CoverageSource.MEASURES);
        }
        return Collections.unmodifiableSet(sources);
    }

    /**
     * Returns the themes covered by one source.
     *
     * @param source  the principles or the measures, not null
     * @return the themes of that source, in declaration order, not null
     */
    public Set<Theme> themes(CoverageSource source) {
        Objects.requireNonNull(source, "source");
        return source == CoverageSource.PRINCIPLES ? principles : measures;
    }

    /**
     * Returns the coverage of this and another coverage together, as of two policies of one municipality.
     *
     * @param other  the other coverage, not null
     * @return the union of the principles' themes and of the measures' themes, not null
     */
    public ThemeCoverage union(ThemeCoverage other) {
        Objects.requireNonNull(other, "other");
        EnumSet<Theme> unitedPrinciples = EnumSet.noneOf(Theme.class);
        unitedPrinciples.addAll(principles);
        unitedPrinciples.addAll(other.principles);
        EnumSet<Theme> unitedMeasures = EnumSet.noneOf(Theme.class);
        unitedMeasures.addAll(measures);
        unitedMeasures.addAll(other.measures);
        return new ThemeCoverage(unitedPrinciples, unitedMeasures);
    }

    // An EnumSet iterates in declaration order whatever order the themes came in; the unmodifiable view keeps the
    // record immutable.
    private static Set<Theme> themeSet(Collection<Theme> themes) {
        EnumSet<Theme> copy = EnumSet.noneOf(Theme.class);
        for (Theme theme : themes) {
            copy.add(Objects.requireNonNull(theme, "theme"));
        }
        return Collections.unmodifiableSet(copy);
    }
}
