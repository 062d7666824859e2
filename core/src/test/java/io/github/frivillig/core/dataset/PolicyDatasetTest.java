package io.github.frivillig.core.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.github.frivillig.core.code.Theme;
import io.github.frivillig.core.fixtures.SeedPolicies;
import io.github.frivillig.core.fixtures.TestPolicies;
import io.github.frivillig.core.municipality.Country;
import io.github.frivillig.core.municipality.Municipality;
import io.github.frivillig.core.policy.Measure;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.policy.PolicyId;

/**
 * The comparison of the five seed policies, with every expected value worked out by hand from the fixtures in
 * {@link SeedPolicies}, and the dataset's behaviour as a whole: list and stream, the matrix, the long rows, an
 * empty dataset.
 */
class PolicyDatasetTest {

    private static final PolicyDataset SEEDS = PolicyDataset.of(SeedPolicies.all());

    private static final Municipality PORSGRUNN = Municipality.of(Country.NORWAY, "4001", "Porsgrunn");
    private static final Municipality KRAGERO = Municipality.of(Country.NORWAY, "4014", "Kragerø");
    private static final Municipality GJOVIK = Municipality.of(Country.NORWAY, "3407", "Gjøvik");
    private static final Municipality HJORRING = Municipality.of(Country.DENMARK, "860", "Hjørring");
    private static final Municipality ODENSE = Municipality.of(Country.DENMARK, "461", "Odense");

