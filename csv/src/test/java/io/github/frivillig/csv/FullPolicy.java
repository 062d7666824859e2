package io.github.frivillig.csv;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.frivillig.core.code.IcnpoCode;
import io.github.frivillig.core.code.NationalFramework;
import io.github.frivillig.core.code.Theme;
import io.github.frivillig.core.dialogue.Audience;
import io.github.frivillig.core.dialogue.DialogueEvent;
import io.github.frivillig.core.dialogue.DialogueInput;
import io.github.frivillig.core.dialogue.Disposition;
import io.github.frivillig.core.dialogue.EventAccess;
import io.github.frivillig.core.dialogue.EventKind;
import io.github.frivillig.core.dialogue.EventStatus;
import io.github.frivillig.core.dialogue.InputChannel;
import io.github.frivillig.core.dialogue.InputKind;
import io.github.frivillig.core.dialogue.Participation;
import io.github.frivillig.core.dialogue.PartOfDay;
import io.github.frivillig.core.dialogue.Place;
import io.github.frivillig.core.dialogue.Speaker;
import io.github.frivillig.core.dialogue.SpeakerRole;
import io.github.frivillig.core.municipality.Country;
import io.github.frivillig.core.municipality.Municipality;
import io.github.frivillig.core.organisation.GroupKind;
import io.github.frivillig.core.organisation.GroupMember;
import io.github.frivillig.core.organisation.GroupStatus;
import io.github.frivillig.core.organisation.IdentifierScheme;
import io.github.frivillig.core.organisation.MemberRole;
import io.github.frivillig.core.organisation.Organisation;
import io.github.frivillig.core.organisation.OrganisationIdentifier;
import io.github.frivillig.core.organisation.OrganisationKind;
import io.github.frivillig.core.organisation.ReferenceGroup;
import io.github.frivillig.core.organisation.SelectionMethod;
import io.github.frivillig.core.policy.Decision;
import io.github.frivillig.core.policy.DecisionKind;
import io.github.frivillig.core.policy.FollowUp;
import io.github.frivillig.core.policy.Foundation;
import io.github.frivillig.core.policy.FoundationKind;
import io.github.frivillig.core.policy.FrameworkLink;
import io.github.frivillig.core.policy.GoverningBody;
import io.github.frivillig.core.policy.GoverningBodyKind;
import io.github.frivillig.core.policy.Indicator;
import io.github.frivillig.core.policy.Measure;
import io.github.frivillig.core.policy.MeasureStatus;
import io.github.frivillig.core.policy.Measurement;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.policy.PolicyId;
import io.github.frivillig.core.policy.PolicyKind;
import io.github.frivillig.core.policy.PolicyStatus;
import io.github.frivillig.core.policy.Principle;
import io.github.frivillig.core.policy.PrincipleKind;
import io.github.frivillig.core.policy.Scope;
import io.github.frivillig.core.policy.SourceDocument;
import io.github.frivillig.core.policy.SourceKind;
import io.github.frivillig.core.text.LocalizedText;
import io.github.frivillig.core.value.Count;
import io.github.frivillig.core.value.CountQualifier;
import io.github.frivillig.core.value.ExtensionValue;
import io.github.frivillig.core.value.LocalId;
import io.github.frivillig.core.value.Money;
import io.github.frivillig.core.value.PartialDate;
import io.github.frivillig.core.value.Period;
import io.github.frivillig.core.value.Person;

/**
 * A made-up policy in which every field of the model holds a value of its own, so that a value in the wrong column
 * shows. Written in nynorsk with bokmål and English beside it, so that the readable columns show which language
 * they chose.
 */
final class FullPolicy {

    static final LocalId MUNICIPALITY = LocalId.of("kommune");
    static final LocalId ASSOCIATION = LocalId.of("idrettslag");
    static final LocalId PRINCIPLE = LocalId.of("tillit");
    static final LocalId COMMITMENT = LocalId.of("dialog");
    static final LocalId FOUNDATION = LocalId.of("erklaeringa");
    static final LocalId SERIES = LocalId.of("dialogmote");
    static final LocalId WORKSHOP = LocalId.of("verkstad");
    static final LocalId INPUT = LocalId.of("innspel-lokale");

    private FullPolicy() {
    }

