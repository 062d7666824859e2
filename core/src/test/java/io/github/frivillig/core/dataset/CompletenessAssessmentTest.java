package io.github.frivillig.core.dataset;

import static io.github.frivillig.core.fixtures.TestPolicies.id;
import static io.github.frivillig.core.fixtures.TestPolicies.text;
import static io.github.frivillig.core.fixtures.TestPolicies.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.github.frivillig.core.code.IcnpoCode;
import io.github.frivillig.core.dialogue.DialogueEvent;
import io.github.frivillig.core.dialogue.DialogueInput;
import io.github.frivillig.core.dialogue.Disposition;
import io.github.frivillig.core.dialogue.EventKind;
import io.github.frivillig.core.dialogue.EventStatus;
import io.github.frivillig.core.dialogue.InputKind;
import io.github.frivillig.core.dialogue.Participation;
import io.github.frivillig.core.organisation.GroupKind;
import io.github.frivillig.core.organisation.GroupMember;
import io.github.frivillig.core.organisation.GroupStatus;
import io.github.frivillig.core.organisation.MemberRole;
import io.github.frivillig.core.organisation.Organisation;
import io.github.frivillig.core.organisation.OrganisationKind;
import io.github.frivillig.core.organisation.ReferenceGroup;
import io.github.frivillig.core.organisation.Seats;
import io.github.frivillig.core.policy.Decision;
import io.github.frivillig.core.policy.DecisionKind;
import io.github.frivillig.core.policy.GoverningBody;
import io.github.frivillig.core.policy.GoverningBodyKind;
import io.github.frivillig.core.policy.Measure;
import io.github.frivillig.core.policy.MeasureStatus;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.policy.PolicyStatus;
import io.github.frivillig.core.value.Count;
import io.github.frivillig.core.value.PartialDate;
import io.github.frivillig.core.value.Person;

/**
 * Each branch of the three completeness criteria, on the small valid policy of the test fixtures with one thing
 * changed. That policy is adopted by the municipal council, has one planned measure, and one held café dialogue
 * organised by the municipality alone, with one implemented input.
 */
class CompletenessAssessmentTest {

    private static CompletenessAssessment assess(Policy.Builder policy) {
        return CompletenessAssessment.of(policy.build());
    }

    private static void assertOutcome(CriterionResult result, CriterionOutcome outcome, String... reasonCodes) {
        assertThat(result.outcome()).as(result.criterion().code()).isEqualTo(outcome);
        assertThat(result.reasonCodes()).as(result.criterion().code()).containsExactly(reasonCodes);
    }

    private static Measure measure(String id, MeasureStatus status) {
        return Measure.builder().id(id(id)).title(text(id)).status(status).build();
    }

    private static Organisation organisation(String id, OrganisationKind kind, IcnpoCode... icnpo) {
        return Organisation.builder().id(id(id)).name(id).kind(kind).icnpo(List.of(icnpo)).build();
    }

    /** A policy whose only dialogue is one event, with the given status, attended by the given organisations. */
    private static Policy.Builder withEvent(EventStatus status, List<Organisation> organisations) {
        Participation.Builder participation = Participation.builder();
        organisations.forEach(organisation -> participation.addOrganisation(organisation.id()));
        return valid()
                .inputs(List.of())
                .organisations(organisations)
                .events(List.of(DialogueEvent.builder().id(id("meeting")).kind(EventKind.DIALOGUE_MEETING)
                        .status(status).date(PartialDate.of(2024, 3, 14)).participation(participation.build())
                        .build()));
    }

