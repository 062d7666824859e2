package io.github.frivillig.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.frivillig.core.dataset.CompletenessAssessment;
import io.github.frivillig.core.dataset.CompletenessCriterion;
import io.github.frivillig.core.dataset.CriterionOutcome;
import io.github.frivillig.core.dataset.CriterionReason;
import io.github.frivillig.core.dataset.CriterionResult;
import io.github.frivillig.core.dataset.DaysToAdoption;
import io.github.frivillig.core.dataset.ElementCounts;
import io.github.frivillig.core.dataset.InputOutcomes;
import io.github.frivillig.core.dataset.ParticipatingOrganisations;
import io.github.frivillig.core.dataset.PolicyDataset;
import io.github.frivillig.core.dataset.PolicySummary;
import io.github.frivillig.core.dataset.ThemeCoverage;
import io.github.frivillig.core.code.Theme;
import io.github.frivillig.core.dialogue.DialogueEvent;
import io.github.frivillig.core.dialogue.EventStatus;
import io.github.frivillig.core.organisation.GroupMember;
import io.github.frivillig.core.organisation.GroupStatus;
import io.github.frivillig.core.organisation.Organisation;
import io.github.frivillig.core.policy.MeasureStatus;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.policy.PolicyStatus;
import io.github.frivillig.core.value.LocalId;

/**
 * Properties that hold for every policy, checked on generated ones: the same seed always gives the same policy, so
 * a failure names a seed that reproduces it.
 */
class PolicySummaryPropertiesTest {

    private static final Set<PolicyStatus> ADOPTED_AT_SOME_POINT = EnumSet.of(PolicyStatus.ADOPTED,
            PolicyStatus.UNDER_REVISION, PolicyStatus.SUPERSEDED, PolicyStatus.REPEALED);

    static Stream<Policy> policies() {
        // The generator gives every policy at least one measure, and cancels all of them only by chance: a variant
        // of some policies with every measure cancelled makes sure that the properties hold for that case too.
        return Stream.concat(LongStream.range(0, 150).mapToObj(PolicyGenerator::generate),
                LongStream.range(0, 30).mapToObj(seed -> withEveryMeasureCancelled(PolicyGenerator.generate(seed))));
    }

    private static Policy withEveryMeasureCancelled(Policy policy) {
        return policy.toBuilder().measures(policy.measures().stream()
                .map(measure -> measure.toBuilder().status(MeasureStatus.CANCELLED).build()).toList()).build();
    }

    @ParameterizedTest
    @MethodSource("policies")
    void countsEqualTheSizesOfThePolicysLists(Policy policy) {
        ElementCounts counts = PolicySummary.of(policy).counts();

        assertThat(counts.principles()).isEqualTo(policy.principles().size());
        assertThat(counts.measures()).isEqualTo(policy.measures().size());
        assertThat(counts.events()).isEqualTo(policy.events().size());
        assertThat(counts.inputs()).isEqualTo(policy.inputs().size());
        assertThat(counts.organisations()).isEqualTo(policy.organisations().size());
        assertThat(counts.referenceGroups()).isEqualTo(policy.referenceGroups().size());
        // Every generated event has a status.
        assertThat(counts.heldEvents() + counts.plannedEvents() + counts.cancelledEvents()).isEqualTo(counts.events());
        assertThat(counts.heldEvents()).isEqualTo(
                (int) policy.events().stream().filter(event -> event.status() == EventStatus.HELD).count());
    }

    @ParameterizedTest
    @MethodSource("policies")
    void sharesLieBetweenZeroAndOneAndExistOnlyWithInputs(Policy policy) {
        InputOutcomes inputs = PolicySummary.of(policy).inputs();

        assertThat(inputs.received()).isEqualTo(policy.inputs().size());
        assertThat(inputs.acceptedShare().isPresent()).isEqualTo(!policy.inputs().isEmpty());
        for (var share : List.of(inputs.acceptedShare(), inputs.implementedShare(), inputs.declinedShare())) {
            share.ifPresent(value -> assertThat(value).isBetween(0.0, 1.0));
        }
        inputs.acceptedShare().ifPresent(accepted -> {
            // Taken up includes implemented, and nothing is both taken up and declined.
            assertThat(accepted).isGreaterThanOrEqualTo(inputs.implementedShare().orElseThrow());
            assertThat(accepted + inputs.declinedShare().orElseThrow()).isLessThanOrEqualTo(1.0 + 1e-12);
        });
    }

    @ParameterizedTest
    @MethodSource("policies")
    void coverageHoldsExactlyTheThemesOfEachSource(Policy policy) {
        ThemeCoverage coverage = PolicySummary.of(policy).themes();

        Set<Theme> principles = new HashSet<>();
        policy.principles().forEach(principle -> principles.addAll(principle.themes()));
        Set<Theme> measures = new HashSet<>();
        policy.measures().forEach(measure -> measures.addAll(measure.themes()));
        Set<Theme> events = new HashSet<>();
        policy.events().stream().filter(event -> event.status() != EventStatus.CANCELLED)
                .forEach(event -> events.addAll(event.themes()));
        Set<Theme> inputs = new HashSet<>();
        policy.inputs().forEach(input -> inputs.addAll(input.themes()));
        assertThat(coverage.principles()).isEqualTo(principles);
        assertThat(coverage.measures()).isEqualTo(measures);
        assertThat(coverage.events()).isEqualTo(events);
        assertThat(coverage.inputs()).isEqualTo(inputs);
        assertThat(PolicySummary.of(policy).themeCoverageRows())
                .hasSize(principles.size() + measures.size() + events.size() + inputs.size())
                .allMatch(row -> coverage.themes(row.source()).contains(row.theme()));
    }

