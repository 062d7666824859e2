package io.github.frivillig.core.validation;

import static io.github.frivillig.core.fixtures.TestPolicies.id;
import static io.github.frivillig.core.fixtures.TestPolicies.text;
import static io.github.frivillig.core.fixtures.TestPolicies.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.LocalTime;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.frivillig.core.dialogue.DialogueEvent;
import io.github.frivillig.core.dialogue.DialogueInput;
import io.github.frivillig.core.dialogue.Disposition;
import io.github.frivillig.core.dialogue.EventStatus;
import io.github.frivillig.core.dialogue.Participation;
import io.github.frivillig.core.municipality.Country;
import io.github.frivillig.core.municipality.Municipality;
import io.github.frivillig.core.organisation.GroupKind;
import io.github.frivillig.core.organisation.GroupStatus;
import io.github.frivillig.core.organisation.IdentifierScheme;
import io.github.frivillig.core.organisation.MemberCall;
import io.github.frivillig.core.organisation.Organisation;
import io.github.frivillig.core.organisation.OrganisationIdentifier;
import io.github.frivillig.core.organisation.OrganisationKind;
import io.github.frivillig.core.organisation.ReferenceGroup;
import io.github.frivillig.core.policy.Decision;
import io.github.frivillig.core.policy.DecisionKind;
import io.github.frivillig.core.policy.Foundation;
import io.github.frivillig.core.policy.FoundationKind;
import io.github.frivillig.core.policy.FrameworkLink;
import io.github.frivillig.core.policy.Measure;
import io.github.frivillig.core.policy.PartKind;
import io.github.frivillig.core.policy.Party;
import io.github.frivillig.core.policy.PartySide;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.policy.PolicyId;
import io.github.frivillig.core.policy.PolicyKind;
import io.github.frivillig.core.policy.PolicyPart;
import io.github.frivillig.core.policy.PolicyStatus;
import io.github.frivillig.core.policy.Principle;
import io.github.frivillig.core.policy.RelatedPolicy;
import io.github.frivillig.core.policy.RelationKind;
import io.github.frivillig.core.policy.Signatory;
import io.github.frivillig.core.policy.Vote;
import io.github.frivillig.core.policy.VoteOutcome;
import io.github.frivillig.core.text.LocalizedText;
import io.github.frivillig.core.value.Count;
import io.github.frivillig.core.value.CountQualifier;
import io.github.frivillig.core.value.Money;
import io.github.frivillig.core.value.PartialDate;
import io.github.frivillig.core.value.Period;
import io.github.frivillig.core.value.Person;

/**
 * Each rule of the validator fires exactly once on a minimal document with one planted problem, and no rule fires
 * on the valid document.
 */
class PolicyValidatorTest {

    static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
    static final PolicyValidator VALIDATOR = PolicyValidator.builder().clock(TODAY).build();

    @Test
    void validPolicyHasNoViolations() {
        assertThat(VALIDATOR.validate(valid().build()).violations()).isEmpty();
    }

