package io.github.frivillig.core.validation;

import static io.github.frivillig.core.fixtures.TestPolicies.id;
import static io.github.frivillig.core.fixtures.TestPolicies.valid;
import static io.github.frivillig.core.validation.PolicyValidatorTest.VALIDATOR;
import static io.github.frivillig.core.validation.PolicyValidatorTest.decision;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.frivillig.core.policy.Decision;
import io.github.frivillig.core.policy.DecisionKind;
import io.github.frivillig.core.policy.Party;
import io.github.frivillig.core.policy.PartySide;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.policy.PolicyKind;
import io.github.frivillig.core.policy.Signatory;
import io.github.frivillig.core.policy.Vote;
import io.github.frivillig.core.policy.VoteOutcome;
import io.github.frivillig.core.value.PartialDate;

/** Votes, signings and the parties of a local agreement: consistent, and complete where the kind asks for it. */
class AgreementRulesTest {

    @Test
    void unanimousVoteMayHaveNoVotesAgainstButAbstentions() {
        assertThat(VALIDATOR.validate(decision(valid(), d -> d.vote(Vote.builder().outcome(VoteOutcome.UNANIMOUS)
                .inFavour(35).against(0).abstentions(2).build())).build()).violations()).isEmpty();
        assertThat(VALIDATOR.validate(decision(valid(), d -> d.vote(Vote.builder().outcome(VoteOutcome.MAJORITY)
                .inFavour(24).against(11).build())).build()).violations()).isEmpty();
    }

    @Test
    void unanimousVoteWithVotesAgainstSaysHowMany() {
        Violation violation = VALIDATOR.validate(decision(valid(), d -> d.vote(Vote.builder()
                .outcome(VoteOutcome.UNANIMOUS).against(3).build())).build()).violations().get(0);

        assertThat(violation.severity()).isEqualTo(Severity.ERROR);
        assertThat(violation.arguments()).containsEntry("against", "3");
        assertThat(violation.message()).contains("3");
    }

    @Test
    void localAgreementNamesItsPartiesOrItsSigning() {
        Policy.Builder agreement = valid().kind(PolicyKind.LOCAL_AGREEMENT);
        Decision signing = Decision.builder().kind(DecisionKind.SIGNING).date(PartialDate.of(2024, 8, 15))
                .addSignatory(Signatory.organisation(id("kommunen"))).build();

        assertThat(VALIDATOR.validate(agreement.build().toBuilder()
                .addParty(Party.of(PartySide.MUNICIPALITY, id("kommunen"))).build()).violations()).isEmpty();
        assertThat(VALIDATOR.validate(agreement.build().toBuilder().addDecision(signing).build()).violations())
                .isEmpty();
        // A signing that does not say who signed is reported at the signing, not again at the policy.
        assertThat(VALIDATOR.validate(agreement.build().toBuilder().addDecision(signing.toBuilder()
                .signatories(List.of()).build()).build()).violations())
                .extracting(Violation::code, Violation::severity)
                .containsExactly(tuple("decision.signatories-missing", Severity.WARNING));
        // Any other kind of policy need not name parties.
        assertThat(VALIDATOR.validate(valid().kind(PolicyKind.PLAN).build()).violations()).isEmpty();
    }
}
