package io.github.frivillig.core.dataset;

import java.util.Objects;

import io.github.frivillig.core.dialogue.DialogueEvent;
import io.github.frivillig.core.policy.Policy;

/**
 * How many principles, measures, dialogue events, inputs, organisations and reference groups a policy records.
 * <p>
 * Every recorded element counts once, whatever its status: a measure that was cancelled is still a measure of the
 * policy, and a series of dialogue meetings counts as one event beside each meeting that is part of it. The events
 * are also counted by status; an event without a status, which validation reports, counts in {@link #events()}
 * only.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param principles  the number of principles, values, goals, focus areas and commitments
 * @param measures  the number of measures
 * @param events  the number of dialogue events
 * @param heldEvents  the number of dialogue events that took place
 * @param plannedEvents  the number of dialogue events that are planned
 * @param cancelledEvents  the number of dialogue events that were cancelled
 * @param inputs  the number of inputs from the voluntary sector
 * @param organisations  the number of organisations the policy refers to
 * @param referenceGroups  the number of reference groups, input groups and councils
 */
public record ElementCounts(int principles, int measures, int events, int heldEvents, int plannedEvents,
        int cancelledEvents, int inputs, int organisations, int referenceGroups) {

    /**
     * Creates element counts.
     *
     * @throws IllegalArgumentException if a count is negative, or the events by status outnumber the events
     */
    public ElementCounts {
        if (principles < 0 || measures < 0 || events < 0 || heldEvents < 0 || plannedEvents < 0
                || cancelledEvents < 0 || inputs < 0 || organisations < 0 || referenceGroups < 0) {
            throw new IllegalArgumentException("Counts must not be negative");
        }
        if (heldEvents + plannedEvents + cancelledEvents > events) {
            throw new IllegalArgumentException("Events by status (" + (heldEvents + plannedEvents + cancelledEvents)
                    + ") outnumber the events (" + events + ")");
        }
    }

    /**
     * Counts the elements of a policy.
     *
     * @param policy  the policy, not null
     * @return the counts, not null
     */
    public static ElementCounts of(Policy policy) {
        Objects.requireNonNull(policy, "policy");
        int held = 0;
        int planned = 0;
        int cancelled = 0;
        for (DialogueEvent event : policy.events()) {
            if (event.status() == null) {
                continue;
            }
            switch (event.status()) {
                case HELD -> held++;
                case PLANNED -> planned++;
                case CANCELLED -> cancelled++;
            }
        }
        return new ElementCounts(policy.principles().size(), policy.measures().size(), policy.events().size(), held,
                planned, cancelled, policy.inputs().size(), policy.organisations().size(),
                policy.referenceGroups().size());
    }
}
