package io.github.frivillig.core.dataset;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.github.frivillig.core.dialogue.DialogueEvent;
import io.github.frivillig.core.dialogue.EventStatus;
import io.github.frivillig.core.organisation.GroupStatus;
import io.github.frivillig.core.organisation.ReferenceGroup;
import io.github.frivillig.core.policy.Decision;
import io.github.frivillig.core.policy.DecisionKind;
import io.github.frivillig.core.policy.GoverningBody;
import io.github.frivillig.core.policy.GoverningBodyKind;
import io.github.frivillig.core.policy.Measure;
import io.github.frivillig.core.policy.MeasureStatus;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.policy.PolicyStatus;

/** The rules of the three completeness criteria, as {@link CompletenessAssessment} documents them. */
final class CompletenessRules {

    // A policy under revision is adopted, but its measures and its dialogue may still grow.
    private static final Set<PolicyStatus> DIALOGUE_UNDER_WAY = EnumSet.of(PolicyStatus.IN_DIALOGUE,
            PolicyStatus.CONSULTATION);
    private static final Set<GoverningBodyKind> POLITICAL = EnumSet.of(GoverningBodyKind.MUNICIPAL_COUNCIL,
            GoverningBodyKind.EXECUTIVE_COMMITTEE, GoverningBodyKind.STANDING_COMMITTEE);

    private CompletenessRules() {
    }

    static CriterionResult measures(Policy policy) {
        int cancelled = 0;
        for (Measure measure : policy.measures()) {
            if (measure.status() == MeasureStatus.CANCELLED) {
                cancelled++;
            }
        }
        int live = policy.measures().size() - cancelled;
        if (live > 0) {
            return result(CompletenessCriterion.OWN_DOCUMENT_WITH_MEASURES, CriterionOutcome.MET,
                    List.of(ReasonCode.MEASURES_PRESENT.with(live)));
        }
        CriterionReason none = cancelled > 0 ? ReasonCode.MEASURES_ALL_CANCELLED.with(cancelled)
                : ReasonCode.MEASURES_NONE.with();
        PolicyStatus status = policy.status();
        if (status != null && status.isBeingDeveloped()) {
            return result(CompletenessCriterion.OWN_DOCUMENT_WITH_MEASURES, CriterionOutcome.IN_PROCESS,
                    List.of(none, ReasonCode.POLICY_IN_DEVELOPMENT.with(status)));
        }
        return result(CompletenessCriterion.OWN_DOCUMENT_WITH_MEASURES, CriterionOutcome.NOT_MET, List.of(none));
    }

    static CriterionResult dialogue(Policy policy, ParticipatingOrganisations participants) {
        int organisations = participants.voluntaryOrganisationsAtLeast();
        int fields = participants.voluntaryIcnpoGroups();
        int minimum = CompletenessAssessment.MINIMUM_ORGANISATIONS;
        int minimumFields = CompletenessAssessment.MINIMUM_ICNPO_GROUPS;
        GroupWork groupWork = GroupWork.of(policy);
        // Members of groups count as dialogue whatever the outcome; the reason says so, after the deciding one.
        CriterionReason groups = groupWork.groups() == 0 ? null : ReasonCode.DIALOGUE_GROUPS.with(groupWork.groups(),
                groupWork.organisationRepresentatives(), groupWork.citizens(), groupWork.electedRepresentatives());

        List<CriterionReason> reasons = new ArrayList<>();
        if (organisations >= minimum) {
            reasons.add(ReasonCode.DIALOGUE_BROAD.with(organisations, minimum));
        }
        if (fields >= minimumFields) {
            reasons.add(ReasonCode.DIALOGUE_BROAD_FIELDS.with(fields, minimumFields));
        }
        if (!reasons.isEmpty()) {
            addIfPresent(reasons, groups);
            return result(CompletenessCriterion.DEVELOPED_IN_DIALOGUE, CriterionOutcome.MET, reasons);
        }

        int held = count(policy.events(), EventStatus.HELD);
        int inputs = policy.inputs().size();
        if (organisations > 0) {
            reasons.add(ReasonCode.DIALOGUE_NARROW.with(organisations, fields, minimum, minimumFields));
        } else if (held > 0 || inputs > 0 || groups != null) {
            reasons.add(ReasonCode.DIALOGUE_PARTICIPANTS_UNKNOWN.with(held, inputs, groupWork.groups()));
        }
        addIfPresent(reasons, groups);
        PolicyStatus status = policy.status();
        if (status != null && status.isBeingDeveloped()) {
            int planned = count(policy.events(), EventStatus.PLANNED);
            if (planned > 0) {
                reasons.add(ReasonCode.DIALOGUE_PLANNED.with(planned));
            }
            int underWay = groupsUnderWay(policy.referenceGroups());
            if (underWay > 0) {
                reasons.add(ReasonCode.DIALOGUE_GROUPS_UNDER_WAY.with(underWay));
            }
            if (!reasons.isEmpty() || DIALOGUE_UNDER_WAY.contains(status)) {
                reasons.add(ReasonCode.POLICY_IN_DEVELOPMENT.with(status));
                return result(CompletenessCriterion.DEVELOPED_IN_DIALOGUE, CriterionOutcome.IN_PROCESS, reasons);
            }
        }
        if (reasons.isEmpty()) {
            reasons.add(ReasonCode.DIALOGUE_NONE.with());
        }
        return result(CompletenessCriterion.DEVELOPED_IN_DIALOGUE, CriterionOutcome.NOT_MET, reasons);
    }

