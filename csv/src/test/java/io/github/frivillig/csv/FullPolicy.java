package io.github.frivillig.csv;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Currency;
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
import io.github.frivillig.core.dialogue.EventPhase;
import io.github.frivillig.core.dialogue.EventStatus;
import io.github.frivillig.core.dialogue.InputChannel;
import io.github.frivillig.core.dialogue.InputKind;
import io.github.frivillig.core.dialogue.Participation;
import io.github.frivillig.core.dialogue.PartOfDay;
import io.github.frivillig.core.dialogue.Place;
import io.github.frivillig.core.dialogue.Registration;
import io.github.frivillig.core.dialogue.Speaker;
import io.github.frivillig.core.dialogue.SpeakerRole;
import io.github.frivillig.core.municipality.Country;
import io.github.frivillig.core.municipality.Municipality;
import io.github.frivillig.core.organisation.GroupKind;
import io.github.frivillig.core.organisation.GroupMember;
import io.github.frivillig.core.organisation.GroupStatus;
import io.github.frivillig.core.organisation.IdentifierScheme;
import io.github.frivillig.core.organisation.MemberCall;
import io.github.frivillig.core.organisation.MemberRole;
import io.github.frivillig.core.organisation.Organisation;
import io.github.frivillig.core.organisation.OrganisationIdentifier;
import io.github.frivillig.core.organisation.OrganisationKind;
import io.github.frivillig.core.organisation.ReferenceGroup;
import io.github.frivillig.core.organisation.Seats;
import io.github.frivillig.core.organisation.SelectionMethod;
import io.github.frivillig.core.policy.CaseReference;
import io.github.frivillig.core.policy.Decision;
import io.github.frivillig.core.policy.DecisionKind;
import io.github.frivillig.core.policy.DecisionStatus;
import io.github.frivillig.core.policy.FollowUp;
import io.github.frivillig.core.policy.Foundation;
import io.github.frivillig.core.policy.FoundationKind;
import io.github.frivillig.core.policy.FrameworkLink;
import io.github.frivillig.core.policy.Funding;
import io.github.frivillig.core.policy.GoverningBody;
import io.github.frivillig.core.policy.GoverningBodyKind;
import io.github.frivillig.core.policy.Indicator;
import io.github.frivillig.core.policy.Measure;
import io.github.frivillig.core.policy.MeasureStatus;
import io.github.frivillig.core.policy.Measurement;
import io.github.frivillig.core.policy.PartKind;
import io.github.frivillig.core.policy.Party;
import io.github.frivillig.core.policy.PartySide;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.policy.PolicyId;
import io.github.frivillig.core.policy.PolicyKind;
import io.github.frivillig.core.policy.PolicyPart;
import io.github.frivillig.core.policy.PolicyStatus;
import io.github.frivillig.core.policy.Principle;
import io.github.frivillig.core.policy.PrincipleKind;
import io.github.frivillig.core.policy.ReferenceKind;
import io.github.frivillig.core.policy.RelatedPolicy;
import io.github.frivillig.core.policy.RelationKind;
import io.github.frivillig.core.policy.Review;
import io.github.frivillig.core.policy.ReviewKind;
import io.github.frivillig.core.policy.Scope;
import io.github.frivillig.core.policy.Signatory;
import io.github.frivillig.core.policy.SourceDocument;
import io.github.frivillig.core.policy.SourceKind;
import io.github.frivillig.core.policy.StatutoryRole;
import io.github.frivillig.core.policy.Vote;
import io.github.frivillig.core.policy.VoteOutcome;
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
    static final LocalId CHOIRS = LocalId.of("kora");
    static final LocalId PRINCIPLE = LocalId.of("tillit");
    static final LocalId COMMITMENT = LocalId.of("dialog");
    static final LocalId FOUNDATION = LocalId.of("erklaeringa");
    static final LocalId SERIES = LocalId.of("dialogmote");
    static final LocalId WORKSHOP = LocalId.of("verkstad");
    static final LocalId INPUT = LocalId.of("innspel-lokale");
    static final LocalId VALUES = LocalId.of("verdiar");
    static final LocalId ACTION_PLAN = LocalId.of("handlingsplan");
    static final LocalId MEASURE_LIST = LocalId.of("tiltaksliste");

    private FullPolicy() {
    }

    static Policy policy() {
        return Policy.builder()
                .id(PolicyId.of("no-3403-frivilligpolitikk"))
                .municipality(new Municipality(Country.NORWAY, "3403", "Hamar", "Innlandet", List.of()))
                .title(LocalizedText.builder().text("nb", "Frivillighetspolitikk").text("nn", "Frivilligpolitikk")
                        .machineTranslation("en", "Volunteering policy").build())
                .kind(PolicyKind.POLICY)
                .status(PolicyStatus.ADOPTED)
                .language("nn")
                .scope(Scope.of(nn("idrett og sosiale tenester"), IcnpoCode.SUBGROUP_1_200, IcnpoCode.GROUP_4))
                // No Danish law applies to Hamar; the role is set so that every field of the model holds a value.
                .addStatutoryRole(StatutoryRole.DK_SERVICELOVEN_18)
                .addDecisions(
                        Decision.builder().kind(DecisionKind.MANDATE)
                                .body(GoverningBody.of(GoverningBodyKind.EXECUTIVE_COMMITTEE, "Formannskapet"))
                                .date(PartialDate.ofYear(2023)).caseReference("PS 12/23")
                                .resolution(nn("Arbeidet startar.")).url(URI.create("https://example.org/ps-12-23"))
                                .note(nn("Vedteke samrøystes."))
                                .addReference(new CaseReference(ReferenceKind.ARCHIVE_CASE, "2023/456",
                                        nn("Arkivsaka.")))
                                .vote(Vote.unanimous()).build(),
                        Decision.builder().kind(DecisionKind.ADOPTION).status(DecisionStatus.TAKEN)
                                .body(GoverningBody.of(GoverningBodyKind.MUNICIPAL_COUNCIL, "Kommunestyret"))
                                .date(PartialDate.of(2024, 5, 2))
                                .vote(Vote.builder().outcome(VoteOutcome.MAJORITY).inFavour(27).against(8)
                                        .abstentions(0).note(nn("Eitt parti røysta imot.")).build())
                                .build(),
                        Decision.builder().kind(DecisionKind.NOTING)
                                .body(GoverningBody.of(GoverningBodyKind.MUNICIPAL_COUNCIL, "Kommunestyret"))
                                .date(PartialDate.of(2024, 5, 2)).addPart(ACTION_PLAN).build(),
                        Decision.builder().kind(DecisionKind.SIGNING).date(PartialDate.of(2024, 6, 12))
                                .addSignatories(
                                        new Signatory(MUNICIPALITY, Person.builder().name("Hanne Ordførar")
                                                .title(nn("ordførar")).organisation(MUNICIPALITY).build(), null,
                                                null),
                                        new Signatory(null, null, nn("leiarane i lag og foreiningar"),
                                                Count.about(30)))
                                .build())
                .addReference(new CaseReference(ReferenceKind.CASE, "23/01234", nn("Saka for heile arbeidet.")))
                .validity(Period.between(PartialDate.ofYear(2024), PartialDate.of(YearMonth.of(2027, 12))))
                .purpose(nn("Betre samspel."))
                .vision(nn("Ein god stad å vere frivillig."))
                .addParts(
                        PolicyPart.builder().id(VALUES).kind(PartKind.VALUE_POLICY).number("2")
                                .title(nn("Verdiar")).build(),
                        PolicyPart.builder().id(ACTION_PLAN).kind(PartKind.ACTION_PLAN).number("Vedlegg 1")
                                .title(nn("Handlingsplan 2024–2025")).description(nn("Rullerast kvart år."))
                                .period(Period.between(PartialDate.ofYear(2024), PartialDate.ofYear(2025)))
                                .revisionInterval(java.time.Period.ofYears(1)).addTheme(Theme.MEETING_PLACES)
                                .url(URI.create("https://example.org/handlingsplan")).build(),
                        PolicyPart.builder().id(MEASURE_LIST).kind(PartKind.MEASURE_LIST).number("Vedlegg 1.2")
                                .title(nn("Tiltak")).partOf(ACTION_PLAN).build())
                .addFoundation(Foundation.builder().id(FOUNDATION).kind(FoundationKind.NATIONAL_FRAMEWORK)
                        .framework(NationalFramework.NO_FRIVILLIGHETSERKLAERINGEN)
                        .title(nn("Frivilligheitserklæringa")).relation(nn("byggjer på"))
                        .url(URI.create("https://example.org/erklaering")).build())
                .addPrinciples(
                        Principle.builder().id(PRINCIPLE).kind(PrincipleKind.GOAL).title(nn("Tillit"))
                                .statement(nn("Vi stolar på kvarandre.")).section(nn("Mål")).part(VALUES)
                                .addThemes(Theme.TRUST, Theme.DIALOGUE)
                                .addFrameworkLink(new FrameworkLink(FOUNDATION, "3", nn("Punkt 3.")))
                                .putExtension("x-page", ExtensionValue.of(4)).build(),
                        Principle.builder().id(COMMITMENT).kind(PrincipleKind.COMMITMENT).partOf(PRINCIPLE)
                                .statement(nn("Kommunen held dialogmøte kvart år.")).build())
                .addMeasure(Measure.builder().id(LocalId.of("moteplass")).title(nn("Møteplass"))
                        .description(nn("Ein fast møteplass.")).part(MEASURE_LIST).addTheme(Theme.MEETING_PLACES)
                        .addPrinciples(PRINCIPLE, COMMITMENT).addRespondsTo(INPUT)
                        .addResponsible(MUNICIPALITY).addPartner(ASSOCIATION)
                        .status(MeasureStatus.IN_PROGRESS)
                        .period(Period.between(PartialDate.ofYear(2024), PartialDate.of(2025, 6, 30)))
                        .budget(new Money(new BigDecimal("150000.50"), NOK, CountQualifier.AT_MOST))
                        .addFunding(new Funding(MUNICIPALITY, new Money(new BigDecimal("100000"), NOK,
                                CountQualifier.NEARLY), Period.between(PartialDate.ofYear(2024),
                                PartialDate.ofYear(2025)), nn("Frå kulturbudsjettet.")))
                        .addIndicator(Indicator.builder().name(nn("Møte per år")).unit("møte")
                                .baseline(new Measurement(new BigDecimal("2"), PartialDate.ofYear(2023),
                                        CountQualifier.EXACT))
                                .target(new Measurement(new BigDecimal("4"), PartialDate.ofYear(2025),
                                        CountQualifier.AT_LEAST))
                                .actual(new Measurement(new BigDecimal("3.5"), null, CountQualifier.ABOUT)).build())
                        .build())
                .followUp(FollowUp.builder().description(nn("Rullerast annakvart år."))
                        .addResponsible(MUNICIPALITY).revisionInterval(java.time.Period.ofYears(2))
                        .nextRevision(PartialDate.ofSeason(2026, PartialDate.Season.SPRING))
                        .reportingInterval(java.time.Period.ofMonths(6))
                        .reportsTo(GoverningBody.of(GoverningBodyKind.MUNICIPAL_COUNCIL, "Kommunestyret"))
                        .addIndicator(Indicator.builder().name(nn("Tal på lag")).build())
                        .addReview(Review.builder().kind(ReviewKind.EVALUATION)
                                .date(PartialDate.of(YearMonth.of(2025, 11))).by(ASSOCIATION)
                                .summary(nn("Fleire møteplassar enn før."))
                                .url(URI.create("https://example.org/evaluering")).build())
                        .build())
                .addOrganisations(
                        Organisation.builder().id(MUNICIPALITY).name("Hamar kommune")
                                .kind(OrganisationKind.MUNICIPALITY)
                                .identifier(OrganisationIdentifier.of(IdentifierScheme.NO_ORGNR, "970540008"))
                                .website(URI.create("https://example.org/kommune"))
                                .names(LocalizedText.builder().text("nn", "Hamar kommune")
                                        .text("en", "Hamar Municipality").build()).build(),
                        Organisation.builder().id(ASSOCIATION).name("Hamar idrettslag")
                                .kind(OrganisationKind.VOLUNTARY_ASSOCIATION)
                                .addIcnpo(IcnpoCode.SUBGROUP_1_200, IcnpoCode.LEGACY_13).partOf(MUNICIPALITY)
                                .description(nn("Idrett for alle.")).putExtension("x-members", ExtensionValue.of(120))
                                .build(),
                        Organisation.builder().id(CHOIRS).kind(OrganisationKind.VOLUNTARY_ASSOCIATION)
                                .count(Count.between(3, 4)).description(nn("kora i byen")).build())
                .addParties(Party.of(PartySide.MUNICIPALITY, MUNICIPALITY),
                        new Party(PartySide.CIVIL_SOCIETY, null, nn("lag og foreiningar i Hamar"),
                                Count.vague(CountQualifier.MANY)))
                .addReferenceGroup(ReferenceGroup.builder().id(LocalId.of("frivilligrad")).name(nn("Frivilligrådet"))
                        .kind(GroupKind.VOLUNTEER_COUNCIL).status(GroupStatus.ACTIVE).mandate(nn("Gje råd."))
                        .description(nn("Eit fast råd for laga."))
                        .addTasks(nn("Uttale seg om tilskotsordningane."), nn("Planleggje frivilligfesten."))
                        .addGuidingQuestion(nn("Korleis kan kommunen støtte laga betre?"))
                        .coordinator(MUNICIPALITY).recommendedBy(ASSOCIATION)
                        .addSelection(SelectionMethod.ELECTED, SelectionMethod.OPEN)
                        .selectionNote(nn("Val kvart år."))
                        .call(MemberCall.builder().opened(PartialDate.of(2023, 8, 15))
                                .deadline(PartialDate.of(2023, 9, 15)).target(Count.exactly(7)).responses(Count.between(9, 12))
                                .addChannels(InputChannel.EMAIL, InputChannel.WEB_FORM)
                                .addAudience(Audience.VOLUNTARY_ORGANISATIONS)
                                .description(nn("Laga kunne melde inn kandidatar.")).build())
                        .established(PartialDate.of(YearMonth.of(2023, 10)))
                        .establishedBy(GoverningBody.of(GoverningBodyKind.EXECUTIVE_COMMITTEE, "Formannskapet"))
                        .addComposition(
                                Seats.builder().category(GroupMember.Type.ORGANISATION_REPRESENTATIVE)
                                        .count(Count.exactly(5)).description(nn("ein frå kvart idrettsråd"))
                                        .addOrganisation(ASSOCIATION)
                                        .addIcnpo(IcnpoCode.SUBGROUP_1_200, IcnpoCode.GROUP_4).build(),
                                Seats.builder().category(GroupMember.Type.ELECTED_REPRESENTATIVE)
                                        .count(Count.exactly(2)).build())
                        .meetings(Count.about(6))
                        .addMembers(
                                new GroupMember.OrganisationRepresentative(ASSOCIATION, Person.builder()
                                        .name("Kari Nordmann").title(nn("leiar")).organisation(ASSOCIATION)
                                        .email("kari@example.org").phone("+47 62 00 00 01").build(), MemberRole.CHAIR,
                                        Period.between(PartialDate.of(YearMonth.of(2023, 10)),
                                                PartialDate.of(YearMonth.of(2025, 10)))),
                                GroupMember.ElectedRepresentative.of(Person.builder().name("Ola Nordmann").build(),
                                        "Senterpartiet", MemberRole.MEMBER),
                                GroupMember.Citizen.of(Person.builder().name("Siri Innbyggjar").build(),
                                        MemberRole.OBSERVER),
                                GroupMember.MunicipalStaff.of(MUNICIPALITY, Person.builder()
                                        .title(nn("frivilligkoordinator")).build(), MemberRole.SECRETARY),
                                GroupMember.NotStated.of(Person.builder().name("Nils Namn").build(),
                                        MemberRole.MEMBER))
                        .build())
                .addEvents(
                        DialogueEvent.builder().id(SERIES).kind(EventKind.SERIES).status(EventStatus.CANCELLED)
                                .date(PartialDate.ofSeason(2023, PartialDate.Season.AUTUMN))
                                .cancellationReason(nn("For få påmelde.")).build(),
                        DialogueEvent.builder().id(WORKSHOP).kind(EventKind.WORKSHOP).phase(EventPhase.DEVELOPMENT)
                                .title(nn("Verkstad"))
                                .description(nn("Arbeid i grupper.")).status(EventStatus.HELD)
                                .date(PartialDate.of(2023, 10, 30)).endDate(PartialDate.of(2023, 10, 31))
                                .startTime(LocalTime.of(18, 0)).endTime(LocalTime.of(21, 30))
                                .partOfDay(PartOfDay.EVENING).occurrences(Count.exactly(2))
                                .place(new Place("Hamar", "Kulturhuset", "Torget 1"))
                                .access(EventAccess.OPEN_WITH_REGISTRATION)
                                .registration(new Registration(PartialDate.of(2023, 10, 23),
                                        List.of(InputChannel.WEB_FORM, InputChannel.EMAIL),
                                        new Count(60, CountQualifier.AT_MOST), nn("Gratis, med servering.")))
                                .partOf(SERIES)
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
                                        .attendees(Count.about(35)).note(nn("God oppslutnad."))
                                        .invitedOrganisations(Count.exactly(80)).invitedPeople(Count.nearly(200))
                                        .inputs(Count.vague(CountQualifier.MANY)).build())
                                .responseDeadline(PartialDate.of(2023, 11, 15))
                                .addResponseChannels(InputChannel.EMAIL, InputChannel.LETTER)
                                .addReference(new CaseReference(ReferenceKind.JOURNAL_POST, "23/01234-5",
                                        nn("Merk skriftlege innspel med dette.")))
                                .addTheme(Theme.DIALOGUE).summary(nn("Mange innspel."))
                                .putExtension("x-room", ExtensionValue.of("Sal 2")).build())
                .addInput(DialogueInput.builder().id(INPUT).kind(InputKind.PROPOSAL).text(nn("Fleire lokale."))
                        .event(WORKSHOP).channel(InputChannel.EVENT).addTheme(Theme.PREMISES)
                        .addSubmittedBy(ASSOCIATION, CHOIRS).received(PartialDate.of(2023, 10, 30))
                        .disposition(Disposition.PARTLY_ACCEPTED).dispositionReason(nn("Delvis mogleg.")).build())
                .owner(MUNICIPALITY)
                .addRelatedPolicy(RelatedPolicy.builder().relation(RelationKind.PREDECESSOR)
                        .policy(PolicyId.of("no-0403-frivilligpolitikk"))
                        .title(nn("Frivilligpolitikk for Hamar 2016–2019"))
                        .municipality(new Municipality(Country.NORWAY, "0403", "Hamar", "Hedmark",
                                List.of(new Municipality(Country.NORWAY, "3403", "Hamar", "Innlandet", List.of()))))
                        .period(Period.between(PartialDate.ofYear(2016), PartialDate.ofYear(2019)))
                        .url(URI.create("https://example.org/frivilligpolitikk-2016"))
                        .note(nn("Avløyst av denne.")).build())
                .addContact(Person.builder().name("Eva Kontakt").title(nn("frivilligkoordinator"))
                        .organisation(MUNICIPALITY).email("eva@example.org").phone("+47 62 00 00 02").build())
                .addSource(SourceDocument.builder().id(LocalId.of("vedtak")).kind(SourceKind.CASE_DOCUMENT)
                        .title(nn("Saksframlegg")).publisher(MUNICIPALITY).url(URI.create("https://example.org/sak"))
                        .reference("2023/123").published(PartialDate.of(YearMonth.of(2024, 5)))
                        .retrieved(LocalDate.of(2024, 6, 1)).language("nn")
                        .note(nn("Datoen i saksframlegget avvik frå protokollen."))
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

    private static final Currency NOK = Currency.getInstance("NOK");

    private static LocalizedText nn(String text) {
        return LocalizedText.of("nn", text);
    }
}