    private static PolicySummary summary(int index) {
        return SEEDS.summaries().get(index);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Porsgrunn: an adopted strategy of principles and values, no dialogue recorded, adopted by an unknown body.
    // ---------------------------------------------------------------------------------------------------------------

    @Test
    void porsgrunnCoversFourteenThemesInItsPrinciplesAndNoneInMeasures() {
        PolicySummary porsgrunn = summary(0);

        assertThat(porsgrunn.id()).isEqualTo(PolicyId.of("no-4001-frivillighetsstrategi"));
        assertThat(porsgrunn.municipality()).isEqualTo(PORSGRUNN);
        // The principles' themes, in fixture order: independent-sector (independence, partnership, trust),
        // democratic-values (democracy and participation, diversity and inclusion, local community),
        // growth-potential (+ recruitment and retention), whole-policy-in-dialogue (+ framework conditions,
        // dialogue, predictability), the commitment "Dialog" (nothing new), "Ressurser" (+ children and youth,
        // culture and sport, emergency preparedness, health and care) and the four values (partnership, and
        // diversity for "mangfold"): 14 themes. There are no measures.
        assertThat(porsgrunn.themes().principles()).containsExactly(Theme.DIALOGUE, Theme.PARTNERSHIP, Theme.TRUST,
                Theme.INDEPENDENCE, Theme.PREDICTABILITY, Theme.FRAMEWORK_CONDITIONS,
                Theme.RECRUITMENT_AND_RETENTION, Theme.DIVERSITY_AND_INCLUSION, Theme.DEMOCRACY_AND_PARTICIPATION,
                Theme.LOCAL_COMMUNITY, Theme.CHILDREN_AND_YOUTH, Theme.HEALTH_AND_CARE,
                Theme.EMERGENCY_PREPAREDNESS, Theme.CULTURE_AND_SPORT);
        assertThat(porsgrunn.themes().measures()).isEmpty();
    }

    @Test
    void porsgrunnCountsTenPrinciplesOneOrganisationAndNoDialogue() {
        // Six principles and commitments, four values; the municipality is its only organisation.
        assertThat(summary(0).counts()).isEqualTo(new ElementCounts(10, 0, 0, 0, 0, 0, 0, 1, 0));
        assertThat(summary(0).inputs()).isEqualTo(new InputOutcomes(0, 0, 0, 0, 0, 0));
        assertThat(summary(0).inputs().acceptedShare()).isEmpty();
    }

    @Test
    void porsgrunnHasNoDaysToAdoption() {
        // No dialogue event, and the adoption has neither body nor date ("når eller av hvem" is unknown).
        assertThat(summary(0).daysToAdoption()).isEqualTo(new DaysToAdoption(null, null));
        assertThat(summary(0).daysToAdoption().days()).isEmpty();
        assertThat(summary(0).participants()).isEqualTo(new ParticipatingOrganisations(0, 0, 0, Map.of(), 0, 0, 0));
    }

    @Test
    void porsgrunnMeetsNoCriterionAndTheUnknownBodyIsTheReasonForAdoption() {
        CompletenessAssessment porsgrunn = summary(0).completeness();

        // Adopted (status adopted), so measures can no longer come: not met.
        assertOutcome(porsgrunn.ownDocumentWithMeasures(), CriterionOutcome.NOT_MET, "measures.none");
        // No event, input or group at all.
        assertOutcome(porsgrunn.developedInDialogue(), CriterionOutcome.NOT_MET, "dialogue.none");
        // The fixture's adoption decision has no body: the strategy "representerer" the policy, but the source does
        // not say who adopted it.
        assertOutcome(porsgrunn.politicallyAdopted(), CriterionOutcome.NOT_MET, "adoption.body-unknown");
        assertThat(porsgrunn.politicallyAdopted().reasons().get(0).message(Locale.forLanguageTag("nb")))
                .isEqualTo("Et vedtak er registrert, men ikke hvilket organ som vedtok politikken, så det kan ikke "
                        + "vises at den er politisk vedtatt.");
        assertThat(porsgrunn.isComplete()).isFalse();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Kragerø: a white paper in dialogue; three events on 29 September of an unknown year; 45 associations.
    // ---------------------------------------------------------------------------------------------------------------

    @Test
    void krageroHasThreeHeldEventsAndFiveUndecidedInputs() {
        PolicySummary kragero = summary(1);

        // Information meeting, evening conference and the café dialogue within it: three events, all held.
        // Five café inputs (four needs, one resource), all "received"; two organisations (the municipality and
        // Frivillighet Norge); one proposed reference group. No principles or measures yet.
        assertThat(kragero.counts()).isEqualTo(new ElementCounts(0, 0, 3, 3, 0, 0, 5, 2, 1));
        assertThat(kragero.inputs()).isEqualTo(new InputOutcomes(5, 5, 0, 0, 0, 0));
        assertThat(kragero.inputs().decided()).isZero();
        // Nothing decided yet, so every share is 0 of 5: a share, not an empty one.
        assertThat(kragero.inputs().acceptedShare()).hasValue(0.0);
        assertThat(kragero.inputs().implementedShare()).hasValue(0.0);
        assertThat(kragero.inputs().declinedShare()).hasValue(0.0);
        // No principle or measure yet: its themes are those of the dialogue, kept apart from the policy's.
        assertThat(kragero.themes().principles()).isEmpty();
        assertThat(kragero.themes().measures()).isEmpty();
    }

    @Test
    void krageroCoversTheThemesOfItsMeetingsAndOfTheInputsOfItsCafeDialogue() {
        ThemeCoverage kragero = summary(1).themes();

        // "hovedfokuset samspill og samarbeid" of the information meeting and the conference; the café dialogue
        // names no theme itself.
        assertThat(kragero.events()).containsExactly(Theme.PARTNERSHIP);
        // The four needs (competence building, premises, grants, meeting places with direct dialogue for
        // cooperation) and the resource (cooperation, local community builders).
        assertThat(kragero.inputs()).containsExactly(Theme.DIALOGUE, Theme.PARTNERSHIP, Theme.GRANTS, Theme.PREMISES,
                Theme.COMPETENCE, Theme.MEETING_PLACES, Theme.LOCAL_COMMUNITY);
        assertThat(kragero.sources(Theme.PARTNERSHIP)).containsExactly(CoverageSource.EVENTS, CoverageSource.INPUTS);
        assertThat(kragero.sources(Theme.GRANTS)).containsExactly(CoverageSource.INPUTS);
        assertThat(kragero.all()).hasSize(7);
    }

    @Test
    void krageroHasNoDaysBecauseItsEventsHaveNoYearAndItIsNotAdopted() {
        // All three events are dated XXXX-09-29: the year is unknown, so the first event's date is unknown; and
        // there is no adoption decision.
        assertThat(summary(1).daysToAdoption()).isEqualTo(new DaysToAdoption(null, null));
        assertThat(summary(1).daysToAdoption().days()).isEmpty();
    }

    @Test
    void krageroHadFrivillighetNorgeAndTheMunicipalityTakePartAndFortyFiveAssociationsCounted() {
        // Frivillighet Norge organised both meetings and facilitated the café dialogue; the mayor and the head of
        // culture of Kragerø kommune spoke at the conference. Neither has an ICNPO code. The conference counted
        // "førtifem foreninger".
        assertThat(summary(1).participants()).isEqualTo(new ParticipatingOrganisations(2, 1, 0, Map.of(), 2, 45, 0));
        assertThat(summary(1).participants().voluntaryOrganisationsAtLeast()).isEqualTo(45);
    }

    @Test
    void krageroIsInProcessOnMeasuresAndAdoptionAndMeetsDialogue() {
        CompletenessAssessment kragero = summary(1).completeness();

        // No measures yet, but in dialogue: the white paper "med konkrete tiltak" is still being written.
        assertOutcome(kragero.ownDocumentWithMeasures(), CriterionOutcome.IN_PROCESS, "measures.none",
                "policy.in-development");
        assertThat(kragero.ownDocumentWithMeasures().reasons().get(1).arguments())
                .containsExactly(Map.entry("status", "in-dialogue"));
        // 45 associations at the evening conference, at least the 10 asked for.
        assertOutcome(kragero.developedInDialogue(), CriterionOutcome.MET, "dialogue.broad");
        assertThat(kragero.developedInDialogue().reasons().get(0).arguments())
                .containsExactly(Map.entry("organisations", "45"), Map.entry("minimum", "10"));
        // Not adopted, but "forankret i kommunestyret": a mandate from the council.
        assertOutcome(kragero.politicallyAdopted(), CriterionOutcome.IN_PROCESS, "adoption.none",
                "adoption.mandate", "policy.in-development");
        assertThat(kragero.politicallyAdopted().reasons().get(1).arguments()).containsExactly(
                Map.entry("body", "Kragerø kommunestyre"), Map.entry("bodyKind", "municipal-council"));
        assertThat(kragero.politicallyAdopted().reasons().get(1).message(Locale.ENGLISH))
                .isEqualTo("The work has a political mandate from Kragerø kommunestyre (Municipal council).");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Gjøvik: a white paper in its final phase; three events on 30 October of an unknown year; over 20 registered.
    // ---------------------------------------------------------------------------------------------------------------

    @Test
    void gjovikHasThreeHeldEventsAndFourUndecidedInputs() {
        // The council half-hour, the meeting with the organisations and the café dialogue within it; four inputs,
        // all "received"; four organisations (municipality, council, Frivillighet Norge, the volunteer centre);
        // the proposed input group.
        assertThat(summary(2).counts()).isEqualTo(new ElementCounts(0, 0, 3, 3, 0, 0, 4, 4, 1));
        assertThat(summary(2).inputs()).isEqualTo(new InputOutcomes(4, 4, 0, 0, 0, 0));
        assertThat(summary(2).daysToAdoption().days()).isEmpty();
    }

    @Test
    void gjovikCountsTwentyOneRegisteredOrganisationsButNotTheVolunteerCentreItOnlyMentions() {
        // Taking part: Frivillighet Norge and Gjøvik kommune (organisers and speakers of both meetings) and Gjøvik
        // kommunestyre (named as taking part in the half-hour). Frivilligsentralen is only mentioned ("Les mer
        // om ..."), so it did not take part. "Over 20 organisasjoner hadde meldt seg på": more than 20, at least 21.
        assertThat(summary(2).participants()).isEqualTo(new ParticipatingOrganisations(3, 1, 0, Map.of(), 3, 21, 0));
    }

    @Test
    void gjovikMeetsDialogueOnRegistrationsAndIsInProcessOtherwise() {
        CompletenessAssessment gjovik = summary(2).completeness();

        assertOutcome(gjovik.ownDocumentWithMeasures(), CriterionOutcome.IN_PROCESS, "measures.none",
                "policy.in-development");
        // 21 registered for a meeting that was held: at least 10.
        assertOutcome(gjovik.developedInDialogue(), CriterionOutcome.MET, "dialogue.broad");
        assertThat(gjovik.developedInDialogue().reasons().get(0).arguments()).containsEntry("organisations", "21");
        // No decision at all is recorded, so no mandate either.
        assertOutcome(gjovik.politicallyAdopted(), CriterionOutcome.IN_PROCESS, "adoption.none",
                "policy.in-development");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Hjørring: a policy for the social area, dialogue meetings in the autumn of 2016, adopted on 25 October 2017.
    // ---------------------------------------------------------------------------------------------------------------

    @Test
    void hjorringHasFiveFocusAreasAndFourHeldEventsBesideTheCancelledOne() {
        PolicySummary hjorring = summary(3);

        // The series and its meetings in Hirtshals, Sindal and Hjørring are held (four events); Vrå was
        // cancelled. Four organisations: the municipality, the committee, the university and the centre.
        assertThat(hjorring.counts()).isEqualTo(new ElementCounts(5, 0, 5, 4, 0, 1, 0, 4, 0));
        // The five focus areas: support (framework conditions), diversity and respect (diversity, trust),
        // visibility, recruitment and retention, cooperation (partnership, trust).
        assertThat(hjorring.themes().principles()).containsExactly(Theme.PARTNERSHIP, Theme.TRUST,
                Theme.FRAMEWORK_CONDITIONS, Theme.RECRUITMENT_AND_RETENTION, Theme.VISIBILITY_AND_INFORMATION,
                Theme.DIVERSITY_AND_INCLUSION);
        // "mange fine input" were not recorded one by one: no inputs, so no shares.
        assertThat(hjorring.inputs().received()).isZero();
        assertThat(hjorring.inputs().acceptedShare()).isEmpty();
    }

    @Test
    void hjorringTookBetween329And419DaysFromTheAutumnMeetingsToAdoption() {
        // Every held event is dated 2016-23, the autumn of 2016: 1 September to 30 November 2016. The adoption is
        // 25 October 2017. Fewest days: 30 November 2016 to 25 October 2017 = 1 (to 1 December) + 31 + 31 + 28 +
        // 31 + 30 + 31 + 30 + 31 + 31 + 30 (to 1 October) + 24 = 329. Most: 1 September 2016 adds the 90 days of
        // September, October and November: 419.
        DaysToAdoption days = summary(3).daysToAdoption();

        assertThat(days.firstDialogue()).isEqualTo(new DateRange(LocalDate.of(2016, 9, 1), LocalDate.of(2016, 11, 30)));
        assertThat(days.adoption()).isEqualTo(new DateRange(LocalDate.of(2017, 10, 25), LocalDate.of(2017, 10, 25)));
        assertThat(days.days()).contains(new DayRange(329, 419));
        assertThat(days.days().orElseThrow().isExact()).isFalse();
    }

    @Test
    void hjorringIsAdoptedByTheCityCouncilButItsDialogueNamesNoOrganisation() {
        CompletenessAssessment hjorring = summary(3).completeness();

        // Five focus areas and no measure, adopted: not met.
        assertOutcome(hjorring.ownDocumentWithMeasures(), CriterionOutcome.NOT_MET, "measures.none");
        // Four events held, "flot tilslutning", but no voluntary organisation named or counted: the committee
        // organised, a university and a public centre spoke. The breadth cannot be shown.
        assertOutcome(hjorring.developedInDialogue(), CriterionOutcome.NOT_MET, "dialogue.participants-unknown");
        assertThat(hjorring.developedInDialogue().reasons().get(0).arguments())
                .containsExactly(Map.entry("heldEvents", "4"), Map.entry("inputs", "0"), Map.entry("groups", "0"));
        // "Hjørring Byråd godkendte den 25. oktober 2017": the city council.
        assertOutcome(hjorring.politicallyAdopted(), CriterionOutcome.MET, "adoption.political");
        assertThat(hjorring.politicallyAdopted().reasons().get(0).message(Locale.forLanguageTag("da")))
                .isEqualTo("Vedtaget af Hjørring Byråd (Kommunalbestyrelse), et politisk organ.");
    }

    @Test
    void hjorringsParticipantsAreTheCommitteeAndTheTwoSpeakersOrganisations() {
        // The committee organised the series; Aalborg Universitet and Center for Frivilligt Socialt Arbejde sent the
        // speakers (the centre twice). None is of the voluntary sector, none has an ICNPO code.
        assertThat(summary(3).participants()).isEqualTo(new ParticipatingOrganisations(3, 0, 0, Map.of(), 3, 0, 0));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Odense: an adopted civil society strategy of principles and commitments, no dialogue, unknown body.
    // ---------------------------------------------------------------------------------------------------------------

    @Test
    void odenseCoversTwelveThemesInItsPrinciples() {
        PolicySummary odense = summary(4);

        // Ten principles, goals and commitments; two organisations (the municipality and its department).
        assertThat(odense.counts()).isEqualTo(new ElementCounts(10, 0, 0, 0, 0, 0, 0, 2, 0));
        assertThat(odense.themes().principles()).containsExactly(Theme.DIALOGUE, Theme.PARTNERSHIP, Theme.TRUST,
                Theme.INDEPENDENCE, Theme.FRAMEWORK_CONDITIONS, Theme.MEETING_PLACES,
                Theme.VISIBILITY_AND_INFORMATION, Theme.DIVERSITY_AND_INCLUSION, Theme.DEMOCRACY_AND_PARTICIPATION,
                Theme.LOCAL_COMMUNITY, Theme.SIMPLIFICATION, Theme.WELFARE_INNOVATION);
        assertThat(odense.daysToAdoption().days()).isEmpty();
    }

    @Test
    void odenseMeetsNoCriterionAndItsAdoptionBodyIsUnknown() {
        CompletenessAssessment odense = summary(4).completeness();

        assertOutcome(odense.ownDocumentWithMeasures(), CriterionOutcome.NOT_MET, "measures.none");
        assertOutcome(odense.developedInDialogue(), CriterionOutcome.NOT_MET, "dialogue.none");
        // As for Porsgrunn: the source does not say "hvornår eller af hvem den blev vedtaget".
        assertOutcome(odense.politicallyAdopted(), CriterionOutcome.NOT_MET, "adoption.body-unknown");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The dataset as a whole
    // ---------------------------------------------------------------------------------------------------------------

    @Test
    void noSeedPolicyIsComplete() {
        assertThat(SEEDS.summaries()).noneMatch(summary -> summary.completeness().isComplete());
    }

    @Test
    void keepsTheSeedsInTheirOrder() {
        assertThat(SEEDS.size()).isEqualTo(5);
        assertThat(SEEDS.summaries()).extracting(PolicySummary::municipality)
                .containsExactly(PORSGRUNN, KRAGERO, GJOVIK, HJORRING, ODENSE);
    }

    @Test
    void themeMatrixHasAMunicipalityPerRowAndEveryThemeAsAColumn() {
        ThemeMatrix matrix = SEEDS.themeMatrix();

        assertThat(matrix.rows()).extracting(ThemeMatrix.Row::municipality)
                .containsExactly(PORSGRUNN, KRAGERO, GJOVIK, HJORRING, ODENSE);
        // Every theme of the vocabulary, covered or not, in declaration order, so that matrices line up.
        assertThat(matrix.themes()).containsExactly(Theme.values());
        assertThat(matrix.cell(HJORRING, Theme.TRUST)).containsExactly(CoverageSource.PRINCIPLES);
        assertThat(matrix.cell(HJORRING, Theme.DIALOGUE)).isEmpty();
        // Kragerø's themes are in its dialogue only.
        assertThat(matrix.cell(KRAGERO, Theme.PARTNERSHIP)).containsExactly(CoverageSource.EVENTS,
                CoverageSource.INPUTS);
        assertThat(matrix.row(KRAGERO).orElseThrow().coverage().themes(CoverageSource.PRINCIPLES)).isEmpty();
        assertThat(matrix.row(ODENSE).orElseThrow().policies())
                .containsExactly(PolicyId.of("dk-461-civilsamfundsstrategi"));
        assertThat(matrix.cell(Municipality.of(Country.NORWAY, "0301", "Oslo"), Theme.DIALOGUE)).isEmpty();
    }

    @Test
    void themeMatrixJoinsThePoliciesOfOneMunicipality() {
        // Hjørring again, now with a measure on grants and a principle on dialogue, as a second policy.
        Policy second = SeedPolicies.hjorring().toBuilder()
                .id(PolicyId.of("dk-860-second"))
                .principles(List.of(SeedPolicies.odense().principles().get(6)))
                .addMeasure(Measure.builder()
                        .addTheme(Theme.GRANTS).build())
                .build();
        ThemeMatrix matrix = PolicyDataset.of(List.of(SeedPolicies.hjorring(), second)).themeMatrix();

        assertThat(matrix.rows()).hasSize(1);
        assertThat(matrix.rows().get(0).policies()).containsExactly(
                PolicyId.of("dk-860-frivillighedspolitik-socialt-omraade"), PolicyId.of("dk-860-second"));
        // Odense's "trust-and-dialogue" commitment brings dialogue; partnership and trust were there already.
        assertThat(matrix.cell(HJORRING, Theme.DIALOGUE)).containsExactly(CoverageSource.PRINCIPLES);
        assertThat(matrix.cell(HJORRING, Theme.GRANTS)).containsExactly(CoverageSource.MEASURES);
        assertThat(matrix.cell(HJORRING, Theme.TRUST)).containsExactly(CoverageSource.PRINCIPLES);
    }

    @Test
    void themeMatrixTellsMunicipalitiesApartByCountryAndCodeNotByHowTheNameIsSpelt() {
        Policy second = SeedPolicies.hjorring().toBuilder()
                .id(PolicyId.of("dk-860-second"))
                .municipality(Municipality.of(Country.DENMARK, "860", "Hjørring Kommune"))
                .build();
        // Same code in another country: another municipality.
        Policy elsewhere = SeedPolicies.hjorring().toBuilder()
                .id(PolicyId.of("no-0860-elsewhere"))
                .municipality(Municipality.of(Country.NORWAY, "860", "Hjørring"))
                .build();
        ThemeMatrix matrix = PolicyDataset.of(List.of(SeedPolicies.hjorring(), second, elsewhere)).themeMatrix();

        assertThat(matrix.rows()).hasSize(2);
        assertThat(matrix.rows().get(0).municipality()).isEqualTo(HJORRING);
        assertThat(matrix.rows().get(0).policies()).containsExactly(
                PolicyId.of("dk-860-frivillighedspolitik-socialt-omraade"), PolicyId.of("dk-860-second"));
        assertThat(matrix.row(Municipality.of(Country.DENMARK, "860", "Hjørring Kommune")).orElseThrow())
                .isSameAs(matrix.rows().get(0));
    }

    @Test
    void themeCoverageRowsAreOnePerPolicyThemeAndSource() {
        List<ThemeCoverageRow> rows = SEEDS.themeCoverageRows();

        // 14 (Porsgrunn's principles) + 1 + 7 (Kragerø's events and inputs) + 3 + 5 (Gjøvik's events and inputs)
        // + 6 (Hjørring's principles) + 12 (Odense's principles): no seed has a measure.
        assertThat(rows).hasSize(48).noneMatch(row -> row.source() == CoverageSource.MEASURES);
        assertThat(rows.get(0)).isEqualTo(new ThemeCoverageRow(PolicyId.of("no-4001-frivillighetsstrategi"), "4001",
                Country.NORWAY, Theme.DIALOGUE, CoverageSource.PRINCIPLES));
        assertThat(rows.get(14)).isEqualTo(new ThemeCoverageRow(PolicyId.of("no-4014-frivillighetsmelding"), "4014",
                Country.NORWAY, Theme.PARTNERSHIP, CoverageSource.EVENTS));
        // Gjøvik's inputs: dialogue, partnership, competence, diversity and inclusion, local community.
        assertThat(rows.subList(26, 30)).extracting(ThemeCoverageRow::theme, ThemeCoverageRow::source)
                .containsExactly(tuple(Theme.PARTNERSHIP, CoverageSource.INPUTS),
                        tuple(Theme.COMPETENCE, CoverageSource.INPUTS),
                        tuple(Theme.DIVERSITY_AND_INCLUSION, CoverageSource.INPUTS),
                        tuple(Theme.LOCAL_COMMUNITY, CoverageSource.INPUTS));
        assertThat(rows.get(30)).isEqualTo(new ThemeCoverageRow(
                PolicyId.of("dk-860-frivillighedspolitik-socialt-omraade"), "860", Country.DENMARK,
                Theme.PARTNERSHIP, CoverageSource.PRINCIPLES));
    }

    @Test
    void themeCoverageRowsListPrinciplesBeforeMeasuresAndAThemeOfBothTwice() {
        Policy policy = TestPolicies.valid()
                .addMeasure(Measure.builder()
                        .addThemes(Theme.DIALOGUE, Theme.GRANTS).build())
                .build();

        assertThat(PolicySummary.of(policy).themeCoverageRows())
                .extracting(ThemeCoverageRow::theme, ThemeCoverageRow::source)
                .containsExactly(
                        tuple(Theme.DIALOGUE, CoverageSource.PRINCIPLES),
                        tuple(Theme.DIALOGUE, CoverageSource.MEASURES),
                        tuple(Theme.GRANTS, CoverageSource.MEASURES));
    }

    @Test
    void emptyDatasetHasNoSummariesRowsOrMatrixRows() {
        PolicyDataset empty = PolicyDataset.from(Stream.empty());

        assertThat(empty).isEqualTo(PolicyDataset.of(List.of()));
        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.size()).isZero();
        assertThat(empty.summaries()).isEmpty();
        assertThat(empty.themeCoverageRows()).isEmpty();
        assertThat(empty.themeMatrix().rows()).isEmpty();
        assertThat(empty.themeMatrix().themes()).hasSize(Theme.values().length);
        assertThat(empty).hasToString("PolicyDataset[0 policies]");
    }

    @Test
    void summarisesAPolicyWithoutIdOrMunicipalityAndLeavesItOutOfTheMatrix() {
        Policy anonymous = SeedPolicies.odense().toBuilder().id(null).municipality(null).build();

        PolicyDataset dataset = PolicyDataset.of(List.of(anonymous));

        assertThat(dataset.summaries().get(0).id()).isNull();
        assertThat(dataset.summaries().get(0).themes()).isEqualTo(summary(4).themes());
        assertThat(dataset.themeMatrix().rows()).isEmpty();
        assertThat(dataset.themeCoverageRows()).hasSize(12)
                .allMatch(row -> row.policyId() == null && row.municipalityCode() == null && row.country() == null);
    }

    private static void assertOutcome(CriterionResult result, CriterionOutcome outcome, String... reasonCodes) {
        assertThat(result.outcome()).as(result.criterion().code()).isEqualTo(outcome);
        assertThat(result.reasonCodes()).as(result.criterion().code()).containsExactly(reasonCodes);
    }
}
