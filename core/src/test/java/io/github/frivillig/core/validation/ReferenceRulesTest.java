package io.github.frivillig.core.validation;

import static io.github.frivillig.core.fixtures.TestPolicies.id;
import static io.github.frivillig.core.fixtures.TestPolicies.text;
import static io.github.frivillig.core.fixtures.TestPolicies.valid;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.frivillig.core.dialogue.DialogueEvent;
import io.github.frivillig.core.dialogue.DialogueInput;
import io.github.frivillig.core.dialogue.Disposition;
import io.github.frivillig.core.dialogue.InputKind;
import io.github.frivillig.core.dialogue.Participation;
import io.github.frivillig.core.dialogue.Speaker;
import io.github.frivillig.core.dialogue.SpeakerRole;
import io.github.frivillig.core.organisation.GroupKind;
import io.github.frivillig.core.organisation.GroupMember;
import io.github.frivillig.core.organisation.GroupStatus;
import io.github.frivillig.core.organisation.MemberRole;
import io.github.frivillig.core.organisation.Organisation;
import io.github.frivillig.core.organisation.ReferenceGroup;
import io.github.frivillig.core.policy.FollowUp;
import io.github.frivillig.core.policy.FrameworkLink;
import io.github.frivillig.core.policy.Measure;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.policy.Principle;
import io.github.frivillig.core.policy.SourceDocument;
import io.github.frivillig.core.policy.SourceKind;
import io.github.frivillig.core.value.Person;

/** Every kind of reference in a policy is checked, at its own place, and answered inputs are found by their id. */
class ReferenceRulesTest {

    private static final Person NOBODYS = Person.builder().name("Kari").organisation(id("ingen")).build();

    @Test
    void reportsAnUnknownReferenceWhereverOneIsMade() {
        Policy base = valid().build();
        Policy policy = base.toBuilder()
                .owner(id("ingen"))
                .followUp(FollowUp.builder().description(text("Årlig")).addResponsible(id("ingen")).build())
                .organisations(List.of(base.organisations().get(0).toBuilder().partOf(id("ingen")).build()))
                .principles(List.of(base.principles().get(0).toBuilder().partOf(id("ingen"))
                        .addFrameworkLink(new FrameworkLink(id("ingen"), null, null)).build()))
                .measures(List.of(base.measures().get(0).toBuilder().addPrinciple(id("ingen"))
                        .addRespondsTo(id("ingen")).addResponsible(id("ingen")).addPartners(id("kommunen"), id("ingen"))
                        .build()))
                .referenceGroups(List.of(ReferenceGroup.builder().id(id("gruppe")).name(text("Gruppe"))
                        .kind(GroupKind.REFERENCE_GROUP).status(GroupStatus.ACTIVE)
                        .coordinator(id("ingen")).recommendedBy(id("ingen"))
                        .addMembers(GroupMember.OrganisationRepresentative.of(id("ingen"), null, MemberRole.CHAIR),
                                GroupMember.Citizen.of(NOBODYS, MemberRole.MEMBER))
                        .build()))
                .events(List.of(base.events().get(0).toBuilder().partOf(id("ingen")).addOrganiser(id("ingen"))
                        .addFacilitator(id("ingen"))
                        .participation(Participation.builder().addOrganisations(id("kommunen"), id("ingen")).build())
                        .addSpeaker(Speaker.of(NOBODYS, SpeakerRole.PRESENTATION, null)).build()))
                .inputs(List.of(base.inputs().get(0).toBuilder().event(id("ingen")).addSubmittedBy(id("ingen"))
                        .build()))
                .contacts(List.of(NOBODYS))
                .sources(List.of(SourceDocument.builder().id(id("kilde")).kind(SourceKind.POLICY_DOCUMENT)
                        .title(text("Kilde")).publisher(id("ingen")).build()))
                .build();

        ValidationReport report = PolicyValidatorTest.VALIDATOR.validate(policy);

        assertThat(report.violations()).filteredOn(violation -> violation.code().startsWith("reference."))
                .extracting(violation -> violation.code() + " " + violation.pointer() + " " + violation.path())
                .containsExactlyInAnyOrder(
                        "reference.unknown-organisation /contacts/0/organisation contacts[0].organisation",
                        "reference.unknown-event /events/0/partOf events[0].partOf",
                        "reference.unknown-organisation /events/0/organisers/1 events[0].organisers[1]",
                        "reference.unknown-organisation /events/0/facilitators/0 events[0].facilitators[0]",
                        "reference.unknown-organisation /events/0/speakers/0/person/organisation "
                                + "events[0].speakers[0].person.organisation",
                        "reference.unknown-organisation /events/0/participation/organisations/1 "
                                + "events[0].participation.organisations[1]",
                        "reference.unknown-organisation /followUp/responsible/0 followUp.responsible[0]",
                        "reference.unknown-event /inputs/0/event inputs[0].event",
                        "reference.unknown-organisation /inputs/0/submittedBy/0 inputs[0].submittedBy[0]",
                        "reference.unknown-principle /measures/0/principles/1 measures[0].principles[1]",
                        "reference.unknown-input /measures/0/respondsTo/1 measures[0].respondsTo[1]",
                        "reference.unknown-organisation /measures/0/responsible/1 measures[0].responsible[1]",
                        "reference.unknown-organisation /measures/0/partners/1 measures[0].partners[1]",
                        "reference.unknown-organisation /organisations/0/partOf organisations[0].partOf",
                        "reference.unknown-organisation /owner owner",
                        "reference.unknown-principle /principles/0/partOf principles[0].partOf",
                        "reference.unknown-foundation /principles/0/frameworkLinks/0/foundation "
                                + "principles[0].frameworkLinks[0].foundation",
                        "reference.unknown-organisation /referenceGroups/0/coordinator referenceGroups[0].coordinator",
                        "reference.unknown-organisation /referenceGroups/0/recommendedBy "
                                + "referenceGroups[0].recommendedBy",
                        "reference.unknown-organisation /referenceGroups/0/members/0/organisation "
                                + "referenceGroups[0].members[0].organisation",
                        "reference.unknown-organisation /referenceGroups/0/members/1/person/organisation "
                                + "referenceGroups[0].members[1].person.organisation",
                        "reference.unknown-organisation /sources/0/publisher sources[0].publisher");
        assertThat(report.withCode("reference.unknown-organisation"))
                .allSatisfy(violation -> assertThat(violation.arguments()).containsEntry("id", "ingen"));
    }

