package io.github.frivillig.core.validation;

import static io.github.frivillig.core.fixtures.TestPolicies.id;
import static io.github.frivillig.core.fixtures.TestPolicies.text;
import static io.github.frivillig.core.fixtures.TestPolicies.valid;
import static io.github.frivillig.core.validation.PolicyValidatorTest.VALIDATOR;
import static io.github.frivillig.core.validation.PolicyValidatorTest.decision;
import static io.github.frivillig.core.validation.PolicyValidatorTest.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.frivillig.core.dialogue.DialogueEvent;
import io.github.frivillig.core.dialogue.EventKind;
import io.github.frivillig.core.dialogue.EventPhase;
import io.github.frivillig.core.dialogue.EventStatus;
import io.github.frivillig.core.organisation.GroupKind;
import io.github.frivillig.core.organisation.GroupStatus;
import io.github.frivillig.core.organisation.MemberCall;
import io.github.frivillig.core.organisation.ReferenceGroup;
import io.github.frivillig.core.policy.Decision;
import io.github.frivillig.core.policy.DecisionKind;
import io.github.frivillig.core.policy.DecisionStatus;
import io.github.frivillig.core.policy.PartKind;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.policy.PolicyPart;
import io.github.frivillig.core.policy.PolicyStatus;
import io.github.frivillig.core.policy.Signatory;
import io.github.frivillig.core.value.LocalId;
import io.github.frivillig.core.value.PartialDate;

/**
 * Decisions, events and calls in an impossible order are reported only when the dates certainly conflict: an
 * imprecise date counts as every day it may denote. The minimal policy is adopted on 2024-06-20 after a café
 * dialogue on 2024-03-14.
 */
class DecisionOrderRulesTest {

    @Test
    void adoptionIsBeforeTheDialogueOnlyWhenBeforeTheFirstDayAnyHeldEventMayHaveBeenHeld() {
        // The café dialogue is dated only "2024", so it may have been held in January, before the adoption of
        // 1 March; that the workshop of June certainly came after the adoption does not change that.
        Policy policy = event(decision(valid(), d -> d.date(PartialDate.of(2024, 3, 1))),
                e -> e.date(PartialDate.ofYear(2024)))
                .addEvent(DialogueEvent.builder().id(id("verksted")).kind(EventKind.WORKSHOP)
                        .status(EventStatus.HELD).date(PartialDate.of(2024, 6, 1)).build())
                .build();

        assertThat(VALIDATOR.validate(policy).violations()).isEmpty();
    }

    @Test
    void adoptionBeforeTheFirstMandateIsReportedWithBothDates() {
        Policy policy = valid().addDecisions(
                decisionOf(DecisionKind.MANDATE, PartialDate.of(2024, 9, 1)),
                decisionOf(DecisionKind.MANDATE, PartialDate.of(2024, 8, 29))).build();

        Violation violation = only(policy);

        assertThat(violation.code()).isEqualTo("decision.before-mandate");
        assertThat(violation.pointer()).isEqualTo("/decisions/0/date");
        assertThat(violation.arguments()).containsEntry("date", "2024-06-20").containsEntry("mandate", "2024-08-29");
        assertThat(violation.message()).contains("2024-06-20", "2024-08-29");
    }

    @Test
    void adoptionIsNotBeforeAMandateThatMayHaveComeFirst() {
        // A mandate of "June 2024" may have been given before the 20th; one of 2023 preceded the adoption, whatever
        // came after it.
        PartialDate june = PartialDate.of(YearMonth.of(2024, 6));
        assertThat(VALIDATOR.validate(valid().addDecision(decisionOf(DecisionKind.MANDATE, june)).build())
                .violations()).isEmpty();
        assertThat(VALIDATOR.validate(valid().addDecisions(decisionOf(DecisionKind.MANDATE, PartialDate.ofYear(2023)),
                decisionOf(DecisionKind.MANDATE, PartialDate.of(2025, 1, 9))).build()).violations()).isEmpty();
    }