    private static void addIfPresent(List<CriterionReason> reasons, @Nullable CriterionReason reason) {
        if (reason != null) {
            reasons.add(reason);
        }
    }

    static CriterionResult adoption(Policy policy) {
        GoverningBody other = null;
        boolean adopted = false;
        for (Decision decision : policy.decisions()) {
            if (decision.kind() != DecisionKind.ADOPTION) {
                continue;
            }
            adopted = true;
            GoverningBody body = decision.body();
            if (body == null || body.kind() == null) {
                continue;
            }
            if (isPolitical(body)) {
                return result(CompletenessCriterion.POLITICALLY_ADOPTED, CriterionOutcome.MET,
                        List.of(bodyReason(ReasonCode.ADOPTION_POLITICAL, body)));
            }
            other = other == null ? body : other;
        }
        if (other != null) {
            return result(CompletenessCriterion.POLITICALLY_ADOPTED, CriterionOutcome.NOT_MET,
                    List.of(bodyReason(ReasonCode.ADOPTION_NOT_POLITICAL, other)));
        }
        if (adopted) {
            return result(CompletenessCriterion.POLITICALLY_ADOPTED, CriterionOutcome.NOT_MET,
                    List.of(ReasonCode.ADOPTION_BODY_UNKNOWN.with()));
        }
        List<CriterionReason> reasons = new ArrayList<>();
        reasons.add(ReasonCode.ADOPTION_NONE.with());
        PolicyStatus status = policy.status();
        if (status == null || !status.isBeforeAdoption()) {
            return result(CompletenessCriterion.POLITICALLY_ADOPTED, CriterionOutcome.NOT_MET, reasons);
        }
        for (Decision decision : policy.decisions()) {
            GoverningBody body = decision.body();
            if (decision.kind() == DecisionKind.MANDATE && body != null && isPolitical(body)) {
                reasons.add(bodyReason(ReasonCode.ADOPTION_MANDATE, body));
            }
        }
        reasons.add(ReasonCode.POLICY_IN_DEVELOPMENT.with(status));
        return result(CompletenessCriterion.POLITICALLY_ADOPTED, CriterionOutcome.IN_PROCESS, reasons);
    }

    private static boolean isPolitical(GoverningBody body) {
        return body.kind() != null && POLITICAL.contains(body.kind());
    }

    // A body without a name, which validation reports, is shown by its kind.
    private static CriterionReason bodyReason(ReasonCode code, GoverningBody body) {
        String name = body.name();
        Object shown = name == null || name.isBlank() ? body.kind() : name;
        return code.with(shown, body.kind());
    }

    private static int count(List<DialogueEvent> events, EventStatus status) {
        int count = 0;
        for (DialogueEvent event : events) {
            if (event.status() == status) {
                count++;
            }
        }
        return count;
    }

    private static int groupsUnderWay(List<ReferenceGroup> groups) {
        int count = 0;
        for (ReferenceGroup group : groups) {
            if (group.status() == GroupStatus.PROPOSED || group.status() == GroupStatus.ACTIVE) {
                count++;
            }
        }
        return count;
    }

    private static CriterionResult result(CompletenessCriterion criterion, CriterionOutcome outcome,
            List<CriterionReason> reasons) {
        return new CriterionResult(criterion, outcome, reasons);
    }
}
