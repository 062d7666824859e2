package io.github.frivillig.core.dataset;

import java.util.List;
import java.util.Objects;

import io.github.frivillig.core.policy.Policy;

/**
 * How a policy fares on Frivillighet Norge's three criteria for a complete local volunteer policy: an own document
 * <b>with measures</b>, <b>developed in dialogue</b> with a breadth of the voluntary sector, and <b>politically
 * adopted</b>.
 * <p>
 * Frivillighet Norge states the criteria in words; the thresholds below are Frivillig's reading of them, applied to
 * what a policy record holds. Each criterion is {@linkplain CriterionOutcome#MET met}, {@linkplain
 * CriterionOutcome#IN_PROCESS in process} or {@linkplain CriterionOutcome#NOT_MET not met}, with
 * {@linkplain CriterionReason reasons}. "In process" always means that the policy is still being developed: its
 * status is initiated, mapping, in dialogue, draft or consultation, or, for the first two criteria, under revision.
 * A record that does not show a criterion met never meets it: what a source leaves unsaid counts as not known.
 *
 * <h2>Own document with measures</h2>
 * Every {@link Policy} is a document of its own, so the criterion turns on the measures.
 * <ul>
 * <li>Met: at least one measure that is not cancelled ({@code measures.present}).</li>
 * <li>In process: none, and the policy is still being developed, so measures may yet come ({@code measures.none}
 *     or {@code measures.all-cancelled}, and {@code policy.in-development}).</li>
 * <li>Not met: none, and the policy is no longer being developed ({@code measures.none} or
 *     {@code measures.all-cancelled}). Principles, values and focus areas alone do not meet it.</li>
 * </ul>
 *
 * <h2>Developed in dialogue</h2>
 * Dialogue is held at events, given as inputs, and carried on in groups: the members of reference groups, task
 * committees, working groups and any other group that has been formed (any status but proposed) count as dialogue
 * when they come from outside the administration, as organisation representatives, citizens or elected
 * representatives, named as members or counted in the group's composition ({@code dialogue.groups}, given with
 * every outcome). Members of the municipality's staff are the municipality itself and do not count.
 * <p>
 * The dialogue is broad when, by the organisations that {@linkplain ParticipatingOrganisations took part}, at least
 * {@value #MINIMUM_ORGANISATIONS} voluntary organisations are known to have taken part, by name, by a count at one
 * held event, or as represented in one group ({@link ParticipatingOrganisations#voluntaryOrganisationsAtLeast()}),
 * or the named voluntary organisations and the fields that groups' organisation seats represent cover at least
 * {@value #MINIMUM_ICNPO_GROUPS} ICNPO groups ({@link ParticipatingOrganisations#voluntaryIcnpoGroups()}). Ten is
 * more than the handful of partners a municipality meets in its ordinary cooperation, and within reach of the
 * smallest municipality's associations; three ICNPO groups (culture, social services and sport, say) show a breadth
 * of fields even where few organisations came. Counts are taken as counts of voluntary organisations, since that is
 * what sources count ("45 associations took part", "5 representatives of the associations"); where a source gives
 * only registrations for an event that was held, they are taken as its turnout. Citizens and elected
 * representatives are dialogue, but not the breadth of the voluntary sector that the criterion asks for.
 * <ul>
 * <li>Met: the dialogue is broad ({@code dialogue.broad}, {@code dialogue.broad-fields}, or both, then
 *     {@code dialogue.groups} if groups took part).</li>
 * <li>In process: not broad, the policy is still being developed, and dialogue has taken place or is under way:
 *     events held or planned, inputs received, groups at work or proposed, or the status in dialogue or
 *     consultation ({@code dialogue.narrow} or {@code dialogue.participants-unknown}, {@code dialogue.groups},
 *     {@code dialogue.planned}, {@code dialogue.groups-under-way}, as they apply, and
 *     {@code policy.in-development}).</li>
 * <li>Not met: otherwise ({@code dialogue.narrow} or {@code dialogue.participants-unknown}, and
 *     {@code dialogue.groups}, if some dialogue is recorded; {@code dialogue.none} if none is).</li>
 * </ul>
 *
 * <h2>Politically adopted</h2>
 * A political body is the municipal council, the executive committee or a standing committee. The mayor, the chief
 * executive and the administration are not.
 * <ul>
 * <li>Met: an adoption decision by a political body ({@code adoption.political}).</li>
 * <li>Not met, although adopted: every adoption decision is by a body that is not political
 *     ({@code adoption.not-political}), or its body is not recorded ({@code adoption.body-unknown}); an adoption
 *     whose body is unknown cannot be shown to be political.</li>
 * <li>In process: no adoption decision, and the policy is before adoption ({@code adoption.none},
 *     {@code adoption.mandate} for each mandate from a political body, and {@code policy.in-development}).</li>
 * <li>Not met: no adoption decision otherwise ({@code adoption.none}).</li>
 * </ul>
 *
 * <h2>Reason codes and their arguments</h2>
 * <table class="striped">
 * <caption>Reasons</caption>
 * <thead><tr><th>code</th><th>arguments</th></tr></thead>
 * <tbody>
 * <tr><td>{@code policy.in-development}</td><td>{@code status}: the policy status code</td></tr>
 * <tr><td>{@code measures.present}</td><td>{@code measures}: the measures not cancelled</td></tr>
 * <tr><td>{@code measures.none}</td><td>none</td></tr>
 * <tr><td>{@code measures.all-cancelled}</td><td>{@code cancelled}: the measures, all cancelled</td></tr>
 * <tr><td>{@code dialogue.broad}</td><td>{@code organisations}: the voluntary organisations known to have taken
 *     part; {@code minimum}: {@value #MINIMUM_ORGANISATIONS}</td></tr>
 * <tr><td>{@code dialogue.broad-fields}</td><td>{@code fields}: the ICNPO groups of the named voluntary
 *     organisations; {@code minimumFields}: {@value #MINIMUM_ICNPO_GROUPS}</td></tr>
 * <tr><td>{@code dialogue.narrow}</td><td>{@code organisations}, {@code fields}, {@code minimum},
 *     {@code minimumFields}, as above</td></tr>
 * <tr><td>{@code dialogue.participants-unknown}</td><td>{@code heldEvents}: the events held; {@code inputs}: the
 *     inputs received; {@code groups}: the groups that took part, as for {@code dialogue.groups}</td></tr>
 * <tr><td>{@code dialogue.groups}</td><td>{@code groups}: the groups that took part; {@code
 *     organisationRepresentatives}, {@code citizens}, {@code electedRepresentatives}: the fewest members of each
 *     kind in them, named or counted (a count at its lower bound, seats without a number as one)</td></tr>
 * <tr><td>{@code dialogue.planned}</td><td>{@code plannedEvents}: the events planned</td></tr>
 * <tr><td>{@code dialogue.groups-under-way}</td><td>{@code groups}: the groups proposed or active</td></tr>
 * <tr><td>{@code dialogue.none}</td><td>none</td></tr>
 * <tr><td>{@code adoption.political}, {@code adoption.not-political}, {@code adoption.mandate}</td>
 *     <td>{@code body}: the body's name (its kind if it has none); {@code bodyKind}: the governing body kind
 *     code</td></tr>
 * <tr><td>{@code adoption.body-unknown}, {@code adoption.none}</td><td>none</td></tr>
 * </tbody>
 * </table>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param ownDocumentWithMeasures  the outcome of {@link CompletenessCriterion#OWN_DOCUMENT_WITH_MEASURES}
 * @param developedInDialogue  the outcome of {@link CompletenessCriterion#DEVELOPED_IN_DIALOGUE}
 * @param politicallyAdopted  the outcome of {@link CompletenessCriterion#POLITICALLY_ADOPTED}
 */