    private static List<Organisation> associations(int count) {
        List<Organisation> associations = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            associations.add(organisation("lag-" + i, OrganisationKind.VOLUNTARY_ASSOCIATION));
        }
        return associations;
    }

    private static ReferenceGroup group(GroupKind kind, GroupStatus status, Seats... composition) {
        return ReferenceGroup.builder().id(id("gruppe-" + kind.code())).name(text("Gruppe")).kind(kind).status(status)
                .composition(List.of(composition)).build();
    }

    private static Seats seats(GroupMember.Type category, Count count) {
        return Seats.builder().category(category).count(count).build();
    }

    private static Decision adoptionBy(GoverningBodyKind kind, String name) {
        return Decision.builder().kind(DecisionKind.ADOPTION).body(GoverningBody.of(kind, name)).build();
    }

    // --- Own document with measures --------------------------------------------------------------------------------

    @Test
    void measuresAreMetByMeasuresThatAreNotCancelled() {
        CompletenessAssessment assessment = assess(valid().measures(List.of(
                measure("a", MeasureStatus.PLANNED), measure("b", MeasureStatus.CANCELLED),
                measure("c", MeasureStatus.COMPLETED))));

        assertOutcome(assessment.ownDocumentWithMeasures(), CriterionOutcome.MET, "measures.present");
        assertThat(assessment.ownDocumentWithMeasures().reasons().get(0).arguments()).containsEntry("measures", "2");
    }

    @Test
    void measuresAreNotMetWhenEveryMeasureOfAnAdoptedPolicyIsCancelled() {
        CompletenessAssessment assessment = assess(valid().measures(List.of(
                measure("a", MeasureStatus.CANCELLED), measure("b", MeasureStatus.CANCELLED))));

        assertOutcome(assessment.ownDocumentWithMeasures(), CriterionOutcome.NOT_MET, "measures.all-cancelled");
        assertThat(assessment.ownDocumentWithMeasures().reasons().get(0).message(Locale.ENGLISH))
                .isEqualTo("Every measure of the policy is cancelled (2).");
    }

    @ParameterizedTest
    @EnumSource(value = PolicyStatus.class, names = {"INITIATED", "MAPPING", "IN_DIALOGUE", "DRAFT", "CONSULTATION",
        "UNDER_REVISION"})
    void measuresAreInProcessWhileThePolicyIsBeingDeveloped(PolicyStatus status) {
        CompletenessAssessment assessment = assess(valid().status(status).measures(List.of()));

        assertOutcome(assessment.ownDocumentWithMeasures(), CriterionOutcome.IN_PROCESS, "measures.none",
                "policy.in-development");
        assertThat(assessment.ownDocumentWithMeasures().reasons().get(1).arguments())
                .containsEntry("status", status.code());
    }

    @ParameterizedTest
    @EnumSource(value = PolicyStatus.class, names = {"ADOPTED", "SUPERSEDED", "REPEALED"})
    void measuresAreNotMetOnceThePolicyIsNoLongerDeveloped(PolicyStatus status) {
        assertOutcome(assess(valid().status(status).measures(List.of())).ownDocumentWithMeasures(),
                CriterionOutcome.NOT_MET, "measures.none");
    }

    @Test
    void measuresAreNotMetWhenTheStatusIsMissing() {
        assertOutcome(assess(valid().status(null).measures(List.of())).ownDocumentWithMeasures(),
                CriterionOutcome.NOT_MET, "measures.none");
    }

    // --- Developed in dialogue -------------------------------------------------------------------------------------

    @Test
    void dialogueIsMetByTenNamedAssociationsAtAHeldEvent() {
        CompletenessAssessment assessment = assess(withEvent(EventStatus.HELD, associations(10)));

        assertOutcome(assessment.developedInDialogue(), CriterionOutcome.MET, "dialogue.broad");
        assertThat(assessment.developedInDialogue().reasons().get(0).arguments())
                .containsExactly(Map.entry("organisations", "10"), Map.entry("minimum", "10"));
    }

    @Test
    void dialogueIsNotMetByNineNamedAssociations() {
        CompletenessAssessment assessment = assess(withEvent(EventStatus.HELD, associations(9)));

        assertOutcome(assessment.developedInDialogue(), CriterionOutcome.NOT_MET, "dialogue.narrow");
        assertThat(assessment.developedInDialogue().reasons().get(0).arguments()).containsExactly(
                Map.entry("organisations", "9"), Map.entry("fields", "0"), Map.entry("minimum", "10"),
                Map.entry("minimumFields", "3"));
    }

    @ParameterizedTest
    @EnumSource(value = EventStatus.class, names = {"PLANNED", "CANCELLED"})
    void dialogueIsNotMetByAssociationsAtAnEventThatDidNotTakePlace(EventStatus status) {
        CompletenessAssessment assessment = assess(withEvent(status, associations(12)));

        assertOutcome(assessment.developedInDialogue(), CriterionOutcome.NOT_MET, "dialogue.none");
    }

    @Test
    void dialogueIsNotMetByPublicBodiesOrOrganisationsOfUnknownKind() {
        List<Organisation> organisations = new ArrayList<>();
        for (OrganisationKind kind : List.of(OrganisationKind.MUNICIPALITY, OrganisationKind.MUNICIPAL_UNIT,
                OrganisationKind.POLITICAL_BODY, OrganisationKind.PUBLIC_AGENCY,
                OrganisationKind.RESEARCH_INSTITUTION, OrganisationKind.BUSINESS, OrganisationKind.OTHER)) {
            organisations.add(organisation(kind.code() + "-a", kind));
            organisations.add(organisation(kind.code() + "-b", kind));
        }

        CompletenessAssessment assessment = assess(withEvent(EventStatus.HELD, organisations));

        assertOutcome(assessment.developedInDialogue(), CriterionOutcome.NOT_MET, "dialogue.participants-unknown");
    }

    @Test
    void dialogueIsMetByAssociationsFromThreeIcnpoGroupsThoughFew() {
        // Sport (subgroup of group 1), social services (group 4) and advocacy (subgroup of group 7).
        CompletenessAssessment assessment = assess(withEvent(EventStatus.HELD, List.of(
                organisation("idrettslaget", OrganisationKind.VOLUNTARY_ASSOCIATION, IcnpoCode.SUBGROUP_1_200),
                organisation("sanitetslaget", OrganisationKind.VOLUNTARY_ASSOCIATION, IcnpoCode.GROUP_4),
                organisation("pensjonistforeningen", OrganisationKind.VOLUNTARY_ASSOCIATION,
                        IcnpoCode.SUBGROUP_7_100, IcnpoCode.SUBGROUP_1_300))));

        assertOutcome(assessment.developedInDialogue(), CriterionOutcome.MET, "dialogue.broad-fields");
        assertThat(assessment.developedInDialogue().reasons().get(0).arguments())
                .containsExactly(Map.entry("fields", "3"), Map.entry("minimumFields", "3"));
    }

    @Test
    void dialogueIsNotMetByTwoIcnpoGroupsEvenWithSeveralSubgroups() {
        CompletenessAssessment assessment = assess(withEvent(EventStatus.HELD, List.of(
                organisation("korps", OrganisationKind.VOLUNTARY_ASSOCIATION, IcnpoCode.SUBGROUP_1_100),
                organisation("idrettslag", OrganisationKind.VOLUNTARY_ASSOCIATION, IcnpoCode.SUBGROUP_1_200),
                organisation("sanitetslag", OrganisationKind.VOLUNTARY_ASSOCIATION, IcnpoCode.SUBGROUP_4_100))));

        assertOutcome(assessment.developedInDialogue(), CriterionOutcome.NOT_MET, "dialogue.narrow");
        assertThat(assessment.developedInDialogue().reasons().get(0).arguments()).containsEntry("fields", "2");
    }

    @Test
    void dialogueGivesBothReasonsWhenBothWaysAreMet() {
        List<Organisation> organisations = associations(8);
        organisations.add(organisation("kor", OrganisationKind.VOLUNTARY_ASSOCIATION, IcnpoCode.GROUP_1));
        organisations.add(organisation("kirken", OrganisationKind.RELIGIOUS_COMMUNITY, IcnpoCode.GROUP_10));
        organisations.add(organisation("sentralen", OrganisationKind.VOLUNTEER_CENTRE, IcnpoCode.SUBGROUP_8_200));

        assertOutcome(assess(withEvent(EventStatus.HELD, organisations)).developedInDialogue(),
                CriterionOutcome.MET, "dialogue.broad", "dialogue.broad-fields");
    }

    @Test
    void dialogueIsMetByACountOfOrganisationsAndUsesItsLowerBound() {
        Policy.Builder policy = valid().events(List.of(DialogueEvent.builder().id(id("konferanse"))
                .kind(EventKind.CONFERENCE).status(EventStatus.HELD)
                .participation(Participation.builder().organisationCount(Count.moreThan(9))
                        .registeredOrganisations(Count.exactly(3)).build())
                .build()));

        CriterionResult dialogue = assess(policy).developedInDialogue();

        // "More than 9" is at least 10; the count of those that came wins over the registrations.
        assertOutcome(dialogue, CriterionOutcome.MET, "dialogue.broad");
        assertThat(dialogue.reasons().get(0).arguments()).containsEntry("organisations", "10");
    }

    @Test
    void dialogueDoesNotAddTheCountsOfSeveralEvents() {
        // Six organisations at each of two meetings may be the same six.
        DialogueEvent first = DialogueEvent.builder().id(id("first")).kind(EventKind.DIALOGUE_MEETING)
                .status(EventStatus.HELD).participation(Participation.builder()
                        .organisationCount(Count.exactly(6)).build()).build();
        DialogueEvent second = first.toBuilder().id(id("second")).build();

        CriterionResult dialogue = assess(valid().events(List.of(first, second))).developedInDialogue();

        assertOutcome(dialogue, CriterionOutcome.NOT_MET, "dialogue.narrow");
        assertThat(dialogue.reasons().get(0).arguments()).containsEntry("organisations", "6");
    }

    @Test
    void dialogueCountsInputSubmittersAndGroupMembers() {
        List<Organisation> organisations = associations(10);
        List<DialogueInput> inputs = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            inputs.add(DialogueInput.builder().id(id("innspill-" + i)).kind(InputKind.PROPOSAL).text(text("Forslag"))
                    .addSubmittedBy(id("lag-" + i)).disposition(Disposition.RECEIVED).build());
        }
        ReferenceGroup group = ReferenceGroup.builder().id(id("gruppe")).name(text("Referansegruppe"))
                .kind(GroupKind.REFERENCE_GROUP).status(GroupStatus.ACTIVE)
                .members(List.of(
                        GroupMember.OrganisationRepresentative.of(id("lag-5"), null, MemberRole.CHAIR),
                        GroupMember.OrganisationRepresentative.of(id("lag-6"), null, MemberRole.MEMBER),
                        GroupMember.OrganisationRepresentative.of(id("lag-7"), null, MemberRole.MEMBER),
                        GroupMember.OrganisationRepresentative.of(id("lag-8"), null, MemberRole.MEMBER),
                        GroupMember.OrganisationRepresentative.of(id("lag-9"), null, MemberRole.MEMBER),
                        GroupMember.OrganisationRepresentative.of(id("lag-10"), null, MemberRole.MEMBER)))
                .build();

        CriterionResult dialogue = assess(valid().events(List.of()).organisations(organisations).inputs(inputs)
                .referenceGroups(List.of(group))).developedInDialogue();

        // Five submitters and six members, lag-5 in both: ten distinct associations. The group's members count as
        // dialogue, and the reason says so.
        assertOutcome(dialogue, CriterionOutcome.MET, "dialogue.broad", "dialogue.groups");
        assertThat(dialogue.reasons().get(0).arguments()).containsEntry("organisations", "10");
        assertThat(dialogue.reasons().get(1).arguments()).containsExactly(Map.entry("groups", "1"),
                Map.entry("organisationRepresentatives", "6"), Map.entry("citizens", "0"),
                Map.entry("electedRepresentatives", "0"));
    }

    @Test
    void dialogueIsMetByTheCountedOrganisationSeatsOfAWorkingGroup() {
        // "A working group of twelve representatives of the associations", none of them named.
        ReferenceGroup group = group(GroupKind.WORKING_GROUP, GroupStatus.DISSOLVED,
                seats(GroupMember.Type.ORGANISATION_REPRESENTATIVE, Count.exactly(12)));

        CriterionResult dialogue = assess(valid().events(List.of()).inputs(List.of())
                .referenceGroups(List.of(group))).developedInDialogue();

        assertOutcome(dialogue, CriterionOutcome.MET, "dialogue.broad", "dialogue.groups");
        assertThat(dialogue.reasons().get(0).arguments()).containsEntry("organisations", "12");
        assertThat(dialogue.reasons().get(1).message(Locale.ENGLISH)).isEqualTo("The members of reference groups, "
                + "task committees, working groups and other groups count as dialogue. Groups: 1; members, at least: "
                + "organisation representatives: 12, citizens: 0, elected representatives: 0.");
    }

    @Test
    void dialogueIsMetByTheFieldsThatAGroupsSeatsRepresentThoughTheyAreNotCounted() {
        // "A representative from each of sports, social services and the congregations": three ICNPO groups.
        ReferenceGroup group = group(GroupKind.REFERENCE_GROUP, GroupStatus.ACTIVE,
                Seats.builder().category(GroupMember.Type.ORGANISATION_REPRESENTATIVE)
                        .icnpo(List.of(IcnpoCode.SUBGROUP_1_200, IcnpoCode.SUBGROUP_4_100, IcnpoCode.GROUP_10))
                        .build());

        CriterionResult dialogue = assess(valid().events(List.of()).inputs(List.of())
                .referenceGroups(List.of(group))).developedInDialogue();

        assertOutcome(dialogue, CriterionOutcome.MET, "dialogue.broad-fields", "dialogue.groups");
        assertThat(dialogue.reasons().get(0).arguments()).containsEntry("fields", "3");
        // Seats without a number stand for one member at least.
        assertThat(dialogue.reasons().get(1).arguments()).containsEntry("organisationRepresentatives", "1");
    }

    @Test
    void aTaskCommitteeOfCitizensAndElectedMembersIsDialogueButNotTheBreadthOfTheVoluntarySector() {
        // "An oppgaveutvalg of 5 elected members and 9 citizens", and the volunteer coordinator as its secretary.
        ReferenceGroup committee = group(GroupKind.TASK_COMMITTEE, GroupStatus.DISSOLVED,
                seats(GroupMember.Type.ELECTED_REPRESENTATIVE, Count.exactly(5)),
                seats(GroupMember.Type.CITIZEN, Count.exactly(9)),
                seats(GroupMember.Type.MUNICIPAL_STAFF, Count.exactly(1)));

        CriterionResult dialogue = assess(valid().events(List.of()).inputs(List.of())
                .referenceGroups(List.of(committee))).developedInDialogue();

        // Adopted, and no voluntary organisation named or counted: not met, but not "no dialogue" either.
        assertOutcome(dialogue, CriterionOutcome.NOT_MET, "dialogue.participants-unknown", "dialogue.groups");
        assertThat(dialogue.reasons().get(0).arguments()).containsExactly(Map.entry("heldEvents", "0"),
                Map.entry("inputs", "0"), Map.entry("groups", "1"));
        assertThat(dialogue.reasons().get(1).message(Locale.forLanguageTag("nn"))).isEqualTo("Medlemene i "
                + "referansegrupper, oppgåveutval, arbeidsgrupper og andre grupper vert rekna som dialog. Grupper: 1; "
                + "medlemer, minst: organisasjonsrepresentantar: 0, innbyggjarar: 9, folkevalde: 5.");
    }

    @Test
    void namedCitizensOfAGroupAtWorkPutAPolicyInDevelopmentInProcess() {
        ReferenceGroup panel = group(GroupKind.CITIZEN_PANEL, GroupStatus.ACTIVE).toBuilder()
                .addMember(GroupMember.Citizen.of(Person.builder().name("Kari").build(), MemberRole.MEMBER))
                .addMember(GroupMember.Citizen.of(Person.builder().name("Ola").build(), MemberRole.CHAIR))
                .build();

        CriterionResult dialogue = assess(valid().status(PolicyStatus.DRAFT).events(List.of()).inputs(List.of())
                .referenceGroups(List.of(panel))).developedInDialogue();

        assertOutcome(dialogue, CriterionOutcome.IN_PROCESS, "dialogue.participants-unknown", "dialogue.groups",
                "dialogue.groups-under-way", "policy.in-development");
        assertThat(dialogue.reasons().get(1).arguments()).containsEntry("citizens", "2");
    }

    @Test
    void aProposedGroupAGroupOfStaffAndSeatsOfNoneAreNoDialogue() {
        List<ReferenceGroup> groups = List.of(
                group(GroupKind.REFERENCE_GROUP, GroupStatus.PROPOSED,
                        seats(GroupMember.Type.ORGANISATION_REPRESENTATIVE, Count.exactly(15))),
                group(GroupKind.PROJECT_GROUP, GroupStatus.ACTIVE,
                        seats(GroupMember.Type.MUNICIPAL_STAFF, Count.exactly(4))).toBuilder()
                        .addMember(GroupMember.MunicipalStaff.of(null, null, MemberRole.CHAIR)).build(),
                group(GroupKind.WORKING_GROUP, GroupStatus.ACTIVE, seats(GroupMember.Type.CITIZEN, Count.exactly(0))));

        CriterionResult dialogue = assess(valid().events(List.of()).inputs(List.of()).referenceGroups(groups))
                .developedInDialogue();

        assertOutcome(dialogue, CriterionOutcome.NOT_MET, "dialogue.none");
    }

    @Test
    void dialogueIsNotMetWhenTheHeldDialogueNamesNoVoluntaryOrganisation() {
        // The valid policy: a café dialogue organised by the municipality, one input, adopted.
        CriterionResult dialogue = assess(valid()).developedInDialogue();

        assertOutcome(dialogue, CriterionOutcome.NOT_MET, "dialogue.participants-unknown");
        assertThat(dialogue.reasons().get(0).message(Locale.ENGLISH)).isEqualTo("Dialogue is recorded (events held: "
                + "1; inputs: 1; groups with members from outside the administration: 0), but no voluntary "
                + "organisation taking part is named or counted.");
    }

    @Test
    void dialogueIsInProcessWithANarrowDialoguePlannedEventsAndAProposedGroup() {
        Policy.Builder policy = withEvent(EventStatus.HELD, associations(4))
                .status(PolicyStatus.DRAFT)
                .addEvent(DialogueEvent.builder().id(id("neste")).kind(EventKind.CAFE_DIALOGUE)
                        .status(EventStatus.PLANNED).build())
                .addReferenceGroups(ReferenceGroup.builder().id(id("gruppe")).name(text("Innspillgruppe"))
                        .kind(GroupKind.INPUT_GROUP).status(GroupStatus.PROPOSED).build(),
                        ReferenceGroup.builder().id(id("gammel")).name(text("Gammel gruppe"))
                                .kind(GroupKind.INPUT_GROUP).status(GroupStatus.DISSOLVED).build());

        CriterionResult dialogue = assess(policy).developedInDialogue();

        assertOutcome(dialogue, CriterionOutcome.IN_PROCESS, "dialogue.narrow", "dialogue.planned",
                "dialogue.groups-under-way", "policy.in-development");
        assertThat(dialogue.reasons().get(1).arguments()).containsEntry("plannedEvents", "1");
        assertThat(dialogue.reasons().get(2).arguments()).containsEntry("groups", "1");
    }

    @Test
    void dialogueIsInProcessForAPolicyInDialogueWithNothingRecordedYet() {
        CriterionResult dialogue = assess(valid().status(PolicyStatus.IN_DIALOGUE).events(List.of()).inputs(List.of()))
                .developedInDialogue();

        assertOutcome(dialogue, CriterionOutcome.IN_PROCESS, "policy.in-development");
    }

    @Test
    void dialogueIsNotMetForAnInitiatedPolicyWithNoDialogueYet() {
        CriterionResult dialogue = assess(valid().status(PolicyStatus.INITIATED).events(List.of()).inputs(List.of()))
                .developedInDialogue();

        assertOutcome(dialogue, CriterionOutcome.NOT_MET, "dialogue.none");
    }

    // --- Politically adopted ---------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(value = GoverningBodyKind.class, names = {"MUNICIPAL_COUNCIL", "EXECUTIVE_COMMITTEE",
        "STANDING_COMMITTEE"})
    void adoptionByAPoliticalBodyIsMet(GoverningBodyKind kind) {
        CriterionResult adoption = assess(valid().decisions(List.of(adoptionBy(kind, "Organet"))))
                .politicallyAdopted();

        assertOutcome(adoption, CriterionOutcome.MET, "adoption.political");
        assertThat(adoption.reasons().get(0).arguments())
                .containsExactly(Map.entry("body", "Organet"), Map.entry("bodyKind", kind.code()));
    }

    @ParameterizedTest
    @EnumSource(value = GoverningBodyKind.class, names = {"MAYOR", "CHIEF_EXECUTIVE", "ADMINISTRATION"})
    void adoptionByABodyThatIsNotPoliticalIsNotMet(GoverningBodyKind kind) {
        CriterionResult adoption = assess(valid().decisions(List.of(adoptionBy(kind, "Kommunedirektøren"))))
                .politicallyAdopted();

        assertOutcome(adoption, CriterionOutcome.NOT_MET, "adoption.not-political");
        assertThat(adoption.reasons().get(0).arguments()).containsEntry("bodyKind", kind.code());
    }

    @Test
    void adoptionWithoutABodyIsNotMetUnlessAnotherAdoptionIsByAPoliticalBody() {
        Decision unknown = Decision.builder().kind(DecisionKind.ADOPTION).date(PartialDate.ofYear(2020)).build();
        Decision byAdministration = adoptionBy(GoverningBodyKind.ADMINISTRATION, "Kulturetaten");

        assertOutcome(assess(valid().decisions(List.of(unknown))).politicallyAdopted(), CriterionOutcome.NOT_MET,
                "adoption.body-unknown");
        // A body that is known but not political says more than an unknown one.
        assertOutcome(assess(valid().decisions(List.of(unknown, byAdministration))).politicallyAdopted(),
                CriterionOutcome.NOT_MET, "adoption.not-political");
        assertOutcome(assess(valid().decisions(List.of(unknown, byAdministration,
                adoptionBy(GoverningBodyKind.MUNICIPAL_COUNCIL, "Bystyret")))).politicallyAdopted(),
                CriterionOutcome.MET, "adoption.political");
    }

    @Test
    void adoptionIsInProcessBeforeAdoptionAndNamesOnlyPoliticalMandates() {
        Decision councilMandate = Decision.builder().kind(DecisionKind.MANDATE)
                .body(GoverningBody.of(GoverningBodyKind.EXECUTIVE_COMMITTEE, "Formannskapet")).build();
        Decision administrativeMandate = Decision.builder().kind(DecisionKind.MANDATE)
                .body(GoverningBody.of(GoverningBodyKind.CHIEF_EXECUTIVE, "Kommunedirektøren")).build();

        CriterionResult adoption = assess(valid().status(PolicyStatus.CONSULTATION)
                .decisions(List.of(administrativeMandate, councilMandate))).politicallyAdopted();

        assertOutcome(adoption, CriterionOutcome.IN_PROCESS, "adoption.none", "adoption.mandate",
                "policy.in-development");
        assertThat(adoption.reasons().get(1).message(Locale.forLanguageTag("nn")))
                .isEqualTo("Arbeidet har eit politisk mandat frå Formannskapet (Formannskap).");
    }

    @ParameterizedTest
    @EnumSource(value = PolicyStatus.class, names = {"ADOPTED", "UNDER_REVISION", "SUPERSEDED", "REPEALED"})
    void adoptionIsNotMetWhenAnAdoptedStatusHasNoAdoptionDecision(PolicyStatus status) {
        assertOutcome(assess(valid().status(status).decisions(List.of())).politicallyAdopted(),
                CriterionOutcome.NOT_MET, "adoption.none");
    }

    @Test
    void aBodyWithoutANameIsShownByItsKind() {
        CriterionResult adoption = assess(valid().decisions(List.of(Decision.builder().kind(DecisionKind.ADOPTION)
                .body(new GoverningBody(GoverningBodyKind.MUNICIPAL_COUNCIL, null)).build()))).politicallyAdopted();

        assertThat(adoption.reasons().get(0).arguments()).containsEntry("body", "municipal-council");
        assertThat(adoption.reasons().get(0).message(Locale.forLanguageTag("sv")))
                .isEqualTo("Antagen av Kommunfullmäktige (Kommunfullmäktige), ett politiskt organ.");
    }

    // --- The assessment as a whole ---------------------------------------------------------------------------------

    @Test
    void isCompleteWhenAllThreeCriteriaAreMet() {
        CompletenessAssessment assessment = assess(withEvent(EventStatus.HELD, associations(10)));

        assertThat(assessment.results()).extracting(CriterionResult::outcome).containsOnly(CriterionOutcome.MET);
        assertThat(assessment.isComplete()).isTrue();
        assertThat(assess(valid()).isComplete()).isFalse();
    }

    @Test
    void findsTheResultOfEachCriterion() {
        CompletenessAssessment assessment = assess(valid());

        for (CompletenessCriterion criterion : CompletenessCriterion.values()) {
            assertThat(assessment.result(criterion).criterion()).isEqualTo(criterion);
        }
        assertThat(assessment.results()).extracting(CriterionResult::criterion)
                .containsExactly(CompletenessCriterion.values());
    }

    @Test
    void rejectsAResultInTheWrongPlaceAndAResultWithoutReasons() {
        CompletenessAssessment assessment = assess(valid());

        assertThatThrownBy(() -> new CompletenessAssessment(assessment.developedInDialogue(),
                assessment.developedInDialogue(), assessment.politicallyAdopted()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("own-document-with-measures");
        assertThatThrownBy(() -> new CriterionResult(CompletenessCriterion.POLITICALLY_ADOPTED,
                CriterionOutcome.MET, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a reason");
    }
}
