package io.github.frivillig.core.dataset;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import io.github.frivillig.core.code.Theme;
import io.github.frivillig.core.dialogue.DialogueEvent;
import io.github.frivillig.core.dialogue.DialogueInput;
import io.github.frivillig.core.dialogue.EventStatus;
import io.github.frivillig.core.policy.Measure;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.policy.Principle;

/**
 * The themes a policy covers, kept apart by {@linkplain CoverageSource where they come from}: its principles and its
 * measures, which are what the policy says, and its dialogue events and the inputs it received, which are what was
 * raised in the dialogue that produced it.
 * <p>
 * A theme is covered by a source when at least one of its elements names it: a principle; a measure, whatever its
 * status; a dialogue event that was held or is planned (a cancelled event raised nothing); an input, whatever became
 * of it.
 * <p>
 * Every set iterates in the declaration order of {@link Theme}, so exports come out in the same order every time.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param principles  the themes named by at least one principle
 * @param measures  the themes named by at least one measure
 * @param events  the themes named by at least one dialogue event that was held or is planned
 * @param inputs  the themes named by at least one input
 */
public record ThemeCoverage(Set<Theme> principles, Set<Theme> measures, Set<Theme> events, Set<Theme> inputs) {

    /**
     * Creates a theme coverage, copying the sets.
     *
     * @throws NullPointerException if a set or an element of one is null
     */
    public ThemeCoverage {
        principles = themeSet(Objects.requireNonNull(principles, "principles"));
        measures = themeSet(Objects.requireNonNull(measures, "measures"));
        events = themeSet(Objects.requireNonNull(events, "events"));
        inputs = themeSet(Objects.requireNonNull(inputs, "inputs"));
    }

    /**
     * Obtains the theme coverage of a policy.
     *
     * @param policy  the policy, not null
     * @return the themes of its principles, measures, dialogue events and inputs, not null
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
        EnumSet<Theme> events = EnumSet.noneOf(Theme.class);
        for (DialogueEvent event : policy.events()) {
            if (event.status() != EventStatus.CANCELLED) {
                events.addAll(event.themes());
            }
        }
        EnumSet<Theme> inputs = EnumSet.noneOf(Theme.class);
        for (DialogueInput input : policy.inputs()) {
            inputs.addAll(input.themes());
        }
        return new ThemeCoverage(principles, measures, events, inputs);
    }

    /**
     * Returns the themes covered by any source.
     *
     * @return the themes, in declaration order, not null
     */
    public Set<Theme> all() {
        EnumSet<Theme> all = EnumSet.noneOf(Theme.class);
        for (CoverageSource source : CoverageSource.values()) {
            all.addAll(themes(source));
        }
        return Collections.unmodifiableSet(all);
    }

    /**
     * Returns where a theme is covered.
     *
     * @param theme  the theme, not null
     * @return the sources that cover it, in declaration order, empty if none, not null
     */
    public Set<CoverageSource> sources(Theme theme) {
        Objects.requireNonNull(theme, "theme");
        EnumSet<CoverageSource> sources = EnumSet.noneOf(CoverageSource.class);
        for (CoverageSource source : CoverageSource.values()) {
            if (themes(source).contains(theme)) {
                sources.add(source);
            }
        }
        return Collections.unmodifiableSet(sources);
    }

    /**
     * Returns the themes covered by one source.
     *
     * @param source  the source, not null
     * @return the themes of that source, in declaration order, not null
     */
    public Set<Theme> themes(CoverageSource source) {
        return switch (Objects.requireNonNull(source, "source")) {
            case PRINCIPLES -> principles;
            case MEASURES -> measures;
            case EVENTS -> events;
            case INPUTS -> inputs;
        };
    }

    /**
     * Returns the coverage of this and another coverage together, as of two policies of one municipality.
     *
     * @param other  the other coverage, not null
     * @return the union, source by source, not null
     */
    public ThemeCoverage union(ThemeCoverage other) {
        Objects.requireNonNull(other, "other");
        return new ThemeCoverage(united(principles, other.principles), united(measures, other.measures),
                united(events, other.events), united(inputs, other.inputs));
    }

    private static Set<Theme> united(Set<Theme> one, Set<Theme> other) {
        EnumSet<Theme> united = EnumSet.noneOf(Theme.class);
        united.addAll(one);
        united.addAll(other);
        return united;
    }

    // An EnumSet iterates in declaration order whatever order the themes came in; the unmodifiable view keeps the
    // record immutable. Many sources name no theme: they share one empty set.
    private static Set<Theme> themeSet(Collection<Theme> themes) {
        if (themes.isEmpty()) {
            return Set.of();
        }
        EnumSet<Theme> copy = EnumSet.noneOf(Theme.class);
        for (Theme theme : themes) {
            copy.add(Objects.requireNonNull(theme, "theme"));
        }
        return Collections.unmodifiableSet(copy);
    }
}