    @Test
    void mandateOrConsultationAfterTheAdoptionMayBeForARevision() {
        Decision mandate = decisionOf(DecisionKind.MANDATE, PartialDate.of(2025, 1, 9));
        Decision consultation = decisionOf(DecisionKind.CONSULTATION, PartialDate.of(2025, 5, 2));

        // The revision of September 2025 came after both, and one of unknown date may have.
        assertThat(VALIDATOR.validate(valid().addDecisions(mandate, consultation,
                decisionOf(DecisionKind.REVISION, PartialDate.of(2025, 9, 11))).build()).violations()).isEmpty();
        assertThat(VALIDATOR.validate(valid().addDecisions(mandate, consultation,
                decisionOf(DecisionKind.REVISION, null)).build()).violations()).isEmpty();
        // A policy under revision has a revision to come.
        assertThat(VALIDATOR.validate(valid().status(PolicyStatus.UNDER_REVISION).addDecisions(mandate, consultation)
                .build()).violations()).isEmpty();
        // A revision in 2024, before both, explains neither.
        assertThat(VALIDATOR.validate(valid().addDecisions(mandate, consultation,
                decisionOf(DecisionKind.REVISION, PartialDate.of(2024, 12, 12))).build()).violations())
                .extracting(Violation::code, Violation::pointer)
                .containsExactly(tuple("decision.before-mandate", "/decisions/0/date"),
                        tuple("decision.consultation-after-adoption", "/decisions/2/date"));
    }

    @Test
    void decisionsAboutAPartAreOrderedOnlyWithDecisionsAboutTheSamePart() {
        // The action plan has editions of its own: a mandate and a consultation for a new edition in 2025 follow
        // the adoption of the whole policy in 2024 without conflict, but not the adoption of the plan in 2025.
        Policy.Builder policy = valid().addPart(PolicyPart.builder().id(id("handlingsplan"))
                .kind(PartKind.ACTION_PLAN).build()).addDecisions(
                decisionOf(DecisionKind.MANDATE, PartialDate.of(2025, 2, 6), id("handlingsplan")),
                decisionOf(DecisionKind.CONSULTATION, PartialDate.of(2025, 4, 1), id("handlingsplan")));
        assertThat(VALIDATOR.validate(policy.build()).violations()).isEmpty();

        policy.addDecision(decisionOf(DecisionKind.ADOPTION, PartialDate.of(2025, 1, 16), id("handlingsplan")));
        assertThat(VALIDATOR.validate(policy.build()).violations()).extracting(Violation::code, Violation::pointer)
                .containsExactly(tuple("decision.consultation-after-adoption", "/decisions/2/date"),
                        tuple("decision.body-missing", "/decisions/3/body"),
                        tuple("decision.before-mandate", "/decisions/3/date"));
    }

    @Test
    void consultationIsComparedWithTheLastAdoption() {
        // A consultation between two adoptions of the whole may have been for the second.
        Policy policy = valid().addDecisions(decisionOf(DecisionKind.CONSULTATION, PartialDate.of(2024, 9, 5)),
                decisionOf(DecisionKind.ADOPTION, PartialDate.of(2024, 12, 12))).build();

        assertThat(VALIDATOR.validate(policy).violations()).extracting(Violation::code)
                .doesNotContain("decision.consultation-after-adoption");
    }

    @Test
    void consultationDeadlineBeforeTheFirstDecisionToSendThePolicyToConsultationIsReported() {
        Decision sent = decisionOf(DecisionKind.CONSULTATION, PartialDate.of(2024, 4, 25));
        DialogueEvent consultation = DialogueEvent.builder().id(id("horing")).kind(EventKind.CONSULTATION)
                .status(EventStatus.HELD).responseDeadline(PartialDate.of(2024, 4, 15)).build();

        Violation violation = only(valid().addDecision(sent).addEvent(consultation).build());

        assertThat(violation.code()).isEqualTo("event.deadline-before-start");
        assertThat(violation.pointer()).isEqualTo("/events/1/responseDeadline");
        assertThat(violation.arguments()).containsEntry("deadline", "2024-04-15")
                .containsEntry("consultation", "2024-04-25");
        assertThat(violation.message()).contains("2024-04-15", "2024-04-25");
        // A survey is not sent by a decision to send the policy to consultation.
        assertThat(VALIDATOR.validate(valid().addDecision(sent).addEvent(consultation.toBuilder()
                .kind(EventKind.SURVEY).build()).build()).violations()).isEmpty();
        // A deadline of "April 2024" may have been after the 25th.
        assertThat(VALIDATOR.validate(valid().addDecision(sent).addEvent(consultation.toBuilder()
                .responseDeadline(PartialDate.of(YearMonth.of(2024, 4))).build()).build()).violations()).isEmpty();
    }

