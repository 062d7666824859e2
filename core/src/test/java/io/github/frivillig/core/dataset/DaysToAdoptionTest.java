package io.github.frivillig.core.dataset;

import static io.github.frivillig.core.fixtures.TestPolicies.id;
import static io.github.frivillig.core.fixtures.TestPolicies.text;
import static io.github.frivillig.core.fixtures.TestPolicies.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.frivillig.core.dialogue.DialogueEvent;
import io.github.frivillig.core.dialogue.EventKind;
import io.github.frivillig.core.dialogue.EventStatus;
import io.github.frivillig.core.organisation.GroupKind;
import io.github.frivillig.core.organisation.GroupMember;
import io.github.frivillig.core.organisation.GroupStatus;
import io.github.frivillig.core.organisation.MemberCall;
import io.github.frivillig.core.organisation.MemberRole;
import io.github.frivillig.core.organisation.ReferenceGroup;
import io.github.frivillig.core.organisation.Seats;
import io.github.frivillig.core.policy.Decision;
import io.github.frivillig.core.policy.DecisionKind;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.value.Count;
import io.github.frivillig.core.value.PartialDate;
import io.github.frivillig.core.value.Period;
import io.github.frivillig.core.value.Person;

/**
 * The days from the first dialogue activity, a held event or the work of a group, to adoption: exact where the
 * dates are, a range where they are imprecise, and nothing where a date is unknown.
 */
class DaysToAdoptionTest {

    private static DialogueEvent event(String id, EventStatus status, PartialDate date) {
        return DialogueEvent.builder().id(id(id)).kind(EventKind.DIALOGUE_MEETING).status(status).date(date).build();
    }

    /** A working group of the voluntary sector: seats for the associations, nothing dated. */
    private static ReferenceGroup.Builder workingGroup(GroupStatus status) {
        return ReferenceGroup.builder().id(id("arbeidsgruppe")).name(text("Arbeidsgruppe"))
                .kind(GroupKind.WORKING_GROUP).status(status)
                .addComposition(Seats.builder().category(GroupMember.Type.ORGANISATION_REPRESENTATIVE)
                        .count(Count.exactly(6)).build());
    }

    private static Decision adoption(PartialDate date) {
        return Decision.builder().kind(DecisionKind.ADOPTION).date(date).build();
    }

    private static DaysToAdoption days(List<DialogueEvent> events, List<Decision> decisions) {
        Policy policy = valid().events(events).decisions(decisions).build();
        return DaysToAdoption.of(policy);
    }

    @Test
    void countsExactDaysBetweenExactDates() {
        // The valid policy: café dialogue 14 March 2024, adopted 20 June 2024. 17 days left of March, 30 of April,
        // 31 of May, 20 of June: 98.
        DaysToAdoption days = DaysToAdoption.of(valid().build());

        assertThat(days.days()).contains(new DayRange(98, 98));
        assertThat(days.days().orElseThrow().isExact()).isTrue();
        assertThat(days.firstDialogue().isExact()).isTrue();
    }

