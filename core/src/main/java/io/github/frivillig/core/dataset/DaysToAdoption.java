package io.github.frivillig.core.dataset;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.github.frivillig.core.dialogue.DialogueEvent;
import io.github.frivillig.core.dialogue.EventKind;
import io.github.frivillig.core.dialogue.EventStatus;
import io.github.frivillig.core.organisation.GroupMember;
import io.github.frivillig.core.organisation.MemberCall;
import io.github.frivillig.core.organisation.ReferenceGroup;
import io.github.frivillig.core.policy.Decision;
import io.github.frivillig.core.policy.DecisionKind;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.value.PartialDate;
import io.github.frivillig.core.value.Period;

/**
 * How many days passed from the first dialogue activity for a policy to its adoption, as far as the dates allow.
 * <p>
 * Sources date their facts imprecisely ("in the autumn of 2016", "29 September"), so the result is a
 * {@link DayRange} from the fewest to the most days the dates allow, computed from two {@link DateRange}s:
 * <ul>
 * <li>{@link #firstDialogue()}: the days on which the first dialogue activity may have taken place. The activities
 *     are the dialogue events that were held, whatever their kind, including a series and the events that are part
 *     of one, but not the launch of the adopted policy or a signing ceremony, which present or seal the policy
 *     rather than develop it; and the work of the groups that took part in it, as {@link CompletenessAssessment}
 *     counts them (formed, with members from outside the administration). A group's work is dated by the earliest
 *     date it records: its establishment, the opening or the deadline of its call for members, the start of a
 *     member's period. Each date covers the days from its {@link PartialDate#earliest() earliest} to its
 *     {@link PartialDate#latest() latest} day; the first activity took place no earlier than the earliest of those
 *     days and no later than the smallest of the latest days. Events that are planned or cancelled, and groups
 *     that are only proposed, do not count.</li>
 * <li>{@link #adoption()}: the days on which the policy may have been adopted, from the dates of its adoption
 *     decisions in the same way (the first adoption, should several be recorded).</li>
 * </ul>
 * A date is unknown when it is missing or its year is (a day such as {@code XXXX-09-29}); a group's date is unknown
 * when it records none, or one of its dates has no year. If any activity has an unknown date, it may have been the
 * first, so the first activity's date is unknown too; likewise for the adoptions. An unknown date, no dialogue
 * activity or no adoption leaves the matching range null, and then {@link #days()} is empty: nothing is guessed.
 * <p>
 * The number of days is negative if the adoption precedes the dialogue, which validation reports.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param firstDialogue  the days on which the first dialogue activity may have taken place, null if there is none or
 *                       one has an unknown date
 * @param adoption  the days on which the policy may have been adopted, null if no adoption is recorded or one has an
 *                  unknown date
 */
public record DaysToAdoption(@Nullable DateRange firstDialogue, @Nullable DateRange adoption) {

    /** Held events of these kinds come once the policy is made: they are no part of the dialogue that made it. */
    private static final Set<EventKind> AFTER_THE_DIALOGUE = EnumSet.of(EventKind.LAUNCH, EventKind.SIGNING_CEREMONY);

    /**
     * Obtains the days from the first dialogue activity for a policy to its adoption.
     *
     * @param policy  the policy, not null
     * @return the dates and days, not null
     */
    public static DaysToAdoption of(Policy policy) {
        Objects.requireNonNull(policy, "policy");
        List<@Nullable DateRange> activities = new ArrayList<>();
        for (DialogueEvent event : policy.events()) {
            if (event.status() == EventStatus.HELD && !AFTER_THE_DIALOGUE.contains(event.kind())) {
                activities.add(range(event.date()));
            }
        }
        for (ReferenceGroup group : policy.referenceGroups()) {
            if (GroupWork.takesPart(group)) {
                activities.add(firstOf(groupDates(group)));
            }
        }
        List<@Nullable DateRange> adoptions = new ArrayList<>();
        for (Decision decision : policy.decisions()) {
            if (decision.kind() == DecisionKind.ADOPTION) {
                adoptions.add(range(decision.date()));
            }
        }
        return new DaysToAdoption(first(activities), first(adoptions));
    }

    /**
     * Returns the fewest and the most days from the first dialogue activity to the adoption.
     *
     * @return the days, empty if either date is unknown
     */
    public Optional<DayRange> days() {
        if (firstDialogue == null || adoption == null) {
            return Optional.empty();
        }
        return Optional.of(new DayRange(
                ChronoUnit.DAYS.between(firstDialogue.latest(), adoption.earliest()),
                ChronoUnit.DAYS.between(firstDialogue.earliest(), adoption.latest())));
    }

    /** The dates a group records of its work; none for a group whose work is undated. */
    private static List<PartialDate> groupDates(ReferenceGroup group) {
        List<PartialDate> dates = new ArrayList<>();
        addIfPresent(dates, group.established());
        MemberCall call = group.call();
        if (call != null) {
            addIfPresent(dates, call.opened());
            addIfPresent(dates, call.deadline());
        }
        for (GroupMember member : group.members()) {
            Period period = member.period();
            if (period != null) {
                addIfPresent(dates, period.from());
            }
        }
        return dates;
    }

    private static void addIfPresent(List<PartialDate> dates, @Nullable PartialDate date) {
        if (date != null) {
            dates.add(date);
        }
    }

    /** The days of the first of some dates, each a date of the same activity; null if there is none or one is unknown. */
    private static @Nullable DateRange firstOf(List<PartialDate> dates) {
        List<@Nullable DateRange> ranges = new ArrayList<>(dates.size());
        for (PartialDate date : dates) {
            ranges.add(range(date));
        }
        return first(ranges);
    }

    /** The days a date covers; null if it is missing or its year is unknown. */
    private static @Nullable DateRange range(@Nullable PartialDate date) {
        if (date == null || !date.isYearKnown()) {
            return null;
        }
        return new DateRange(date.earliest().orElseThrow(), date.latest().orElseThrow());
    }

    /** The days on which the first of some activities may fall; null if there are none or one is unknown. */
    private static @Nullable DateRange first(List<@Nullable DateRange> ranges) {
        LocalDate earliest = null;
        LocalDate latest = null;
        for (DateRange range : ranges) {
            if (range == null) {
                return null;
            }
            earliest = earliest == null || range.earliest().isBefore(earliest) ? range.earliest() : earliest;
            latest = latest == null || range.latest().isBefore(latest) ? range.latest() : latest;
        }
        return earliest == null ? null : new DateRange(earliest, latest);
    }
}