public record CompletenessAssessment(CriterionResult ownDocumentWithMeasures, CriterionResult developedInDialogue,
        CriterionResult politicallyAdopted) {

    /** The number of voluntary organisations known to have taken part that makes a dialogue broad. */
    public static final int MINIMUM_ORGANISATIONS = 10;

    /** The number of ICNPO groups among the named voluntary organisations that makes a dialogue broad. */
    public static final int MINIMUM_ICNPO_GROUPS = 3;

    /**
     * Creates an assessment.
     *
     * @throws IllegalArgumentException if a result is of another criterion than its place says
     */
    public CompletenessAssessment {
        requireCriterion(ownDocumentWithMeasures, CompletenessCriterion.OWN_DOCUMENT_WITH_MEASURES);
        requireCriterion(developedInDialogue, CompletenessCriterion.DEVELOPED_IN_DIALOGUE);
        requireCriterion(politicallyAdopted, CompletenessCriterion.POLITICALLY_ADOPTED);
    }

    /**
     * Assesses a policy against the three criteria.
     *
     * @param policy  the policy, not null
     * @return the assessment, not null
     */
    public static CompletenessAssessment of(Policy policy) {
        Objects.requireNonNull(policy, "policy");
        return of(policy, ParticipatingOrganisations.of(policy));
    }

    static CompletenessAssessment of(Policy policy, ParticipatingOrganisations participants) {
        return new CompletenessAssessment(CompletenessRules.measures(policy),
                CompletenessRules.dialogue(policy, participants), CompletenessRules.adoption(policy));
    }

    /**
     * Returns the three results in the order of {@link CompletenessCriterion}.
     *
     * @return the results, not null
     */
    public List<CriterionResult> results() {
        return List.of(ownDocumentWithMeasures, developedInDialogue, politicallyAdopted);
    }

    /**
     * Returns the result of one criterion.
     *
     * @param criterion  the criterion, not null
     * @return its result, not null
     */
    public CriterionResult result(CompletenessCriterion criterion) {
        return switch (Objects.requireNonNull(criterion, "criterion")) {
            case OWN_DOCUMENT_WITH_MEASURES -> ownDocumentWithMeasures;
            case DEVELOPED_IN_DIALOGUE -> developedInDialogue;
            case POLITICALLY_ADOPTED -> politicallyAdopted;
        };
    }

    /**
     * Checks whether the policy meets all three criteria.
     *
     * @return true if every criterion is met
     */
    public boolean isComplete() {
        return results().stream().allMatch(result -> result.outcome() == CriterionOutcome.MET);
    }

    private static void requireCriterion(CriterionResult result, CompletenessCriterion criterion) {
        Objects.requireNonNull(result, criterion.code());
        if (result.criterion() != criterion) {
            throw new IllegalArgumentException("Expected a result of '" + criterion.code() + "', not of '"
                    + result.criterion().code() + "'");
        }
    }
}
