package io.github.frivillig.core.validation;

import static io.github.frivillig.core.fixtures.TestPolicies.id;
import static io.github.frivillig.core.fixtures.TestPolicies.text;
import static io.github.frivillig.core.fixtures.TestPolicies.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
import io.github.frivillig.core.organisation.Seats;
import io.github.frivillig.core.policy.Decision;
import io.github.frivillig.core.policy.DecisionKind;
import io.github.frivillig.core.policy.FollowUp;
import io.github.frivillig.core.policy.FrameworkLink;
import io.github.frivillig.core.policy.Funding;
import io.github.frivillig.core.policy.Measure;
import io.github.frivillig.core.policy.PartKind;
import io.github.frivillig.core.policy.Party;
import io.github.frivillig.core.policy.PartySide;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.policy.PolicyPart;
import io.github.frivillig.core.policy.Principle;
import io.github.frivillig.core.policy.Review;
import io.github.frivillig.core.policy.ReviewKind;
import io.github.frivillig.core.policy.Signatory;
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
                .decisions(List.of(base.decisions().get(0).toBuilder().addParts(id("hele"), id("ingen")).build(),
                        Decision.builder().kind(DecisionKind.SIGNING)
                                .addSignatories(Signatory.organisation(id("kommunen")),
                                        Signatory.organisation(id("ingen")), new Signatory(null, NOBODYS, null, null))
                                .build()))
                .addParties(Party.of(PartySide.MUNICIPALITY, id("kommunen")),
                        Party.of(PartySide.CIVIL_SOCIETY, id("ingen")))
                .parts(List.of(PolicyPart.builder().id(id("hele")).kind(PartKind.CHAPTER).build(),
                        PolicyPart.builder().id(id("del")).kind(PartKind.ANNEX).partOf(id("ingen")).build()))
                .followUp(FollowUp.builder().description(text("Årlig")).addResponsible(id("ingen"))
                        .addReview(Review.builder().kind(ReviewKind.EVALUATION).by(id("ingen")).build()).build())
                .organisations(List.of(base.organisations().get(0).toBuilder().partOf(id("ingen")).build()))
                .principles(List.of(base.principles().get(0).toBuilder().part(id("ingen")).partOf(id("ingen"))
                        .addFrameworkLink(new FrameworkLink(id("ingen"), null, null)).build()))
                .measures(List.of(base.measures().get(0).toBuilder().part(id("ingen")).addPrinciple(id("ingen"))
                        .addRespondsTo(id("ingen")).addResponsible(id("ingen")).addPartners(id("kommunen"), id("ingen"))
                        .addFunding(new Funding(id("ingen"), null, null, null))
                        .build()))
                .referenceGroups(List.of(ReferenceGroup.builder().id(id("gruppe")).name(text("Gruppe"))
                        .kind(GroupKind.REFERENCE_GROUP).status(GroupStatus.ACTIVE)
                        .coordinator(id("ingen")).recommendedBy(id("ingen"))
                        .addComposition(Seats.builder().category(GroupMember.Type.ORGANISATION_REPRESENTATIVE)
                                .addOrganisations(id("kommunen"), id("ingen")).build())
                        .addMembers(GroupMember.OrganisationRepresentative.of(id("ingen"), null, MemberRole.CHAIR),
                                GroupMember.Citizen.of(NOBODYS, MemberRole.MEMBER),
                                GroupMember.MunicipalStaff.of(id("ingen"), NOBODYS, MemberRole.SECRETARY))
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
                        "reference.unknown-part /decisions/0/parts/1 decisions[0].parts[1]",
                        "reference.unknown-organisation /decisions/1/signatories/1/organisation "
                                + "decisions[1].signatories[1].organisation",
                        "reference.unknown-organisation /decisions/1/signatories/2/person/organisation "
                                + "decisions[1].signatories[2].person.organisation",
                        "reference.unknown-organisation /followUp/reviews/0/by followUp.reviews[0].by",
                        "reference.unknown-organisation /measures/0/funding/0/funder measures[0].funding[0].funder",
                        "reference.unknown-organisation /parties/1/organisation parties[1].organisation",
                        "reference.unknown-organisation /referenceGroups/0/composition/0/organisations/1 "
                                + "referenceGroups[0].composition[0].organisations[1]",
                        "reference.unknown-organisation /referenceGroups/0/members/2/organisation "
                                + "referenceGroups[0].members[2].organisation",
                        "reference.unknown-organisation /referenceGroups/0/members/2/person/organisation "
                                + "referenceGroups[0].members[2].person.organisation",
                        "reference.unknown-part /measures/0/part measures[0].part",
                        "reference.unknown-part /parts/1/partOf parts[1].partOf",
                        "reference.unknown-part /principles/0/part principles[0].part",
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
    void referencesToPartsResolveAndPartIdsNeedBeUniqueOnlyAmongTheParts() {
        Policy base = valid().build();
        PolicyPart plan = PolicyPart.builder().id(id("handlingsplan")).kind(PartKind.ACTION_PLAN)
                .partOf(id("dialog")).build();
        Policy policy = base.toBuilder()
                // "dialog" is also the id of a principle: ids are unique within their own collection.
                .parts(List.of(PolicyPart.builder().id(id("dialog")).kind(PartKind.VALUE_POLICY).build(), plan, plan))
                .decisions(List.of(base.decisions().get(0).toBuilder().addParts(id("dialog"), id("handlingsplan"))
                        .build()))
                .principles(List.of(base.principles().get(0).toBuilder().part(id("dialog")).build()))
                .measures(List.of(base.measures().get(0).toBuilder().part(id("handlingsplan")).build()))
                .build();

        ValidationReport report = PolicyValidatorTest.VALIDATOR.validate(policy);

        assertThat(report.violations()).extracting(Violation::code, Violation::pointer)
                .containsExactly(tuple("id.duplicate", "/parts/2/id"));
        assertThat(report.violations().get(0).arguments()).containsEntry("collection", "parts")
                .containsEntry("first", "/parts/1");
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
    void reportsEveryPartOfACycleOfPartsAndNoneThatOnlyLeadsIntoIt() {
        PolicyPart part = PolicyPart.builder().id(id("a")).kind(PartKind.CHAPTER).build();
        Policy policy = valid().parts(List.of(
                part.toBuilder().partOf(id("b")).build(),
                part.toBuilder().id(id("b")).partOf(id("c")).build(),
                part.toBuilder().id(id("c")).partOf(id("a")).build(),
                part.toBuilder().id(id("d")).partOf(id("a")).build())).build();

        ValidationReport report = PolicyValidatorTest.VALIDATOR.validate(policy);

        assertThat(report.violations()).extracting(Violation::code).containsOnly("part.part-of-cycle");
        assertThat(report.violations()).extracting(Violation::pointer)
                .containsExactly("/parts/0/partOf", "/parts/1/partOf", "/parts/2/partOf");
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