    static Stream<Arguments> plantedProblems() {
        return Stream.of(
                planted("required", "/title", p -> p.title(null)),
                planted("blank", "/organisations/0/name", p -> organisation(p, o -> o.name("  "))),
                planted("text.empty", "/purpose", p -> p.purpose(LocalizedText.empty())),
                planted("text.blank", "/title/nn", p -> p.title(LocalizedText.builder().text("nb", "Tittel")
                        .text("nn", " ").build())),
                planted("text.language-tag", "/vision/nb_NO", p -> p.vision(LocalizedText.of("nb_NO", "Visjon"))),
                planted("text.duplicate-language", "/vision/NB", p -> p.vision(LocalizedText.builder()
                        .text("nb", "Visjon").text("en", "Vision").text("NB", "Visjonen").build())),
                planted("language-tag.malformed", "/language", p -> p.language("nb_NO")),
                planted("id.malformed", "/organisations/1/id", p -> p.addOrganisation(Organisation.builder()
                        .id(id("Bad Id")).name("Lag").kind(OrganisationKind.VOLUNTARY_ASSOCIATION).build())),
                planted("policy-id.malformed", "/id", p -> p.id(PolicyId.of("NO 4001"))),
                planted("organisation-identifier.format", "/organisations/0/identifier", p -> organisation(p,
                        o -> o.identifier(OrganisationIdentifier.of(IdentifierScheme.NO_ORGNR, "98807791")))),
                // 974760673 is Brønnøysundregistrene's own organisation number; its check digit is 3, not 4.
                planted("organisation-identifier.checksum", "/organisations/0/identifier", p -> organisation(p,
                        o -> o.identifier(OrganisationIdentifier.of(IdentifierScheme.NO_ORGNR, "974760674")))),
                planted("municipality.code-format", "/municipality/code",
                        p -> p.municipality(Municipality.of(Country.NORWAY, "401", "Porsgrunn"))),
                planted("period.end-before-start", "/validity/to",
                        p -> p.validity(Period.between(PartialDate.ofYear(2027), PartialDate.ofYear(2024)))),
                planted("email.malformed", "/contacts/0/email",
                        p -> p.addContact(Person.builder().name("Kari").email("kari(at)kommune").build())),
                planted("phone.malformed", "/contacts/0/phone",
                        p -> p.addContact(Person.builder().name("Kari").phone("ring meg").build())),
                planted("number.negative", "/events/0/participation/attendees/value", p -> event(p,
                        e -> e.participation(Participation.builder().attendees(new Count(-1, CountQualifier.EXACT))
                                .build()))),
                planted("count.value-missing", "/events/0/participation/attendees", p -> event(p,
                        e -> e.participation(Participation.builder().attendees(new Count(null, CountQualifier.ABOUT))
                                .build()))),
                planted("count.vague-with-value", "/events/0/participation/attendees/qualifier", p -> event(p,
                        e -> e.participation(Participation.builder().attendees(new Count(40, CountQualifier.MANY))
                                .build()))),
                planted("count.range-reversed", "/events/0/participation/attendees/upTo", p -> event(p,
                        e -> e.participation(Participation.builder().attendees(new Count(40, 30, CountQualifier.ABOUT))
                                .build()))),
                planted("amount.vague-qualifier", "/measures/0/budget/qualifier", p -> measure(p,
                        m -> m.budget(new Money(new BigDecimal("50000"), Currency.getInstance("NOK"),
                                CountQualifier.SEVERAL)))),
                planted("id.duplicate", "/organisations/1/id", p -> p.addOrganisation(Organisation.builder()
                        .id(id("kommunen")).name("Kommunen igjen").kind(OrganisationKind.MUNICIPALITY).build())),
                planted("reference.unknown-principle", "/measures/0/principles/1",
                        p -> measure(p, m -> m.addPrinciple(id("ukjent")))),
                planted("reference.unknown-input", "/measures/0/respondsTo/1",
                        p -> measure(p, m -> m.addRespondsTo(id("ukjent")))),
                planted("reference.unknown-organisation", "/measures/0/partners/0",
                        p -> measure(p, m -> m.addPartner(id("ukjent")))),
                planted("reference.unknown-event", "/inputs/0/event", p -> input(p, i -> i.event(id("ukjent")))),
                planted("reference.unknown-foundation", "/principles/0/frameworkLinks/0/foundation",
                        p -> principle(p, r -> r.addFrameworkLink(new FrameworkLink(id("ukjent"), null, null)))),
                planted("reference.unknown-part", "/measures/0/part", p -> measure(p, m -> m.part(id("ukjent")))),
                planted("part.part-of-cycle", "/parts/0/partOf", p -> p.addPart(PolicyPart.builder()
                        .id(id("handlingsplan")).kind(PartKind.ACTION_PLAN).partOf(id("handlingsplan")).build())),
                planted("event.part-of-cycle", "/events/0/partOf", p -> event(p, e -> e.partOf(id("kafe")))),
                planted("principle.part-of-cycle", "/principles/0/partOf", p -> principle(p, r -> r.partOf(id("dialog")))),
                planted("organisation.part-of-cycle", "/organisations/0/partOf",
                        p -> organisation(p, o -> o.partOf(id("kommunen")))),
                planted("event.end-before-start", "/events/0/endDate",
                        p -> event(p, e -> e.endDate(PartialDate.of(2024, 3, 1)))),
                planted("decision.before-dialogue", "/decisions/0/date",
                        p -> decision(p, d -> d.date(PartialDate.of(2024, 1, 2)))),
                planted("decision.before-mandate", "/decisions/0/date", p -> p.addDecision(Decision.builder()
                        .kind(DecisionKind.MANDATE).date(PartialDate.of(2024, 8, 29)).build())),
                planted("decision.consultation-after-adoption", "/decisions/1/date", p -> p.addDecision(Decision
                        .builder().kind(DecisionKind.CONSULTATION).date(PartialDate.of(2024, 9, 5)).build())),
                planted("event.deadline-before-start", "/events/0/responseDeadline",
                        p -> event(p, e -> e.responseDeadline(PartialDate.of(2024, 3, 1)))),
                planted("member-call.deadline-before-opening", "/referenceGroups/0/call/deadline",
                        p -> p.addReferenceGroup(ReferenceGroup.builder().id(id("gruppe")).name(text("Referansegruppe"))
                                .kind(GroupKind.REFERENCE_GROUP).status(GroupStatus.ACTIVE)
                                .call(MemberCall.builder().opened(PartialDate.of(2024, 2, 1))
                                        .deadline(PartialDate.of(2024, 1, 15)).build()).build())),
                planted("vote.unanimous-with-votes-against", "/decisions/0/vote/outcome", p -> decision(p,
                        d -> d.vote(Vote.builder().outcome(VoteOutcome.UNANIMOUS).inFavour(32).against(3).build()))),
                planted("policy.adoption-missing", "/decisions", p -> p.decisions(List.of())),
                planted("event.cancellation-reason-missing", "/events/0/cancellationReason",
                        p -> event(p, e -> e.status(EventStatus.CANCELLED))),
                planted("input.disposition-reason-missing", "/inputs/0/dispositionReason",
                        p -> input(p, i -> i.disposition(Disposition.DECLINED))),
                planted("principle.no-text", "/principles/0", p -> principle(p, r -> r.title(null))),
                planted("foundation.unnamed", "/foundations/0", p -> p.addFoundation(Foundation.builder()
                        .id(id("plan")).kind(FoundationKind.OTHER).build())),
                planted("organisation.unnamed", "/organisations/0", p -> organisation(p, o -> o.name(null))),
                planted("signatory.unnamed", "/decisions/0/signatories/0",
                        p -> decision(p, d -> d.addSignatory(new Signatory(null, null, null, Count.exactly(2))))),
                planted("party.unnamed", "/parties/0",
                        p -> p.addParty(new Party(PartySide.CIVIL_SOCIETY, null, null, Count.exactly(59)))),
                planted("related-policy.unnamed", "/relatedPolicies/0", p -> p.addRelatedPolicy(RelatedPolicy
                        .builder().relation(RelationKind.PREDECESSOR)
                        .period(Period.between(PartialDate.ofYear(2015), PartialDate.ofYear(2019))).build())),
                planted("input.unanswered", "/inputs/0", p -> measure(p, m -> m.respondsTo(List.of()))),
                planted("measure.no-responsible", "/measures/0/responsible",
                        p -> measure(p, m -> m.responsible(List.of()))),
                planted("policy.no-dialogue", "/events", p -> p.events(List.of()).inputs(List.of())
                        .measures(List.of(p.build().measures().get(0).toBuilder().respondsTo(List.of()).build()))),
                planted("decision.body-missing", "/decisions/0/body", p -> decision(p, d -> d.body(null))),
                planted("policy.status-before-adoption", "/status", p -> p.status(PolicyStatus.DRAFT)),
                planted("decision.signatories-missing", "/decisions/1/signatories", p -> p.addDecision(Decision
                        .builder().kind(DecisionKind.SIGNING).date(PartialDate.of(2024, 8, 15)).build())),
                planted("policy.parties-missing", "/parties", p -> p.kind(PolicyKind.LOCAL_AGREEMENT)),
                planted("text.single-written-standard", "/title", p -> p.title(LocalizedText.of("nb", "Tittel"))),
                planted("municipality.unknown-code", "/municipality/code",
                        p -> p.municipality(Municipality.of(Country.NORWAY, "4099", "Porsgrunn"))),
                // 4001 has been Porsgrunn's code since 2024; a policy of 2019 cannot have used it.
                planted("municipality.code-not-yet-in-force", "/municipality/code", p -> datedIn(p, 2019)),
                // 3806 was Porsgrunn's code from 2020 to 2023; the policy was adopted in 2024.
                planted("municipality.code-not-in-force", "/municipality/code",
                        p -> p.municipality(Municipality.of(Country.NORWAY, "3806", "Porsgrunn"))),
                planted("municipality.name-mismatch", "/municipality/name",
                        p -> p.municipality(Municipality.of(Country.NORWAY, "4001", "Skien"))),
                // Sande, 0713, was merged into Holmestrand, 3802, in 2020; Horten was not its successor.
                planted("municipality.successor-mismatch", "/municipality/successors/0/code", p -> datedIn(p, 2018)
                        .municipality(Municipality.of(Country.NORWAY, "0713", "Sande")
                                .withSuccessors(Municipality.of(Country.NORWAY, "3801", "Horten")))),
                planted("municipality.undated", "/municipality/code", PolicyValidatorTest::undated));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("plantedProblems")
    void eachRuleFiresExactlyOnceOnItsPlantedProblem(String code, String pointer, UnaryOperator<Policy.Builder> plant) {
        ValidationReport report = VALIDATOR.validate(plant.apply(valid()).build());

        assertThat(report.violations()).as(report.violations().toString()).hasSize(1);
        Violation violation = report.violations().get(0);
        assertThat(violation.code()).isEqualTo(code);
        assertThat(violation.pointer()).isEqualTo(pointer);
        assertThat(violation.message()).isNotBlank().doesNotContain("{", "}", "$");
    }

    @Test
    void everyRuleOfTheRulesTableIsExercisedByAPlantedProblem() {
        List<String> planted = plantedProblems().map(arguments -> (String) arguments.get()[0]).toList();
        List<String> rules = Stream.of(io.github.frivillig.core.validation.internal.Rule.values())
                .map(io.github.frivillig.core.validation.internal.Rule::code)
                .filter(code -> !code.equals("constraint")) // the fallback for constraints Frivillig does not use
                .toList();
        assertThat(planted).containsExactlyInAnyOrderElementsOf(rules);
    }

    @Test
    void everyLanguageRepeatedInOtherLetterCaseIsReportedInTextsOfFewAndOfManyLanguages() {
        LocalizedText.Builder few = LocalizedText.builder().text("nb", "Visjon").text("en-GB", "Vision")
                .text("EN-gb", "The vision");
        LocalizedText.Builder many = LocalizedText.builder();
        for (int i = 0; i < 20; i++) {
            many.text("en-x-tag" + i, "Visjon " + i);
        }
        many.text("EN-X-Tag3", "Igjen").text("en-x-TAG17", "Igjen");

        assertThat(VALIDATOR.validate(valid().vision(few.build()).build()).violations())
                .extracting(Violation::code, Violation::pointer)
                .containsExactly(tuple("text.duplicate-language", "/vision/EN-gb"));
        assertThat(VALIDATOR.validate(valid().vision(many.build()).build()).violations())
                .extracting(Violation::code, Violation::pointer)
                .containsExactly(tuple("text.duplicate-language", "/vision/EN-X-Tag3"),
                        tuple("text.duplicate-language", "/vision/en-x-TAG17"));
    }

    @Test
    void eventTimesAreComparedOnlyWithinOneDay() {
        UnaryOperator<DialogueEvent.Builder> evening = e -> e.startTime(LocalTime.of(18, 0)).endTime(LocalTime.of(17, 30));

        Violation violation = VALIDATOR.validate(event(valid(), evening).build()).violations().get(0);

        assertThat(violation.code()).isEqualTo("event.end-before-start");
        assertThat(violation.pointer()).isEqualTo("/events/0/endTime");
        assertThat(violation.message()).contains("18:00", "17:30");
        // Over midnight, into the next day: the end time may be the earlier one.
        assertThat(VALIDATOR.validate(event(valid(), e -> evening.apply(e).endDate(PartialDate.of(2024, 3, 15)))
                .build()).violations()).isEmpty();
        assertThat(VALIDATOR.validate(event(valid(), e -> e.startTime(LocalTime.of(18, 0))
                .endTime(LocalTime.of(21, 0))).build()).violations()).isEmpty();
    }

    @Test
    void codeNotInForceNamesTheCodeThatWasInForce() {
        Violation violation = VALIDATOR.validate(valid()
                .municipality(Municipality.of(Country.NORWAY, "3806", "Porsgrunn")).build()).violations().get(0);

        assertThat(violation.arguments()).containsEntry("then", "4001 Porsgrunn").containsEntry("date", "2024-06-20")
                .containsEntry("basis", "adoption");
        assertThat(violation.message()).contains("4001 Porsgrunn");
    }

    @Test
    void relevantDateFallsBackToTheFirstDialogueEvent() {
        Policy beforeAdoption = valid().status(PolicyStatus.IN_DIALOGUE).decisions(List.of())
                .municipality(Municipality.of(Country.NORWAY, "4001", "Porsgrunn")).build();
        // The café dialogue of 2024-03-14 is the relevant date: 4001 was in force.
        assertThat(VALIDATOR.validate(beforeAdoption).violations()).isEmpty();

        Policy old = beforeAdoption.toBuilder().events(List.of(beforeAdoption.events().get(0).toBuilder()
                .date(PartialDate.of(2019, 9, 1)).build())).build();
        Violation violation = VALIDATOR.validate(old).violations().get(0);
        assertThat(violation.code()).isEqualTo("municipality.code-not-yet-in-force");
        assertThat(violation.arguments()).containsEntry("basis", "first-dialogue-event")
                .containsEntry("then", "0805 Porsgrunn");
    }

    @Test
    void codeThatCameIntoForceAfterTheDocumentsDateIsAnErrorNamingTheCodeInForceThen() {
        // Gjøvik was 0502 until 2019 and has been 3407 since 2020: in 2009 the code 3407 did not exist.
        Policy policy = datedIn(valid(), 2009).municipality(Municipality.of(Country.NORWAY, "3407", "Gjøvik")).build();

        ValidationReport report = VALIDATOR.validate(policy);

        assertThat(report.violations()).extracting(Violation::code, Violation::severity)
                .containsExactly(tuple("municipality.code-not-yet-in-force", Severity.ERROR));
        assertThat(report.isValid()).isFalse();
        Violation violation = report.violations().get(0);
        assertThat(violation.arguments()).containsEntry("date", "2009-06-20").containsEntry("basis", "adoption")
                .containsEntry("since", "2020-01-01").containsEntry("then", "0502 Gjøvik");
        assertThat(violation.message()).contains("3407", "2009-06-20", "2020-01-01", "0502 Gjøvik");
    }

    @Test
    void codeRenumberedBeforeTheDocumentsDateIsAWarningNamingItsSuccessor() {
        // In 2022 Gjøvik's code was 3407; 0502 had ended on 2019-12-31.
        Policy policy = datedIn(valid(), 2022).municipality(Municipality.of(Country.NORWAY, "0502", "Gjøvik")).build();

        ValidationReport report = VALIDATOR.validate(policy);

        assertThat(report.violations()).extracting(Violation::code, Violation::severity)
                .containsExactly(tuple("municipality.code-not-in-force", Severity.WARNING));
        assertThat(report.isValid()).isTrue();
        assertThat(report.violations().get(0).arguments()).containsEntry("then", "3407 Gjøvik")
                .containsEntry("date", "2022-06-20");
    }

    @Test
    void codeThatCameIntoForceAfterADateBeforeTheRegistersCoverageIsOnlyAWarning() {
        // The Norwegian register starts on 1995-01-01: what 3407 denoted in 1990 it cannot tell for certain.
        Policy policy = datedIn(valid(), 1990).municipality(Municipality.of(Country.NORWAY, "3407", "Gjøvik")).build();

        assertThat(VALIDATOR.validate(policy).violations()).extracting(Violation::code, Violation::severity)
                .containsExactly(tuple("municipality.code-not-in-force", Severity.WARNING));
    }

    @Test
    void policyWithoutAnyDateIsCheckedAgainstTodayAndSaysSo() {
        ValidationReport inForce = VALIDATOR.validate(undated(valid()).build());
        assertThat(inForce.violations()).extracting(Violation::code, Violation::severity)
                .containsExactly(tuple("municipality.undated", Severity.INFO));
        assertThat(inForce.violations().get(0).arguments()).containsEntry("date", "2026-11-23")
                .containsEntry("value", "4001");
        assertThat(inForce.violations().get(0).message()).contains("4001", "2026-11-23");

        // 0805 was Porsgrunn's code until 2019: today it is not in force, and the warning names today's code.
        ValidationReport retired = VALIDATOR.validate(undated(valid())
                .municipality(Municipality.of(Country.NORWAY, "0805", "Porsgrunn")).build());
        assertThat(retired.violations()).extracting(Violation::code)
                .containsExactly("municipality.code-not-in-force", "municipality.undated");
        assertThat(retired.violations().get(0).arguments()).containsEntry("basis", "today")
                .containsEntry("then", "4001 Porsgrunn");
    }

    @Test
    void policyWhoseOnlyDateIsAMandateDecisionIsCheckedOnThatDate() {
        // A mandate of 2019 to prepare the policy, nothing else dated: 0805 was then Porsgrunn's code.
        Policy.Builder mandated = undated(valid()).decisions(List.of(Decision.builder()
                .kind(io.github.frivillig.core.policy.DecisionKind.MANDATE)
                .body(io.github.frivillig.core.policy.GoverningBody.of(
                        io.github.frivillig.core.policy.GoverningBodyKind.MUNICIPAL_COUNCIL, "Porsgrunn bystyre"))
                .date(PartialDate.of(2019, 2, 14)).build()));

        assertThat(VALIDATOR.validate(mandated.municipality(Municipality.of(Country.NORWAY, "0805", "Porsgrunn"))
                .build()).violations()).isEmpty();
        Violation violation = VALIDATOR.validate(mandated.municipality(
                Municipality.of(Country.NORWAY, "4001", "Porsgrunn")).build()).violations().get(0);
        assertThat(violation.code()).isEqualTo("municipality.code-not-yet-in-force");
        assertThat(violation.arguments()).containsEntry("basis", "decision").containsEntry("date", "2019-02-14")
                .containsEntry("then", "0805 Porsgrunn");
    }

    @Test
    void policyWhoseOnlyDateIsAnInputsReceivedDateIsCheckedOnThatDate() {
        Policy.Builder received = input(undated(valid()), i -> i.received(PartialDate.of(2019, 5, 2)));

        assertThat(VALIDATOR.validate(received.municipality(Municipality.of(Country.NORWAY, "0805", "Porsgrunn"))
                .build()).violations()).isEmpty();
        Violation violation = VALIDATOR.validate(received.municipality(
                Municipality.of(Country.NORWAY, "4001", "Porsgrunn")).build()).violations().get(0);
        assertThat(violation.code()).isEqualTo("municipality.code-not-yet-in-force");
        assertThat(violation.arguments()).containsEntry("basis", "input-received").containsEntry("date", "2019-05-02");
    }

    @Test
    void adoptionIsTheRelevantDateEvenWhenOtherFactsAreDatedEarlier() {
        // The mandate of 2019 predates 4001, the adoption of 2024 does not: the adoption decides.
        Policy policy = valid().addDecision(Decision.builder()
                .kind(io.github.frivillig.core.policy.DecisionKind.MANDATE)
                .body(io.github.frivillig.core.policy.GoverningBody.of(
                        io.github.frivillig.core.policy.GoverningBodyKind.MUNICIPAL_COUNCIL, "Porsgrunn bystyre"))
                .date(PartialDate.of(2019, 2, 14)).build()).build();

        assertThat(VALIDATOR.validate(policy).violations()).isEmpty();
    }

    @Test
    void plantedProblemsAreAllFoundInOnePassInEveryLanguage() {
        Policy policy = valid()
                .id(PolicyId.of("Bad Id"))
                .title(LocalizedText.of("nb", "Tittel"))
                .municipality(Municipality.of(Country.NORWAY, "3806", "Skien"))
                .addOrganisation(Organisation.builder().id(id("kommunen")).name(" ").kind(OrganisationKind.OTHER)
                        .identifier(OrganisationIdentifier.of(IdentifierScheme.DK_CVR, "13585629")).build())
                .addContact(Person.builder().name("Kari Nordmann").email("kari@").build())
                .build();
        List<String> expected = List.of(
                "/id policy-id.malformed",
                "/municipality/code municipality.code-not-in-force",
                "/municipality/name municipality.name-mismatch",
                "/organisations/1/id id.duplicate",
                "/organisations/1/identifier organisation-identifier.checksum",
                "/organisations/1/name blank",
                "/contacts/0/email email.malformed",
                "/title text.single-written-standard");

        for (String language : List.of("en", "nb", "nn", "da", "sv")) {
            ValidationReport report = VALIDATOR.validate(policy, Locale.forLanguageTag(language));
            assertThat(report.violations()).extracting(v -> v.pointer() + " " + v.code())
                    .containsExactlyElementsOf(sortedLikeTheReport(expected));
            assertThat(report.isValid()).isFalse();
            assertThat(report.violations()).allSatisfy(v -> assertThat(v.message()).doesNotContain("{", "$"));
        }
    }

    @Test
    void messagesFollowTheRequestedLanguage() {
        Policy policy = valid().title(null).build();
        assertThat(VALIDATOR.validate(policy, Locale.ENGLISH).violations().get(0).message()).contains("required");
        assertThat(VALIDATOR.validate(policy, Locale.forLanguageTag("da")).violations().get(0).message())
                .isNotEqualTo(VALIDATOR.validate(policy, Locale.ENGLISH).violations().get(0).message());
    }

    @Test
    void personalDataIsMaskedUnlessAskedFor() {
        Policy policy = valid().addContact(Person.builder().name("Kari").email("kari.nordmann(at)kommune").build())
                .build();

        Violation masked = VALIDATOR.validate(policy).violations().get(0);
        assertThat(masked.offendingValue()).contains("***");
        assertThat(masked.message()).doesNotContain("kari.nordmann");

        Violation shown = PolicyValidator.builder().clock(TODAY).includePersonalData().build()
                .validate(policy).violations().get(0);
        assertThat(shown.offendingValue()).contains("kari.nordmann(at)kommune");
    }

    @Test
    void malformedOrganisationOfAPersonIsReportedLikeEveryOtherReference() {
        Policy policy = valid().addContact(Person.builder().title(LocalizedText.of("nb", "Leder"))
                .organisation(id("Bad Id")).build()).build();

        assertThat(VALIDATOR.validate(policy).violations())
                .filteredOn(violation -> violation.code().equals("id.malformed"))
                .extracting(Violation::pointer)
                .containsExactly("/contacts/0/organisation");
    }

    @Test
    void textThatLooksLikeATemplateIsShownAsItIs() {
        String hostile = "${1+1}#{2*3}{0}{id}";
        Policy policy = valid().addOrganisation(Organisation.builder().id(id(hostile)).name(hostile)
                .kind(OrganisationKind.OTHER).build()).build();

        Violation violation = VALIDATOR.validate(policy).violations().get(0);
        assertThat(violation.code()).isEqualTo("id.malformed");
        assertThat(violation.message()).contains(hostile).doesNotContain("2}").doesNotContain("6}");
        assertThat(violation.offendingValue()).contains(hostile);
    }

    @Test
    void validatorWithoutRegisterChecksOnlyTheFormat() {
        PolicyValidator formatOnly = PolicyValidator.builder().withoutMunicipalityRegister().build();
        Policy policy = valid().municipality(Municipality.of(Country.NORWAY, "4099", "Porsgrunn")).build();

        assertThat(formatOnly.validate(policy).violations()).isEmpty();
        assertThat(VALIDATOR.validate(policy).violations()).extracting(Violation::code)
                .containsExactly("municipality.unknown-code");
    }

    private static List<String> sortedLikeTheReport(List<String> expected) {
        // The report is in document order of pointers: /contacts < /id < /municipality < /organisations < /title.
        return expected.stream().sorted().toList();
    }

    private static Arguments planted(String code, String pointer, UnaryOperator<Policy.Builder> plant) {
        return Arguments.of(code, pointer, plant);
    }

    /** Moves the adoption to 20 June and the café dialogue to 14 March of a year. */
    static Policy.Builder datedIn(Policy.Builder p, int year) {
        return event(decision(p, d -> d.date(PartialDate.of(year, 6, 20))), e -> e.date(PartialDate.of(year, 3, 14)));
    }

    /** Removes every date: no decision, and a dialogue event without a date. */
    private static Policy.Builder undated(Policy.Builder p) {
        return event(p.status(PolicyStatus.IN_DIALOGUE).decisions(List.of()), e -> e.date(null));
    }

    static Policy.Builder organisation(Policy.Builder p, UnaryOperator<Organisation.Builder> change) {
        Policy built = p.build();
        return p.organisations(List.of(change.apply(built.organisations().get(0).toBuilder()).build()));
    }

    static Policy.Builder event(Policy.Builder p, UnaryOperator<DialogueEvent.Builder> change) {
        Policy built = p.build();
        return p.events(List.of(change.apply(built.events().get(0).toBuilder()).build()));
    }

    static Policy.Builder input(Policy.Builder p, UnaryOperator<DialogueInput.Builder> change) {
        Policy built = p.build();
        return p.inputs(List.of(change.apply(built.inputs().get(0).toBuilder()).build()));
    }

    static Policy.Builder measure(Policy.Builder p, UnaryOperator<Measure.Builder> change) {
        Policy built = p.build();
        return p.measures(List.of(change.apply(built.measures().get(0).toBuilder()).build()));
    }

    static Policy.Builder principle(Policy.Builder p, UnaryOperator<Principle.Builder> change) {
        Policy built = p.build();
        return p.principles(List.of(change.apply(built.principles().get(0).toBuilder()).build()));
    }

    static Policy.Builder decision(Policy.Builder p, UnaryOperator<Decision.Builder> change) {
        Policy built = p.build();
        return p.decisions(List.of(change.apply(built.decisions().get(0).toBuilder()).build()));
    }

    @Test
    void languageTagsOfAnyShapeAreReportedInAStableOrderWithoutFailing() {
        LocalizedText.Builder title = LocalizedText.builder().text("nb", "Tittel").text("nn", "Tittel");
        for (String tag : List.of("9", "10", "1a", "09", "a1", "100", "0")) {
            title.text(tag, "Tekst");
        }

        ValidationReport report = VALIDATOR.validate(valid().title(title.build()).build());

        assertThat(report.violations()).extracting(Violation::pointer)
                .containsExactly("/title/0", "/title/9", "/title/10", "/title/100", "/title/09", "/title/1a",
                        "/title/a1");
    }

    @Test
    void dialogueHeldAfterTheAdoptionIsFollowUpNotAnError() {
        // An adopted policy followed up in a dialogue meeting a year later: the café dialogue of 2024-03-14 fed the
        // adoption of 2024-06-20, the meeting of 2025 followed it.
        Policy policy = valid().addEvent(DialogueEvent.builder().id(id("oppfolging"))
                .kind(io.github.frivillig.core.dialogue.EventKind.DIALOGUE_MEETING).status(EventStatus.HELD)
                .date(PartialDate.of(2025, 5, 1)).build()).build();

        assertThat(VALIDATOR.validate(policy).violations()).isEmpty();
    }

    @Test
    void codeFromBeforeTheRegistersCoverageIsNotReportedAsNeverExisting() {
        // 0717 was Borre's code until 1987; the register's Norwegian codes start on 1995-01-01.
        Policy policy = datedIn(valid(), 1986).municipality(Municipality.of(Country.NORWAY, "0717", "Borre")).build();

        assertThat(VALIDATOR.validate(policy).violations()).extracting(Violation::code)
                .doesNotContain("municipality.unknown-code");
        assertThat(VALIDATOR.validate(datedIn(valid(), 1995).municipality(
                Municipality.of(Country.NORWAY, "0717", "Borre")).build()).violations()).extracting(Violation::code)
                .containsExactly("municipality.unknown-code");
    }

    @Test
    void imprecisePolicyDateCountsAsInForceWhenAnyOfItsDaysIs() {
        // Winter 2023 runs from December 2023 to February 2024; 4001 has been Porsgrunn's code since 2024-01-01.
        Policy policy = valid().decisions(List.of(valid().build().decisions().get(0).toBuilder()
                .date(PartialDate.ofSeason(2023, PartialDate.Season.WINTER)).build()))
                .events(List.of(valid().build().events().get(0).toBuilder().date(PartialDate.of(2023, 10, 1))
                        .build()))
                .build();

        assertThat(VALIDATOR.validate(policy).violations()).extracting(Violation::code)
                .doesNotContain("municipality.code-not-in-force");
    }
}
