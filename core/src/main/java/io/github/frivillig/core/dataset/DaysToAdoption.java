package io.github.frivillig.core.dataset;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import io.github.frivillig.core.dialogue.DialogueEvent;
import io.github.frivillig.core.dialogue.EventStatus;
import io.github.frivillig.core.policy.Decision;
import io.github.frivillig.core.policy.DecisionKind;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.value.PartialDate;

/**
 * How many days passed from the first dialogue event held for a policy to its adoption, as far as the dates allow.
 * <p>
 * Sources date events imprecisely ("in the autumn of 2016", "29 September"), so the result is a {@link DayRange}
 * from the fewest to the most days the dates allow, computed from two {@link DateRange}s:
 * <ul>
 * <li>{@link #firstHeldEvent()}: the days on which the first held event may have taken place. Every event with the
 *     status held counts, whatever its kind, including a series and the events that are part of one. Each event's
 *     date covers the days from its {@link PartialDate#earliest() earliest} to its {@link PartialDate#latest()
 *     latest} day; the first event took place no earlier than the earliest of those days and no later than the
 *     smallest of the latest days. Events that are planned or cancelled do not count.</li>
 * <li>{@link #adoption()}: the days on which the policy may have been adopted, from the dates of its adoption
 *     decisions in the same way (the first adoption, should several be recorded).</li>
 * </ul>
 * A date is unknown when it is missing or its year is (a day such as {@code XXXX-09-29}). If any held event has an
 * unknown date, that event may have been the first, so the first held event's date is unknown too; likewise for
 * the adoptions. An unknown date, no held event or no adoption leaves the matching range null, and then
 * {@link #days()} is empty: nothing is guessed.
 * <p>
 * The number of days is negative if the adoption precedes the dialogue, which validation reports.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param firstHeldEvent  the days on which the first held dialogue event may have taken place, null if there is no
 *                        held event or one has an unknown date
 * @param adoption  the days on which the policy may have been adopted, null if no adoption is recorded or one has an
 *                  unknown date
 */
public record DaysToAdoption(@Nullable DateRange firstHeldEvent, @Nullable DateRange adoption) {

    /**
     * Obtains the days from the first held dialogue event of a policy to its adoption.
     *
     * @param policy  the policy, not null
     * @return the dates and days, not null
     */
    public static DaysToAdoption of(Policy policy) {
        Objects.requireNonNull(policy, "policy");
        List<@Nullable PartialDate> held = new ArrayList<>();
        for (DialogueEvent event : policy.events()) {
            if (event.status() == EventStatus.HELD) {
                held.add(event.date());
            }
        }
        List<@Nullable PartialDate> adoptions = new ArrayList<>();
        for (Decision decision : policy.decisions()) {
            if (decision.kind() == DecisionKind.ADOPTION) {
                adoptions.add(decision.date());
            }
        }
        return new DaysToAdoption(firstOf(held), firstOf(adoptions));
    }

    /**
     * Returns the fewest and the most days from the first held dialogue event to the adoption.
     *
     * @return the days, empty if either date is unknown
     */
    public Optional<DayRange> days() {
        if (firstHeldEvent == null || adoption == null) {
            return Optional.empty();
        }
        return Optional.of(new DayRange(
                ChronoUnit.DAYS.between(firstHeldEvent.latest(), adoption.earliest()),
                ChronoUnit.DAYS.between(firstHeldEvent.earliest(), adoption.latest())));
    }

    /** The days on which the first of some imprecise dates may fall; null if there are none or one is unknown. */
    private static @Nullable DateRange firstOf(List<@Nullable PartialDate> dates) {
        LocalDate earliest = null;
        LocalDate latest = null;
        for (PartialDate date : dates) {
            if (date == null || !date.isYearKnown()) {
                return null;
            }
            LocalDate from = date.earliest().orElseThrow();
            LocalDate to = date.latest().orElseThrow();
            earliest = earliest == null || from.isBefore(earliest) ? from : earliest;
            latest = latest == null || to.isBefore(latest) ? to : latest;
        }
        return earliest == null ? null : new DateRange(earliest, latest);
    }
}