    @Test
    void responseDeadlineInTheMonthOfTheEventMayBeAfterIt() {
        PartialDate march = PartialDate.of(YearMonth.of(2024, 3));
        assertThat(VALIDATOR.validate(event(valid(), e -> e.responseDeadline(march)).build()).violations()).isEmpty();
    }

    @Test
    void memberCallDeadlineIsReportedOnlyWhenCertainlyBeforeTheCallOpened() {
        ReferenceGroup group = ReferenceGroup.builder().id(id("gruppe")).name(text("Referansegruppe"))
                .kind(GroupKind.REFERENCE_GROUP).status(GroupStatus.ACTIVE).build();
        MemberCall call = MemberCall.builder().opened(PartialDate.of(YearMonth.of(2024, 2)))
                .deadline(PartialDate.of(2024, 2, 1)).build();

        assertThat(VALIDATOR.validate(valid().addReferenceGroup(group.toBuilder().call(call).build()).build())
                .violations()).isEmpty();
        Violation violation = only(valid().addReferenceGroup(group.toBuilder().call(call.toBuilder()
                .deadline(PartialDate.of(2024, 1, 31)).build()).build()).build());
        assertThat(violation.code()).isEqualTo("member-call.deadline-before-opening");
        assertThat(violation.arguments()).containsEntry("deadline", "2024-01-31").containsEntry("opened", "2024-02");
    }

    @Test
    void eventsThatFollowUpOrReviseThePolicyAreNotComparedWithItsAdoption() {
        // The only event recorded is a dialogue meeting a year after the adoption: as development it shows an
        // adoption before all dialogue; as follow-up or revision of the adopted policy it says nothing of that.
        Policy.Builder later = event(valid(), e -> e.date(PartialDate.of(2025, 3, 14)));

        assertThat(only(later.build()).code()).isEqualTo("decision.before-dialogue");
        assertThat(only(event(later, e -> e.phase(EventPhase.DEVELOPMENT)).build()).code())
                .isEqualTo("decision.before-dialogue");
        for (EventPhase phase : List.of(EventPhase.FOLLOW_UP, EventPhase.REVISION)) {
            assertThat(VALIDATOR.validate(event(later, e -> e.phase(phase)).build()).violations()).as(phase.code())
                    .isEmpty();
        }
    }

    @Test
    void plannedDecisionsTakeNoPartInTheOrderOfDecisionsOrInTheStatus() {
        // A mandate after the adoption would put the adoption before it; a planned one has not been given.
        Decision mandate = decisionOf(DecisionKind.MANDATE, PartialDate.of(2025, 1, 9));
        assertThat(only(valid().addDecision(mandate).build()).code()).isEqualTo("decision.before-mandate");
        assertThat(VALIDATOR.validate(valid().addDecision(mandate.toBuilder().status(DecisionStatus.PLANNED).build())
                .build()).violations()).isEmpty();

        // An adopted policy whose only adoption is still planned has not been adopted.
        Violation violation = only(decision(valid(), d -> d.status(DecisionStatus.PLANNED)).build());
        assertThat(violation.code()).isEqualTo("policy.adoption-missing");
        assertThat(VALIDATOR.validate(decision(valid(), d -> d.status(DecisionStatus.TAKEN)).build()).violations())
                .isEmpty();
    }

    @Test
    void aSigningPutsThePolicyInForceAsAnAdoptionDoes() {
        // A local agreement whose sources record only its signing, by the municipality and the sector.
        Decision signing = Decision.builder().kind(DecisionKind.SIGNING).date(PartialDate.of(2024, 6, 20))
                .addSignatory(Signatory.organisation(id("kommunen"))).build();
        Policy signed = valid().decisions(List.of(signing)).build();

        assertThat(VALIDATOR.validate(signed).violations()).isEmpty();
        assertThat(only(valid().decisions(List.of()).build()).code()).isEqualTo("policy.adoption-missing");
        assertThat(only(signed.toBuilder().status(PolicyStatus.DRAFT).build()).code())
                .isEqualTo("policy.status-before-adoption");
    }

    private static Decision decisionOf(DecisionKind kind, PartialDate date, LocalId... parts) {
        return Decision.builder().kind(kind).date(date).parts(List.of(parts)).build();
    }

    private static Violation only(Policy policy) {
        List<Violation> violations = VALIDATOR.validate(policy).violations();
        assertThat(violations).as(violations.toString()).hasSize(1);
        return violations.get(0);
    }
}