    @Test
    void takesTheFirstHeldEventAndIgnoresPlannedAndCancelledOnes() {
        DaysToAdoption days = days(List.of(
                event("late", EventStatus.HELD, PartialDate.of(2024, 5, 1)),
                event("early", EventStatus.HELD, PartialDate.of(2024, 4, 1)),
                event("earlier-but-cancelled", EventStatus.CANCELLED, PartialDate.of(2024, 1, 1)),
                event("planned", EventStatus.PLANNED, PartialDate.of(2023, 1, 1))),
                List.of(adoption(PartialDate.of(2024, 4, 11))));

        assertThat(days.firstDialogue()).isEqualTo(new DateRange(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 1)));
        assertThat(days.days()).contains(new DayRange(10, 10));
    }

    @Test
    void boundsTheFirstEventByTheEarliestStartAndTheEarliestEnd() {
        // A meeting "in 2024" may have come before or after one on 1 March 2024: the first took place between
        // 1 January and 1 March. To an adoption in May 2024 that is 61 (1 March to 1 May) to 151 days (1 January
        // to 31 May).
        DaysToAdoption days = days(List.of(
                event("sometime", EventStatus.HELD, PartialDate.ofYear(2024)),
                event("known", EventStatus.HELD, PartialDate.of(2024, 3, 1))),
                List.of(adoption(PartialDate.of(java.time.YearMonth.of(2024, 5)))));

        assertThat(days.firstDialogue()).isEqualTo(new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 1)));
        assertThat(days.adoption()).isEqualTo(new DateRange(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 31)));
        assertThat(days.days()).contains(new DayRange(61, 151));
    }

    @Test
    void spansAWinterIntoTheNextYear() {
        // Winter 2023 is 1 December 2023 to 29 February 2024 (a leap year); adoption 1 March 2024: 1 to 91 days.
        DaysToAdoption days = days(List.of(event("winter", EventStatus.HELD,
                PartialDate.ofSeason(2023, PartialDate.Season.WINTER))), List.of(adoption(PartialDate.of(2024, 3, 1))));

        assertThat(days.days()).contains(new DayRange(1, 91));
    }

    @Test
    void isEmptyWhenAHeldEventHasNoYearOrNoDate() {
        List<Decision> adopted = List.of(adoption(PartialDate.of(2024, 6, 20)));
        DialogueEvent dated = event("dated", EventStatus.HELD, PartialDate.of(2024, 3, 14));

        // The year-less event may have been years before the dated one.
        DaysToAdoption yearless = days(List.of(dated, event("yearless", EventStatus.HELD,
                PartialDate.parse("XXXX-09-29"))), adopted);
        DaysToAdoption undated = days(List.of(dated, DialogueEvent.builder().id(id("undated"))
                .kind(EventKind.CAFE_DIALOGUE).status(EventStatus.HELD).build()), adopted);

        assertThat(yearless.firstDialogue()).isNull();
        assertThat(yearless.days()).isEmpty();
        assertThat(undated.firstDialogue()).isNull();
        assertThat(undated.adoption()).isNotNull();
        assertThat(undated.days()).isEmpty();
    }

    @Test
    void isEmptyWithoutAHeldEventOrWithoutADatedAdoption() {
        DialogueEvent held = event("held", EventStatus.HELD, PartialDate.of(2024, 3, 14));

        assertThat(days(List.of(), List.of(adoption(PartialDate.of(2024, 6, 20)))).days()).isEmpty();
        assertThat(days(List.of(held), List.of()).days()).isEmpty();
        assertThat(days(List.of(held), List.of(Decision.builder().kind(DecisionKind.ADOPTION).build())).adoption())
                .isNull();
        // A mandate is no adoption.
        assertThat(days(List.of(held), List.of(Decision.builder().kind(DecisionKind.MANDATE)
                .date(PartialDate.of(2024, 1, 10)).build())).days()).isEmpty();
    }

    @Test
    void startsAtAGroupsWorkWhenItCameBeforeTheFirstEvent() {
        // A working group of associations, called for on 1 February 2024 (answers by 15 February), established on
        // 1 March; a member who joined in April. The café dialogue of 14 March comes later. Adopted 20 June 2024:
        // from 1 February, 29 days to 1 March, then 31, 30 and 31 to 1 June, and 19: 140.
        ReferenceGroup group = workingGroup(GroupStatus.DISSOLVED).established(PartialDate.of(2024, 3, 1))
                .call(MemberCall.builder().opened(PartialDate.of(2024, 2, 1)).deadline(PartialDate.of(2024, 2, 15))
                        .build())
                .addMember(new GroupMember.OrganisationRepresentative(id("frivilligsentralen"), null,
                        MemberRole.MEMBER, Period.between(PartialDate.of(2024, 4, 2), null)))
                .build();

        DaysToAdoption days = DaysToAdoption.of(valid().referenceGroups(List.of(group)).build());

        assertThat(days.firstDialogue()).isEqualTo(new DateRange(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 1)));
        assertThat(days.days()).contains(new DayRange(140, 140));
    }

    @Test
    void datesAGroupByTheStartOfAMembersPeriodWhenThatIsAllItRecords() {
        // "Members since the spring of 2023" (1 March to 31 May 2023), adopted 20 June 2024: 386 to 477 days.
        ReferenceGroup group = workingGroup(GroupStatus.ACTIVE)
                .addMember(new GroupMember.Citizen(Person.builder().name("Kari").build(), MemberRole.MEMBER,
                        Period.between(PartialDate.ofSeason(2023, PartialDate.Season.SPRING), null)))
                .build();

        DaysToAdoption days = DaysToAdoption.of(valid().events(List.of()).referenceGroups(List.of(group)).build());

        assertThat(days.firstDialogue()).isEqualTo(new DateRange(LocalDate.of(2023, 3, 1), LocalDate.of(2023, 5, 31)));
        assertThat(days.days()).contains(new DayRange(386, 477));
    }

    @Test
    void isEmptyWhenAGroupThatTookPartRecordsNoDateButIgnoresProposedGroupsAndGroupsOfStaff() {
        // The undated working group may have started long before the café dialogue.
        DaysToAdoption undated = DaysToAdoption.of(valid().referenceGroups(List.of(workingGroup(GroupStatus.ACTIVE)
                .build())).build());
        // A proposed group has done no work yet; a project group of staff is the administration's own.
        DaysToAdoption ignored = DaysToAdoption.of(valid().referenceGroups(List.of(
                workingGroup(GroupStatus.PROPOSED).build(),
                ReferenceGroup.builder().id(id("prosjekt")).name(text("Prosjektgruppe")).kind(GroupKind.PROJECT_GROUP)
                        .status(GroupStatus.ACTIVE).established(PartialDate.ofYear(2020))
                        .addMember(GroupMember.MunicipalStaff.of(null, null, MemberRole.CHAIR)).build()))
                .build());

        assertThat(undated.firstDialogue()).isNull();
        assertThat(undated.days()).isEmpty();
        assertThat(ignored.days()).contains(new DayRange(98, 98));
    }

    @Test
    void leavesOutTheLaunchAndTheSigningCeremonyOfTheAdoptedPolicy() {
        DaysToAdoption days = days(List.of(event("cafe", EventStatus.HELD, PartialDate.of(2024, 3, 14)),
                DialogueEvent.builder().id(id("launch")).kind(EventKind.LAUNCH).status(EventStatus.HELD).build(),
                DialogueEvent.builder().id(id("signing")).kind(EventKind.SIGNING_CEREMONY).status(EventStatus.HELD)
                        .date(PartialDate.parse("XXXX-06-20")).build()),
                List.of(adoption(PartialDate.of(2024, 6, 20))));

        assertThat(days.days()).contains(new DayRange(98, 98));
    }

    @Test
    void isNegativeWhenTheAdoptionPrecedesTheDialogue() {
        DaysToAdoption days = days(List.of(event("after", EventStatus.HELD, PartialDate.of(2024, 3, 14))),
                List.of(adoption(PartialDate.of(2024, 3, 4))));

        assertThat(days.days()).contains(new DayRange(-10, -10));
    }

    @Test
    void rejectsRangesThatEndBeforeTheyStart() {
        assertThatThrownBy(() -> new DateRange(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'2024-01-01'");
        assertThatThrownBy(() -> new DayRange(5, 4)).isInstanceOf(IllegalArgumentException.class);
    }
}
