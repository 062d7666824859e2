package io.github.frivillig.core.validation;

import static io.github.frivillig.core.fixtures.TestPolicies.id;
import static io.github.frivillig.core.fixtures.TestPolicies.text;
import static io.github.frivillig.core.fixtures.TestPolicies.valid;
import static io.github.frivillig.core.validation.PolicyValidatorTest.VALIDATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URI;
import java.time.Month;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.frivillig.core.dialogue.DialogueEvent;
import io.github.frivillig.core.dialogue.EventKind;
import io.github.frivillig.core.municipality.Country;
import io.github.frivillig.core.municipality.Municipality;
import io.github.frivillig.core.organisation.GroupMember;
import io.github.frivillig.core.organisation.MemberCall;
import io.github.frivillig.core.organisation.Organisation;
import io.github.frivillig.core.organisation.OrganisationKind;
import io.github.frivillig.core.organisation.ReferenceGroup;
import io.github.frivillig.core.organisation.Seats;
import io.github.frivillig.core.policy.Decision;
import io.github.frivillig.core.policy.DecisionKind;
import io.github.frivillig.core.policy.Party;
import io.github.frivillig.core.policy.PartySide;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.policy.PolicyId;
import io.github.frivillig.core.policy.PolicyPart;
import io.github.frivillig.core.policy.RelatedPolicy;
import io.github.frivillig.core.policy.RelationKind;
import io.github.frivillig.core.policy.Signatory;
import io.github.frivillig.core.policy.Vote;
import io.github.frivillig.core.text.LocalizedText;
import io.github.frivillig.core.value.Count;
import io.github.frivillig.core.value.PartialDate;
import io.github.frivillig.core.value.Person;

/**
 * Unknown is a value: what a source does not name is described. Each of these is accepted with any one of the
 * values that say who or what it is, and reported, at itself, with none.
 */
class UnnamedRulesTest {

    @Test
    void organisationIsNamedByItsNameItsNameInAnotherLanguageOrADescription() {
        Organisation.Builder unnamed = Organisation.builder().kind(OrganisationKind.INFORMAL_GROUP);
        Policy policy = valid().addOrganisations(
                unnamed.id(id("kor")).description(text("Et kor som deltok på dialogmøtet")).build(),
                unnamed.id(id("samisk")).description(null).names(LocalizedText.of("se", "Searvi")).build(),
                unnamed.id(id("ingen")).names(null).build()).build();

        assertThat(VALIDATOR.validate(policy).violations()).extracting(Violation::code, Violation::pointer)
                .containsExactly(tuple("organisation.unnamed", "/organisations/3"));
    }

    @Test
    void signatoryIsNamedByAnOrganisationAPersonOrADescription() {
        Person mayor = Person.builder().title(text("Ordfører")).build();
        Policy policy = valid().addDecision(Decision.builder().kind(DecisionKind.SIGNING).addSignatories(
                Signatory.organisation(id("kommunen")),
                new Signatory(null, mayor, null, null),
                new Signatory(null, null, text("Lederne for 59 lag og foreninger"), Count.exactly(59)),
                new Signatory(null, null, null, Count.exactly(59))).build()).build();

        assertThat(VALIDATOR.validate(policy).violations()).extracting(Violation::code, Violation::pointer)
                .containsExactly(tuple("signatory.unnamed",
                        "/decisions/1/signatories/3"));
    }

    @Test
    void partyIsNamedByAnOrganisationOrADescription() {
        Policy policy = valid().parties(List.of(
                Party.of(PartySide.MUNICIPALITY, id("kommunen")),
                new Party(PartySide.CIVIL_SOCIETY, null, text("Foreningene som har skrevet under"), null),
                new Party(null, null, null, Count.about(90)))).build();

        assertThat(VALIDATOR.validate(policy).violations()).extracting(Violation::code, Violation::pointer)
                .containsExactly(tuple("party.unnamed", "/parties/2"));
    }

    @Test
    void partsOfFormat11WithAlmostNothingInThemAreReportedWithoutFailing() {
        // Every value left out that the model allows to be left out, and dates of an unknown year: the rules report
        // what is missing and compare no date they cannot place.
        PartialDate may = PartialDate.ofUnknownYear(Month.MAY);
        Policy policy = PolicyValidatorTest.datedIn(valid(), 2018)
                .municipality(new Municipality(Country.NORWAY, "0713", "Sande", null,
                        List.of(new Municipality(null, null, null, null, List.of()))))
                .addDecisions(Decision.builder().vote(Vote.unanimous())
                                .addSignatory(new Signatory(null, null, null, null)).addPart(id("ingen")).build(),
                        Decision.builder().kind(DecisionKind.MANDATE).date(may).build(),
                        Decision.builder().kind(DecisionKind.CONSULTATION).date(may).build(),
                        Decision.builder().kind(DecisionKind.REVISION).build())
                .addPart(PolicyPart.builder().partOf(id("ingen")).build())
                .addParty(new Party(null, null, null, null))
                .addRelatedPolicy(RelatedPolicy.builder().build())
                .addOrganisation(Organisation.builder().build())
                .addEvent(DialogueEvent.builder().kind(EventKind.CONSULTATION).responseDeadline(may).build())
                .addReferenceGroup(ReferenceGroup.builder().call(MemberCall.builder().deadline(may).build())
                        .addComposition(Seats.builder().build())
                        .addMember(new GroupMember.MunicipalStaff(null, null, null, null)).build())
                .build();

        ValidationReport report = VALIDATOR.validate(policy);

        assertThat(report.violations()).extracting(Violation::code).contains("required", "reference.unknown-part",
                "signatory.unnamed", "party.unnamed", "related-policy.unnamed", "organisation.unnamed")
                .doesNotContain("decision.before-mandate", "decision.consultation-after-adoption",
                        "event.deadline-before-start", "member-call.deadline-before-opening",
                        "vote.unanimous-with-votes-against", "municipality.successor-mismatch");
    }

    @Test
    void relatedPolicyIsNamedByItsIdItsTitleOrItsUrl() {
        RelatedPolicy.Builder sibling = RelatedPolicy.builder().relation(RelationKind.SIBLING);
        Policy policy = valid().relatedPolicies(List.of(
                sibling.policy(PolicyId.of("no-4001-idrett")).build(),
                sibling.policy(null).title(text("Idrettsplan")).build(),
                sibling.title(null).url(URI.create("https://www.porsgrunn.kommune.no/plan")).build(),
                sibling.url(null).note(text("Nevnt i saksframlegget")).build())).build();

        assertThat(VALIDATOR.validate(policy).violations()).extracting(Violation::code, Violation::pointer)
                .containsExactly(tuple("related-policy.unnamed",
                        "/relatedPolicies/3"));
    }
}