    static Policy policy() {
        return Policy.builder()
                .id(PolicyId.of("no-3403-frivilligpolitikk"))
                .municipality(Municipality.of(Country.NORWAY, "3403", "Hamar"))
                .title(LocalizedText.builder().text("nb", "Frivillighetspolitikk").text("nn", "Frivilligpolitikk")
                        .machineTranslation("en", "Volunteering policy").build())
                .kind(PolicyKind.POLICY)
                .status(PolicyStatus.ADOPTED)
                .language("nn")
                .scope(Scope.of(nn("idrett og sosiale tenester"), IcnpoCode.SUBGROUP_1_200, IcnpoCode.GROUP_4))
                .addDecisions(
                        Decision.builder().kind(DecisionKind.MANDATE)
                                .body(GoverningBody.of(GoverningBodyKind.EXECUTIVE_COMMITTEE, "Formannskapet"))
                                .date(PartialDate.ofYear(2023)).caseReference("PS 12/23")
                                .resolution(nn("Arbeidet startar.")).url(URI.create("https://example.org/ps-12-23"))
                                .note(nn("Vedteke samrøystes.")).build(),
                        Decision.builder().kind(DecisionKind.ADOPTION)
                                .body(GoverningBody.of(GoverningBodyKind.MUNICIPAL_COUNCIL, "Kommunestyret"))
                                .date(PartialDate.of(2024, 5, 2)).build())
                .validity(Period.between(PartialDate.ofYear(2024), PartialDate.of(YearMonth.of(2027, 12))))
                .purpose(nn("Betre samspel."))
                .vision(nn("Ein god stad å vere frivillig."))
                .addFoundation(Foundation.builder().id(FOUNDATION).kind(FoundationKind.NATIONAL_FRAMEWORK)
                        .framework(NationalFramework.NO_FRIVILLIGHETSERKLAERINGEN)
                        .title(nn("Frivilligheitserklæringa")).relation(nn("byggjer på"))
                        .url(URI.create("https://example.org/erklaering")).build())
                .addPrinciples(
                        Principle.builder().id(PRINCIPLE).kind(PrincipleKind.GOAL).title(nn("Tillit"))
                                .statement(nn("Vi stolar på kvarandre.")).section(nn("Mål"))
                                .addThemes(Theme.TRUST, Theme.DIALOGUE)
                                .addFrameworkLink(new FrameworkLink(FOUNDATION, "3", nn("Punkt 3.")))
                                .putExtension("x-page", ExtensionValue.of(4)).build(),
                        Principle.builder().id(COMMITMENT).kind(PrincipleKind.COMMITMENT).partOf(PRINCIPLE)
                                .statement(nn("Kommunen held dialogmøte kvart år.")).build())
                .addMeasure(Measure.builder().id(LocalId.of("moteplass")).title(nn("Møteplass"))
                        .description(nn("Ein fast møteplass.")).addTheme(Theme.MEETING_PLACES)
                        .addPrinciples(PRINCIPLE, COMMITMENT).addRespondsTo(INPUT)
                        .addResponsible(MUNICIPALITY).addPartner(ASSOCIATION)
                        .status(MeasureStatus.IN_PROGRESS)
                        .period(Period.between(PartialDate.ofYear(2024), PartialDate.of(2025, 6, 30)))
                        .budget(Money.of(new BigDecimal("150000.50"), "NOK"))
                        .addIndicator(Indicator.builder().name(nn("Møte per år")).unit("møte")
                                .baseline(Measurement.of(new BigDecimal("2"), PartialDate.ofYear(2023)))
                                .target(Measurement.of(new BigDecimal("4"), PartialDate.ofYear(2025)))
                                .actual(Measurement.of(new BigDecimal("3.5"), null)).build())
                        .build())
                .followUp(FollowUp.builder().description(nn("Rullerast annakvart år."))
                        .addResponsible(MUNICIPALITY).revisionInterval(java.time.Period.ofYears(2))
                        .nextRevision(PartialDate.ofSeason(2026, PartialDate.Season.SPRING))
                        .addIndicator(Indicator.builder().name(nn("Tal på lag")).build()).build())
                .addOrganisations(
                        Organisation.builder().id(MUNICIPALITY).name("Hamar kommune")
                                .kind(OrganisationKind.MUNICIPALITY)
                                .identifier(OrganisationIdentifier.of(IdentifierScheme.NO_ORGNR, "970540008"))
                                .website(URI.create("https://example.org/kommune")).build(),
                        Organisation.builder().id(ASSOCIATION).name("Hamar idrettslag")
                                .kind(OrganisationKind.VOLUNTARY_ASSOCIATION)
                                .addIcnpo(IcnpoCode.SUBGROUP_1_200, IcnpoCode.LEGACY_13).partOf(MUNICIPALITY)
                                .description(nn("Idrett for alle.")).putExtension("x-members", ExtensionValue.of(120))
                                .build())
                .addReferenceGroup(ReferenceGroup.builder().id(LocalId.of("frivilligrad")).name(nn("Frivilligrådet"))
                        .kind(GroupKind.VOLUNTEER_COUNCIL).status(GroupStatus.ACTIVE).mandate(nn("Gje råd."))
                        .addTasks(nn("Uttale seg om tilskotsordningane."), nn("Planleggje frivilligfesten."))
                        .coordinator(MUNICIPALITY).recommendedBy(ASSOCIATION)
                        .addSelection(SelectionMethod.ELECTED, SelectionMethod.OPEN)
                        .selectionNote(nn("Val kvart år.")).established(PartialDate.of(YearMonth.of(2023, 10)))
                        .addMembers(
                                GroupMember.OrganisationRepresentative.of(ASSOCIATION, Person.builder()
                                        .name("Kari Nordmann").title(nn("leiar")).organisation(ASSOCIATION)
                                        .email("kari@example.org").phone("+47 62 00 00 01").build(), MemberRole.CHAIR),
                                GroupMember.ElectedRepresentative.of(Person.builder().name("Ola Nordmann").build(),
                                        "Senterpartiet", MemberRole.MEMBER),
                                GroupMember.Citizen.of(Person.builder().name("Siri Innbyggjar").build(),
                                        MemberRole.OBSERVER))
                        .build())
                .addEvents(
                        DialogueEvent.builder().id(SERIES).kind(EventKind.SERIES).status(EventStatus.CANCELLED)
                                .date(PartialDate.ofSeason(2023, PartialDate.Season.AUTUMN))
                                .cancellationReason(nn("For få påmelde.")).build(),
                        DialogueEvent.builder().id(WORKSHOP).kind(EventKind.WORKSHOP).title(nn("Verkstad"))
                                .description(nn("Arbeid i grupper.")).status(EventStatus.HELD)
                                .date(PartialDate.of(2023, 10, 30)).endDate(PartialDate.of(2023, 10, 31))
                                .startTime(LocalTime.of(18, 0)).endTime(LocalTime.of(21, 30))
                                .partOfDay(PartOfDay.EVENING)
                                .place(new Place("Hamar", "Kulturhuset", "Torget 1"))
                                .access(EventAccess.OPEN_WITH_REGISTRATION).partOf(SERIES)
                                .addOrganiser(MUNICIPALITY).addFacilitator(ASSOCIATION)
                                .addAudience(Audience.CITIZENS, Audience.VOLUNTARY_ORGANISATIONS)
                                .addGuidingQuestions(LocalizedText.builder().text("nn", "Kva treng laga?")
                                        .text("en", "What do the clubs need?").build(), nn("Kva kan laga gje?"))
                                .addSpeaker(Speaker.of(Person.builder().name("Per Talar").title(nn("rådgjevar"))
                                        .organisation(MUNICIPALITY).email("per@example.org").build(),
                                        SpeakerRole.PRESENTATION, nn("Frivilligheit i tal")))
                                .participation(Participation.builder().addOrganisation(ASSOCIATION)
                                        .organisationCount(Count.exactly(12))
                                        .registeredOrganisations(Count.moreThan(10))
                                        .registeredPeople(new Count(40, CountQualifier.AT_LEAST))
                                        .attendees(Count.about(35)).note(nn("God oppslutnad.")).build())
                                .addTheme(Theme.DIALOGUE).summary(nn("Mange innspel."))
                                .putExtension("x-room", ExtensionValue.of("Sal 2")).build())
                .addInput(DialogueInput.builder().id(INPUT).kind(InputKind.PROPOSAL).text(nn("Fleire lokale."))
                        .event(WORKSHOP).channel(InputChannel.EVENT).addTheme(Theme.PREMISES)
                        .addSubmittedBy(ASSOCIATION).received(PartialDate.of(2023, 10, 30))
                        .disposition(Disposition.PARTLY_ACCEPTED).dispositionReason(nn("Delvis mogleg.")).build())
                .owner(MUNICIPALITY)
                .addContact(Person.builder().name("Eva Kontakt").title(nn("frivilligkoordinator"))
                        .organisation(MUNICIPALITY).email("eva@example.org").phone("+47 62 00 00 02").build())
                .addSource(SourceDocument.builder().id(LocalId.of("vedtak")).kind(SourceKind.CASE_DOCUMENT)
                        .title(nn("Saksframlegg")).publisher(MUNICIPALITY).url(URI.create("https://example.org/sak"))
                        .reference("2023/123").published(PartialDate.of(YearMonth.of(2024, 5)))
                        .retrieved(LocalDate.of(2024, 6, 1)).language("nn")
                        .putExtension("x-archive", ExtensionValue.of(true)).build())
                .putExtension("x-source", sourceExtension())
                .build();
    }

    // Members in a fixed order, and a string that needs escaping in JSON and quoting in CSV.
    private static ExtensionValue sourceExtension() {
        Map<String, ExtensionValue> members = new LinkedHashMap<>();
        members.put("score", ExtensionValue.of(new BigDecimal("12.50")));
        members.put("tags", ExtensionValue.array(List.of(ExtensionValue.of("a\"b"), ExtensionValue.nullValue())));
        return ExtensionValue.object(members);
    }

    private static LocalizedText nn(String text) {
        return LocalizedText.of("nn", text);
    }
}
