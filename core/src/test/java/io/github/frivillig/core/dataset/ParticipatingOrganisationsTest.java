package io.github.frivillig.core.dataset;

import static io.github.frivillig.core.fixtures.TestPolicies.id;
import static io.github.frivillig.core.fixtures.TestPolicies.text;
import static io.github.frivillig.core.fixtures.TestPolicies.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.frivillig.core.code.IcnpoCode;
import io.github.frivillig.core.dialogue.DialogueEvent;
import io.github.frivillig.core.dialogue.DialogueInput;
import io.github.frivillig.core.dialogue.Disposition;
import io.github.frivillig.core.dialogue.EventKind;
import io.github.frivillig.core.dialogue.EventStatus;
import io.github.frivillig.core.dialogue.InputKind;
import io.github.frivillig.core.dialogue.Participation;
import io.github.frivillig.core.dialogue.Speaker;
import io.github.frivillig.core.dialogue.SpeakerRole;
import io.github.frivillig.core.organisation.GroupKind;
import io.github.frivillig.core.organisation.GroupMember;
import io.github.frivillig.core.organisation.GroupStatus;
import io.github.frivillig.core.organisation.MemberRole;
import io.github.frivillig.core.organisation.Organisation;
import io.github.frivillig.core.organisation.OrganisationKind;
import io.github.frivillig.core.organisation.ReferenceGroup;
import io.github.frivillig.core.organisation.Seats;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.value.Count;
import io.github.frivillig.core.value.Person;

/** Who took part in the dialogue, and the ICNPO groups they belong to. */
class ParticipatingOrganisationsTest {

    private static Organisation organisation(String id, OrganisationKind kind, IcnpoCode... icnpo) {
        return Organisation.builder().id(id(id)).name(id).kind(kind).icnpo(List.of(icnpo)).build();
    }

    private static final List<Organisation> ORGANISATIONS = List.of(
            organisation("kommunen", OrganisationKind.MUNICIPALITY),
            organisation("korpset", OrganisationKind.VOLUNTARY_ASSOCIATION, IcnpoCode.SUBGROUP_1_100),
            organisation("idrettslaget", OrganisationKind.VOLUNTARY_ASSOCIATION, IcnpoCode.SUBGROUP_1_200),
            organisation("sanitetslaget", OrganisationKind.VOLUNTARY_ASSOCIATION, IcnpoCode.SUBGROUP_4_100,
                    IcnpoCode.SUBGROUP_3_400, IcnpoCode.SUBGROUP_4_200),
            organisation("frivilligsentralen", OrganisationKind.VOLUNTEER_CENTRE),
            organisation("universitetet", OrganisationKind.RESEARCH_INSTITUTION, IcnpoCode.SUBGROUP_2_200),
            organisation("menigheten", OrganisationKind.RELIGIOUS_COMMUNITY, IcnpoCode.GROUP_10),
            organisation("bare-nevnt", OrganisationKind.VOLUNTARY_ASSOCIATION, IcnpoCode.GROUP_5));

    /**
     * Every role once: the municipality organises and the volunteer centre facilitates a held meeting at which the
     * band is counted and the university speaks; the sports club submits an input; the health association sits in
     * the reference group; the congregation only organises a cancelled meeting; "bare-nevnt" is only listed.
     */
    private static Policy policy() {
        return valid()
                .organisations(ORGANISATIONS)
                .events(List.of(
                        DialogueEvent.builder().id(id("mote")).kind(EventKind.DIALOGUE_MEETING)
                                .status(EventStatus.HELD).addOrganiser(id("kommunen"))
                                .addFacilitator(id("frivilligsentralen"))
                                .addSpeaker(Speaker.of(Person.builder().organisation(id("universitetet")).build(),
                                        SpeakerRole.PRESENTATION, null))
                                .participation(Participation.builder().addOrganisations(id("korpset"), id("kommunen"),
                                        id("ukjent")).build())
                                .build(),
                        DialogueEvent.builder().id(id("avlyst")).kind(EventKind.DIALOGUE_MEETING)
                                .status(EventStatus.CANCELLED).addOrganiser(id("menigheten")).build()))
                .inputs(List.of(DialogueInput.builder().id(id("innspill")).kind(InputKind.PROPOSAL)
                        .text(text("Forslag")).addSubmittedBy(id("idrettslaget"))
                        .disposition(Disposition.RECEIVED).build()))
                .referenceGroups(List.of(ReferenceGroup.builder().id(id("gruppe")).name(text("Gruppe"))
                        .kind(GroupKind.REFERENCE_GROUP).status(GroupStatus.ACTIVE)
                        .members(List.of(
                                GroupMember.OrganisationRepresentative.of(id("sanitetslaget"), null, MemberRole.CHAIR),
                                GroupMember.Citizen.of(Person.builder().name("Kari").build(), MemberRole.MEMBER)))
                        .build()))
                .build();
    }

    @Test
    void findsTheOrganisationsOfEveryRoleOnceAndLeavesOutUnknownReferences() {
        ParticipatingOrganisations participants = ParticipatingOrganisations.of(policy());

        // kommunen (organiser and participant, once), frivilligsentralen, universitetet, korpset, idrettslaget,
        // sanitetslaget: six. Not the congregation (cancelled meeting), not "bare-nevnt", not the unknown "ukjent".
        assertThat(participants.organisations()).isEqualTo(6);
        // Voluntary: the volunteer centre and the three associations.
        assertThat(participants.voluntaryOrganisations()).isEqualTo(4);
        // Without ICNPO codes: the municipality and the volunteer centre.
        assertThat(participants.unclassified()).isEqualTo(2);
        // The voluntary ones cover groups 1 (band, sports club), 3 and 4 (health association); the university's
        // group 2 is not the voluntary sector's.
        assertThat(participants.voluntaryIcnpoGroups()).isEqualTo(3);
        assertThat(participants.countedAtOneEvent()).isZero();
    }

