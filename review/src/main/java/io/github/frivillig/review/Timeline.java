package io.github.frivillig.review;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.github.frivillig.core.code.Codelists;
import io.github.frivillig.core.dialogue.DialogueEvent;
import io.github.frivillig.core.organisation.ReferenceGroup;
import io.github.frivillig.core.policy.Decision;
import io.github.frivillig.core.policy.DecisionKind;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.value.PartialDate;

/**
 * A policy's timeline, drawn as SVG by the page template from this geometry: its mandate, dialogue events, reference
 * groups, consultation, adoption and revision on one axis, each at the earliest day its date allows.
 *
 * @param label  the policy's municipality, code and id
 * @param width  the drawing's width
 * @param marks  the dated steps, in order
 * @param first  the first year on the axis, as text
 * @param last  the last year on the axis, as text
 */
public record Timeline(String label, int width, List<Mark> marks, String first, String last) {

    static final int WIDTH = 720;
    static final int MARGIN = 30;

    /**
     * One dated step.
     *
     * @param x  its place on the axis
     * @param kind  mandate, event, group, consultation, adoption or revision: its style class
     * @param title  what and when, read out and shown on hover
     */
    public record Mark(int x, String kind, String title) {
    }

    /**
     * Draws a policy's timeline.
     *
     * @param policy  the policy
     * @param locale  the language of the labels
     * @param groupWord  the word for a reference group's start, in that language
     * @return the timeline, empty if the policy dates none of its steps
     */
    static Optional<Timeline> of(Policy policy, Locale locale, String groupWord) {
        record Step(LocalDate day, String kind, String title) {
        }
        List<Step> steps = new ArrayList<>();
        for (Decision decision : policy.decisions()) {
            String kind = kind(decision.kind());
            LocalDate day = day(decision.date());
            if (kind != null && day != null) {
                steps.add(new Step(day, kind, Codelists.label(decision.kind(), locale) + " — " + decision.date()));
            }
        }
        for (DialogueEvent event : policy.events()) {
            LocalDate day = day(event.date());
            if (day != null) {
                String what = event.title() != null ? event.title().resolve(locale).orElse("")
                        : event.kind() == null ? "" : Codelists.label(event.kind(), locale);
                steps.add(new Step(day, "event", what + " — " + event.date()));
            }
        }
        for (ReferenceGroup group : policy.referenceGroups()) {
            LocalDate day = day(group.established());
            if (day != null) {
                String name = group.name() == null ? "" : group.name().resolve(locale).orElse("");
                steps.add(new Step(day, "group", groupWord + ": " + name + " — " + group.established()));
            }
        }
        if (steps.isEmpty()) {
            return Optional.empty();
        }
        steps.sort(Comparator.comparing(Step::day));
        LocalDate start = steps.get(0).day().withDayOfYear(1);
        LocalDate end = steps.get(steps.size() - 1).day().withDayOfYear(1).plusYears(1);
        double span = ChronoUnit.DAYS.between(start, end);
        List<Mark> marks = new ArrayList<>();
        for (Step step : steps) {
            int x = MARGIN + (int) Math.round((WIDTH - 2 * MARGIN) * ChronoUnit.DAYS.between(start, step.day()) / span);
            marks.add(new Mark(x, step.kind(), step.title()));
        }
        return Optional.of(new Timeline(PolicyLabel.full(policy, locale), WIDTH, marks,
                Integer.toString(start.getYear()), Integer.toString(end.getYear())));
    }

    private static String kind(DecisionKind kind) {
        if (kind == null) {
            return null;
        }
        return switch (kind) {
            case MANDATE -> "mandate";
            case CONSULTATION -> "consultation";
            case ADOPTION -> "adoption";
            case REVISION -> "revision";
            default -> null;
        };
    }

    private static LocalDate day(PartialDate date) {
        return date == null ? null : date.earliest().orElse(null);
    }
}