    @Test
    void findsAnsweredInputsByTheirIdEvenWhenTheIdIsUsedTwice() {
        Policy base = valid().build();
        DialogueInput answered = base.inputs().get(0);
        DialogueInput unanswered = DialogueInput.builder().id(id("ubesvart")).kind(InputKind.PROPOSAL)
                .text(text("Mer tilskudd")).disposition(Disposition.ACCEPTED).build();
        Policy policy = base.toBuilder().inputs(List.of(answered, unanswered, answered, unanswered)).build();

        ValidationReport report = PolicyValidatorTest.VALIDATOR.validate(policy);

        assertThat(report.withCode("input.unanswered")).extracting(Violation::pointer)
                .containsExactly("/inputs/1", "/inputs/3");
        assertThat(report.withCode("id.duplicate")).extracting(Violation::pointer)
                .containsExactly("/inputs/2/id", "/inputs/3/id");
        assertThat(report.withCode("id.duplicate").get(0).arguments()).containsEntry("first", "/inputs/0");
    }

    @Test
    void reportsEveryMemberOfACycleOfParents() {
        Policy base = valid().build();
        Principle dialog = base.principles().get(0);
        Policy policy = base.toBuilder().principles(List.of(
                dialog.toBuilder().partOf(id("b")).build(),
                dialog.toBuilder().id(id("b")).partOf(id("c")).build(),
                dialog.toBuilder().id(id("c")).partOf(id("b")).build(),
                dialog.toBuilder().id(id("d")).partOf(id("dialog")).build())).build();

        ValidationReport report = PolicyValidatorTest.VALIDATOR.validate(policy);

        assertThat(report.withCode("principle.part-of-cycle")).extracting(Violation::pointer)
                .containsExactly("/principles/1/partOf", "/principles/2/partOf");
    }

    @Test
    void checksEveryOrganisationOfEveryElement() {
        Policy base = valid().build();
        Organisation second = Organisation.builder().id(id("lag")).name("Idrettslaget")
                .kind(base.organisations().get(0).kind()).build();
        Measure measure = base.measures().get(0);
        DialogueEvent event = base.events().get(0);
        Policy policy = base.toBuilder().addOrganisation(second)
                .measures(List.of(measure, measure.toBuilder().id(id("m2")).responsible(List.of(id("lag"), id("x")))
                        .build()))
                .events(List.of(event, event.toBuilder().id(id("e2")).organisers(List.of(id("y"), id("lag"))).build()))
                .build();

        ValidationReport report = PolicyValidatorTest.VALIDATOR.validate(policy);

        assertThat(report.withCode("reference.unknown-organisation")).extracting(Violation::pointer)
                .containsExactly("/events/1/organisers/0", "/measures/1/responsible/1");
    }
}