    @Test
    void mapsIcnpoCodesToGroupsCountingAnOrganisationOncePerGroup() {
        ParticipatingOrganisations participants = ParticipatingOrganisations.of(policy());

        // Group 1: the band (1 100) and the sports club (1 200). Group 2: the university (2 200). The health
        // association has two subgroups of group 4 and one of group 3: once in each.
        assertThat(participants.icnpoGroups()).containsExactly(Map.entry(IcnpoCode.GROUP_1, 2),
                Map.entry(IcnpoCode.GROUP_2, 1), Map.entry(IcnpoCode.GROUP_3, 1), Map.entry(IcnpoCode.GROUP_4, 1));
        assertThat(participants.count(IcnpoCode.SUBGROUP_1_300)).isEqualTo(2);
        assertThat(participants.count(IcnpoCode.GROUP_10)).isZero();
    }

    @Test
    void findsTheOrganisationsAndFieldsOfAGroupsSeatsAndCountsTheRestAsVoluntary() {
        // "Seven representatives of the associations, among them the band and the municipality, and two more,
        // from sport and from education", beside a named chair from the health association; a proposed group with
        // the congregation does not count yet.
        ReferenceGroup group = ReferenceGroup.builder().id(id("gruppe")).name(text("Gruppe"))
                .kind(GroupKind.WORKING_GROUP).status(GroupStatus.NOT_STATED)
                .addMember(GroupMember.OrganisationRepresentative.of(id("sanitetslaget"), null, MemberRole.CHAIR))
                .addComposition(Seats.builder().category(GroupMember.Type.ORGANISATION_REPRESENTATIVE)
                        .count(Count.exactly(7)).addOrganisations(id("korpset"), id("kommunen")).build())
                .addComposition(Seats.builder().category(GroupMember.Type.ORGANISATION_REPRESENTATIVE)
                        .count(Count.exactly(2)).addIcnpo(IcnpoCode.SUBGROUP_1_200, IcnpoCode.GROUP_2).build())
                .build();
        ReferenceGroup proposed = ReferenceGroup.builder().id(id("forslag")).name(text("Forslag"))
                .kind(GroupKind.REFERENCE_GROUP).status(GroupStatus.PROPOSED)
                .addMember(GroupMember.OrganisationRepresentative.of(id("menigheten"), null, MemberRole.MEMBER))
                .build();

        ParticipatingOrganisations participants = ParticipatingOrganisations.of(valid().organisations(ORGANISATIONS)
                .events(List.of()).inputs(List.of()).referenceGroups(List.of(group, proposed)).build());

        // Named: the health association, the band and the municipality; the congregation's group is only proposed.
        assertThat(participants.organisations()).isEqualTo(3);
        assertThat(participants.voluntaryOrganisations()).isEqualTo(2);
        // In the group: the two named associations, 7 - 2 more that the first seats count beyond those they name,
        // and the 2 of the second seats.
        assertThat(participants.countedInOneGroup()).isEqualTo(9);
        // The band's group 1 and the health association's 3 and 4, and the seats' fields 1 and 2.
        assertThat(participants.voluntaryIcnpoGroups()).isEqualTo(4);
        assertThat(participants.icnpoGroups()).containsOnlyKeys(IcnpoCode.GROUP_1, IcnpoCode.GROUP_3,
                IcnpoCode.GROUP_4);
        assertThat(participants.voluntaryOrganisationsAtLeast()).isEqualTo(9);
    }

    @Test
    void knowsAtLeastTheLargerOfTheNamedAndTheCountedVoluntaryOrganisations() {
        ParticipatingOrganisations named = new ParticipatingOrganisations(6, 4, 0, Map.of(), 6, 3, 2);
        ParticipatingOrganisations counted = new ParticipatingOrganisations(6, 4, 0, Map.of(), 6, 45, 12);
        ParticipatingOrganisations inAGroup = new ParticipatingOrganisations(6, 4, 0, Map.of(), 6, 3, 12);

        assertThat(named.voluntaryOrganisationsAtLeast()).isEqualTo(4);
        assertThat(counted.voluntaryOrganisationsAtLeast()).isEqualTo(45);
        assertThat(inAGroup.voluntaryOrganisationsAtLeast()).isEqualTo(12);
    }

    @Test
    void rejectsSubgroupsAndImpossibleCounts() {
        assertThatThrownBy(() -> new ParticipatingOrganisations(2, 1, 0, Map.of(), 0, 0, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
        assertThatThrownBy(() -> new ParticipatingOrganisations(2, 1, 0, Map.of(IcnpoCode.SUBGROUP_1_100, 1), 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'1.100=1'");
        assertThatThrownBy(() -> new ParticipatingOrganisations(2, 3, 0, Map.of(), 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ParticipatingOrganisations(2, 1, 0, Map.of(IcnpoCode.GROUP_1, 3), 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void voluntarySectorHoldsTheKindsOfTheVoluntarySectorOnly() {
        assertThat(ParticipatingOrganisations.VOLUNTARY_SECTOR).containsExactly(
                OrganisationKind.VOLUNTARY_ASSOCIATION, OrganisationKind.UMBRELLA_ORGANISATION,
                OrganisationKind.VOLUNTEER_CENTRE, OrganisationKind.RELIGIOUS_COMMUNITY, OrganisationKind.FOUNDATION,
                OrganisationKind.INFORMAL_GROUP);
        assertThatThrownBy(() -> ParticipatingOrganisations.VOLUNTARY_SECTOR.add(OrganisationKind.BUSINESS))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