    @ParameterizedTest
    @MethodSource("policies")
    void participantsAreOrganisationsOfThePolicy(Policy policy) {
        ParticipatingOrganisations participants = PolicySummary.of(policy).participants();

        assertThat(participants.organisations()).isBetween(0, policy.organisations().size());
        int classified = participants.organisations() - participants.unclassified();
        int groupMemberships = participants.icnpoGroups().values().stream().mapToInt(Integer::intValue).sum();
        assertThat(groupMemberships).isGreaterThanOrEqualTo(classified);
        // Every held event's organisers take part; each is listed in the generated policy.
        Set<LocalId> organisers = new HashSet<>();
        for (DialogueEvent event : policy.events()) {
            if (event.status() == EventStatus.HELD) {
                organisers.addAll(event.organisers());
            }
        }
        assertThat(participants.organisations()).isGreaterThanOrEqualTo(organisers.size());
        assertThat(policy.organisations()).extracting(Organisation::id).containsAll(organisers);
    }

    @ParameterizedTest
    @MethodSource("policies")
    void daysToAdoptionArePositiveWhenKnown(Policy policy) {
        // The generator holds its dialogue in 2024 and 2025 and adopts in 2026.
        DaysToAdoption days = PolicySummary.of(policy).daysToAdoption();

        days.days().ifPresent(range -> {
            assertThat(range.minimum()).isPositive().isLessThanOrEqualTo(range.maximum());
            assertThat(days.firstDialogue().earliest()).isBefore(days.adoption().earliest());
        });
        assertThat(days.days().isPresent()).isEqualTo(days.firstDialogue() != null && days.adoption() != null);
        if (!ADOPTED_AT_SOME_POINT.contains(policy.status())) {
            assertThat(days.adoption()).isNull();
        }
    }

    @Test
    void generatedPoliciesReachEveryOutcomeAndKnownDays() {
        // Guards the properties above against passing vacuously: the generated policies must reach each case.
        List<PolicySummary> summaries = PolicyDataset.from(policies()).summaries();

        for (CompletenessCriterion criterion : List.of(CompletenessCriterion.OWN_DOCUMENT_WITH_MEASURES,
                CompletenessCriterion.DEVELOPED_IN_DIALOGUE)) {
            assertThat(summaries).extracting(summary -> summary.completeness().result(criterion).outcome())
                    .as(criterion.code()).contains(CriterionOutcome.values());
        }
        // The generator adopts only by the council, and only policies whose status says they were adopted.
        assertThat(summaries).extracting(summary -> summary.completeness().politicallyAdopted().outcome())
                .contains(CriterionOutcome.MET, CriterionOutcome.IN_PROCESS);
        assertThat(summaries).anyMatch(summary -> summary.daysToAdoption().days().isPresent());
        assertThat(summaries).extracting(summary -> summary.completeness().developedInDialogue().reasonCodes()
                .contains("dialogue.groups")).contains(true, false);
        assertThat(summaries).anyMatch(summary -> !summary.participants().icnpoGroups().isEmpty());
    }

    @ParameterizedTest
    @MethodSource("policies")
    void formedGroupsWithMembersFromOutsideTheAdministrationCountAsDialogue(Policy policy) {
        CriterionResult dialogue = PolicySummary.of(policy).completeness().developedInDialogue();

        boolean groupWork = policy.referenceGroups().stream().anyMatch(group -> group.status() != GroupStatus.PROPOSED
                && group.members().stream().anyMatch(member -> member.type() != GroupMember.Type.MUNICIPAL_STAFF));
        assertThat(dialogue.reasonCodes().contains("dialogue.groups")).isEqualTo(groupWork);
        if (groupWork) {
            assertThat(dialogue.reasonCodes()).doesNotContain("dialogue.none");
        }
    }

    @ParameterizedTest
    @MethodSource("policies")
    void criteriaFollowTheMeasuresAndTheAdoption(Policy policy) {
        CompletenessAssessment completeness = PolicySummary.of(policy).completeness();

        boolean liveMeasure = policy.measures().stream().anyMatch(measure -> measure.status() != MeasureStatus.CANCELLED);
        assertThat(completeness.ownDocumentWithMeasures().outcome() == CriterionOutcome.MET).isEqualTo(liveMeasure);
        // The generator's adoptions are all by the municipal council.
        assertThat(completeness.politicallyAdopted().outcome() == CriterionOutcome.MET)
                .isEqualTo(ADOPTED_AT_SOME_POINT.contains(policy.status()));
        for (CriterionResult result : completeness.results()) {
            assertThat(result.reasons()).isNotEmpty();
            if (result.outcome() == CriterionOutcome.IN_PROCESS) {
                assertThat(result.reasonCodes()).last().isEqualTo("policy.in-development");
            }
            for (CriterionReason reason : result.reasons()) {
                assertThat(reason.message(Locale.forLanguageTag("nn"))).doesNotContain("{", "}");
            }
        }
    }
}
