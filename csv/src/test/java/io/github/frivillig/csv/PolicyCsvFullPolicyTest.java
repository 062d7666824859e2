package io.github.frivillig.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.github.frivillig.core.municipality.Country;
import io.github.frivillig.core.municipality.Municipality;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.validation.PolicyValidator;
import io.github.frivillig.csv.CsvExportOptions.LineEnding;
import io.github.frivillig.csv.CsvExportOptions.PersonalDataHandling;

/**
 * A policy with a value in every field, exported with personal data and LF line endings, compared file by file with
 * the exact expected content: every column of every table holds the value it is documented to hold.
 */
class PolicyCsvFullPolicyTest {

    private static final CsvExportOptions OPTIONS = CsvExportOptions.defaults()
            .withPersonalData(PersonalDataHandling.INCLUDE).withLineEnding(LineEnding.LF);

    @TempDir
    static Path directory;

    private static CsvExportSummary summary;

    @BeforeAll
    static void export() {
        summary = PolicyCsv.export(Stream.of(FullPolicy.policy()), directory, OPTIONS);
    }

    @Test
    void theFullPolicyIsValid() {
        // A valid policy, so that the expected files show what a real export looks like.
        assertThat(PolicyValidator.create().validate(FullPolicy.policy()).violations()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(CsvTable.class)
    void fileHoldsExactlyTheExpectedRows(CsvTable table) throws IOException {
        String content = Files.readString(summary.file(table), StandardCharsets.UTF_8);
        assertThat(content).isEqualTo(EXPECTED.get(table));
        assertThat(summary.rowCount(table)).isEqualTo(content.lines().count() - 1);
    }

    @Test
    void defaultOptionsWriteTheSameRowsWithCrlfAndWithoutPersonalColumns() throws IOException {
        CsvExportSummary defaults = PolicyCsv.export(Stream.of(FullPolicy.policy()), directory.resolve("defaults"));
        String speakers = Files.readString(defaults.file(CsvTable.SPEAKERS), StandardCharsets.UTF_8);
        assertThat(speakers).isEqualTo(
                "policy_id,event_id,speaker_no,role,topic,person_title,person_organisation_id\r\n"
                + "no-3403-frivilligpolitikk,verkstad,1,presentation,Frivilligheit i tal,rådgjevar,kommune\r\n");
        String groups = Files.readString(defaults.file(CsvTable.GROUPS), StandardCharsets.UTF_8);
        assertThat(groups).isEqualTo(EXPECTED.get(CsvTable.GROUPS).replace("\n", "\r\n"));
        String signatories = Files.readString(defaults.file(CsvTable.DECISION_SIGNATORIES), StandardCharsets.UTF_8);
        assertThat(signatories).isEqualTo("policy_id,decision_no,signatory_no,organisation_id,description,"
                + "signatory_count,signatory_count_up_to,signatory_count_qualifier,person_title,person_organisation_id\r\n"
                + "no-3403-frivilligpolitikk,4,1,kommune,,,,,ordførar,kommune\r\n"
                + "no-3403-frivilligpolitikk,4,2,,leiarane i lag og foreiningar,30,,about,,\r\n");
    }

    @Test
    void successorsOfSuccessorsAreNumberedDepthFirstAndPointToTheMunicipalityTheySucceed() throws IOException {
        // A municipality split in two, one half of which later merged into a third: the half that merged comes
        // first, then the municipality it merged into, then the other half.
        Municipality merged = new Municipality(Country.NORWAY, "3455", "Tredje", null, List.of());
        Municipality first = new Municipality(Country.NORWAY, "3451", "Første", "Innlandet", List.of(merged));
        Municipality second = new Municipality(Country.NORWAY, "3452", "Andre", null, List.of());
        Policy policy = FullPolicy.policy().toBuilder()
                .municipality(new Municipality(Country.NORWAY, "3450", "Delt", null, List.of(first, second)))
                .relatedPolicies(List.of()).build();

        CsvExportSummary split = PolicyCsv.export(Stream.of(policy), directory.resolve("split"), OPTIONS);

        assertThat(Files.readString(split.file(CsvTable.MUNICIPALITY_SUCCESSORS), StandardCharsets.UTF_8))
                .isEqualTo("""
                        policy_id,related_policy_no,successor_no,successor_of_no,country,municipality_code,municipality_name,municipality_county
                        no-3403-frivilligpolitikk,,1,,NO,3451,Første,Innlandet
                        no-3403-frivilligpolitikk,,2,1,NO,3455,Tredje,
                        no-3403-frivilligpolitikk,,3,,NO,3452,Andre,
                        """);
    }

    private static final Map<CsvTable, String> EXPECTED = expected();

    private static Map<CsvTable, String> expected() {
        Map<CsvTable, String> expected = new EnumMap<>(CsvTable.class);
        expected.put(CsvTable.POLICIES, """
                policy_id,country,municipality_code,municipality_name,title,kind,status,language,scope_all_sectors,scope_description,validity_from,validity_from_earliest,validity_from_latest,validity_to,validity_to_earliest,validity_to_latest,purpose,vision,owner_id,follow_up_description,follow_up_revision_interval,follow_up_next_revision,follow_up_next_revision_earliest,follow_up_next_revision_latest,municipality_county,follow_up_reporting_interval,follow_up_reports_to_kind,follow_up_reports_to_name
                no-3403-frivilligpolitikk,NO,3403,Hamar,Frivilligpolitikk,policy,adopted,nn,false,idrett og sosiale tenester,2024,2024-01-01,2024-12-31,2027-12,2027-12-01,2027-12-31,Betre samspel.,Ein god stad å vere frivillig.,kommune,Rullerast annakvart år.,P2Y,2026-21,2026-03-01,2026-05-31,Innlandet,P6M,municipal-council,Kommunestyret
                """);
        expected.put(CsvTable.DECISIONS, """
                policy_id,decision_no,kind,status,body_kind,body_name,date,date_earliest,date_latest,case_reference,resolution,url,note,vote_outcome,vote_in_favour,vote_against,vote_abstentions,vote_note
                no-3403-frivilligpolitikk,1,mandate,,executive-committee,Formannskapet,2023,2023-01-01,2023-12-31,PS 12/23,Arbeidet startar.,https://example.org/ps-12-23,Vedteke samrøystes.,unanimous,,,,
                no-3403-frivilligpolitikk,2,adoption,taken,municipal-council,Kommunestyret,2024-05-02,2024-05-02,2024-05-02,,,,,majority,27,8,0,Eitt parti røysta imot.
                no-3403-frivilligpolitikk,3,noting,,municipal-council,Kommunestyret,2024-05-02,2024-05-02,2024-05-02,,,,,,,,,
                no-3403-frivilligpolitikk,4,signing,,,,2024-06-12,2024-06-12,2024-06-12,,,,,,,,,
                """);
        expected.put(CsvTable.DECISION_REFERENCES, """
                policy_id,decision_no,reference_no,kind,reference,note
                no-3403-frivilligpolitikk,1,1,archive-case,2023/456,Arkivsaka.
                """);
        expected.put(CsvTable.DECISION_SIGNATORIES, """
                policy_id,decision_no,signatory_no,organisation_id,description,signatory_count,signatory_count_up_to,signatory_count_qualifier,person_title,person_organisation_id,person_name,person_email,person_phone
                no-3403-frivilligpolitikk,4,1,kommune,,,,,ordførar,kommune,Hanne Ordførar,,
                no-3403-frivilligpolitikk,4,2,,leiarane i lag og foreiningar,30,,about,,,,,
                """);
        expected.put(CsvTable.DECISION_PARTS, """
                policy_id,decision_no,part_id
                no-3403-frivilligpolitikk,3,handlingsplan
                """);
        expected.put(CsvTable.SCOPE_FIELDS, """
                policy_id,position,icnpo,icnpo_group
                no-3403-frivilligpolitikk,1,1.200,1
                no-3403-frivilligpolitikk,2,4,4
                """);
        expected.put(CsvTable.STATUTORY_ROLES, """
                policy_id,statutory_role
                no-3403-frivilligpolitikk,dk-serviceloven-18
                """);
        expected.put(CsvTable.MUNICIPALITY_SUCCESSORS, """
                policy_id,related_policy_no,successor_no,successor_of_no,country,municipality_code,municipality_name,municipality_county
                no-3403-frivilligpolitikk,1,1,,NO,3403,Hamar,Innlandet
                """);
        expected.put(CsvTable.CASE_REFERENCES, """
                policy_id,reference_no,kind,reference,note
                no-3403-frivilligpolitikk,1,case,23/01234,Saka for heile arbeidet.
                """);
        expected.put(CsvTable.FOUNDATIONS, """
                policy_id,foundation_id,kind,framework,title,relation,url
                no-3403-frivilligpolitikk,erklaeringa,national-framework,no-frivillighetserklaeringen-2015,Frivilligheitserklæringa,byggjer på,https://example.org/erklaering
                """);
        expected.put(CsvTable.PARTS, """
                policy_id,part_id,kind,number,title,description,part_of_id,period_from,period_from_earliest,period_from_latest,period_to,period_to_earliest,period_to_latest,revision_interval,url
                no-3403-frivilligpolitikk,verdiar,value-policy,2,Verdiar,,,,,,,,,,
                no-3403-frivilligpolitikk,handlingsplan,action-plan,Vedlegg 1,Handlingsplan 2024–2025,Rullerast kvart år.,,2024,2024-01-01,2024-12-31,2025,2025-01-01,2025-12-31,P1Y,https://example.org/handlingsplan
                no-3403-frivilligpolitikk,tiltaksliste,measure-list,Vedlegg 1.2,Tiltak,,handlingsplan,,,,,,,,
                """);
        expected.put(CsvTable.PRINCIPLES, """
                policy_id,principle_id,kind,title,statement,section,part_of_id,part_id
                no-3403-frivilligpolitikk,tillit,goal,Tillit,Vi stolar på kvarandre.,Mål,,verdiar
                no-3403-frivilligpolitikk,dialog,commitment,,Kommunen held dialogmøte kvart år.,,tillit,
                """);
        expected.put(CsvTable.FRAMEWORK_LINKS, """
                policy_id,principle_id,link_no,foundation_id,commitment,note
                no-3403-frivilligpolitikk,tillit,1,erklaeringa,3,Punkt 3.
                """);
        expected.put(CsvTable.MEASURES, """
                policy_id,measure_id,title,description,status,period_from,period_from_earliest,period_from_latest,period_to,period_to_earliest,period_to_latest,budget_amount,budget_currency,part_id,budget_amount_qualifier
                no-3403-frivilligpolitikk,moteplass,Møteplass,Ein fast møteplass.,in-progress,2024,2024-01-01,2024-12-31,2025-06-30,2025-06-30,2025-06-30,150000.50,NOK,tiltaksliste,at-most
                """);
        expected.put(CsvTable.MEASURE_PRINCIPLES, """
                policy_id,measure_id,principle_id
                no-3403-frivilligpolitikk,moteplass,tillit
                no-3403-frivilligpolitikk,moteplass,dialog
                """);
        expected.put(CsvTable.MEASURE_INPUTS, """
                policy_id,measure_id,input_id
                no-3403-frivilligpolitikk,moteplass,innspel-lokale
                """);
        expected.put(CsvTable.MEASURE_ORGANISATIONS, """
                policy_id,measure_id,organisation_id,role
                no-3403-frivilligpolitikk,moteplass,kommune,responsible
                no-3403-frivilligpolitikk,moteplass,idrettslag,partner
                """);
        expected.put(CsvTable.MEASURE_INDICATORS, """
                policy_id,measure_id,indicator_no,name,unit,baseline_value,baseline_date,baseline_date_earliest,baseline_date_latest,target_value,target_date,target_date_earliest,target_date_latest,actual_value,actual_date,actual_date_earliest,actual_date_latest,baseline_value_qualifier,target_value_qualifier,actual_value_qualifier
                no-3403-frivilligpolitikk,moteplass,1,Møte per år,møte,2,2023,2023-01-01,2023-12-31,4,2025,2025-01-01,2025-12-31,3.5,,,,exact,at-least,about
                """);
        expected.put(CsvTable.MEASURE_FUNDING, """
                policy_id,measure_id,funding_no,funder_id,amount,currency,amount_qualifier,period_from,period_from_earliest,period_from_latest,period_to,period_to_earliest,period_to_latest,note
                no-3403-frivilligpolitikk,moteplass,1,kommune,100000,NOK,nearly,2024,2024-01-01,2024-12-31,2025,2025-01-01,2025-12-31,Frå kulturbudsjettet.
                """);
        expected.put(CsvTable.FOLLOW_UP_RESPONSIBLE, """
                policy_id,organisation_id
                no-3403-frivilligpolitikk,kommune
                """);
        expected.put(CsvTable.FOLLOW_UP_INDICATORS, """
                policy_id,indicator_no,name,unit,baseline_value,baseline_date,baseline_date_earliest,baseline_date_latest,target_value,target_date,target_date_earliest,target_date_latest,actual_value,actual_date,actual_date_earliest,actual_date_latest,baseline_value_qualifier,target_value_qualifier,actual_value_qualifier
                no-3403-frivilligpolitikk,1,Tal på lag,,,,,,,,,,,,,,,,
                """);
        expected.put(CsvTable.FOLLOW_UP_REVIEWS, """
                policy_id,review_no,kind,date,date_earliest,date_latest,by_id,summary,url
                no-3403-frivilligpolitikk,1,evaluation,2025-11,2025-11-01,2025-11-30,idrettslag,Fleire møteplassar enn før.,https://example.org/evaluering
                """);
        expected.put(CsvTable.ORGANISATIONS, """
                policy_id,organisation_id,name,kind,count,count_up_to,count_qualifier,identifier_scheme,identifier_value,website,part_of_id,description,names
                no-3403-frivilligpolitikk,kommune,Hamar kommune,municipality,,,,no-orgnr,970540008,https://example.org/kommune,,,Hamar kommune
                no-3403-frivilligpolitikk,idrettslag,Hamar idrettslag,voluntary-association,,,,,,,kommune,Idrett for alle.,
                no-3403-frivilligpolitikk,kora,,voluntary-association,3,4,exact,,,,,kora i byen,
                """);
        expected.put(CsvTable.ORGANISATION_ICNPO, """
                policy_id,organisation_id,position,icnpo,icnpo_group
                no-3403-frivilligpolitikk,idrettslag,1,1.200,1
                no-3403-frivilligpolitikk,idrettslag,2,13,13
                """);
        expected.put(CsvTable.PARTIES, """
                policy_id,party_no,side,organisation_id,description,organisation_count,organisation_count_up_to,organisation_count_qualifier
                no-3403-frivilligpolitikk,1,municipality,kommune,,,,
                no-3403-frivilligpolitikk,2,civil-society,,lag og foreiningar i Hamar,,,many
                """);
        expected.put(CsvTable.GROUPS, """
                policy_id,group_id,name,kind,status,mandate,description,coordinator_id,recommended_by_id,selection_note,established,established_earliest,established_latest,established_by_kind,established_by_name,call_opened,call_opened_earliest,call_opened_latest,call_deadline,call_deadline_earliest,call_deadline_latest,call_target,call_target_up_to,call_target_qualifier,call_responses,call_responses_up_to,call_responses_qualifier,call_description,meetings,meetings_up_to,meetings_qualifier
                no-3403-frivilligpolitikk,frivilligrad,Frivilligrådet,volunteer-council,active,Gje råd.,Eit fast råd for laga.,kommune,idrettslag,Val kvart år.,2023-10,2023-10-01,2023-10-31,executive-committee,Formannskapet,2023-08-15,2023-08-15,2023-08-15,2023-09-15,2023-09-15,2023-09-15,7,,exact,9,12,exact,Laga kunne melde inn kandidatar.,6,,about
                """);
        expected.put(CsvTable.GROUP_SELECTION, """
                policy_id,group_id,selection
                no-3403-frivilligpolitikk,frivilligrad,elected
                no-3403-frivilligpolitikk,frivilligrad,open
                """);
        expected.put(CsvTable.GROUP_TASKS, """
                policy_id,group_id,task_no,task
                no-3403-frivilligpolitikk,frivilligrad,1,Uttale seg om tilskotsordningane.
                no-3403-frivilligpolitikk,frivilligrad,2,Planleggje frivilligfesten.
                """);
        expected.put(CsvTable.GROUP_QUESTIONS, """
                policy_id,group_id,question_no,question
                no-3403-frivilligpolitikk,frivilligrad,1,Korleis kan kommunen støtte laga betre?
                """);
        expected.put(CsvTable.GROUP_CALL_CHANNELS, """
                policy_id,group_id,channel
                no-3403-frivilligpolitikk,frivilligrad,email
                no-3403-frivilligpolitikk,frivilligrad,web-form
                """);
        expected.put(CsvTable.GROUP_CALL_AUDIENCE, """
                policy_id,group_id,audience
                no-3403-frivilligpolitikk,frivilligrad,voluntary-organisations
                """);
        expected.put(CsvTable.GROUP_COMPOSITION, """
                policy_id,group_id,seats_no,category,member_count,member_count_up_to,member_count_qualifier,description
                no-3403-frivilligpolitikk,frivilligrad,1,organisation-representative,5,,exact,ein frå kvart idrettsråd
                no-3403-frivilligpolitikk,frivilligrad,2,elected-representative,2,,exact,
                """);
        expected.put(CsvTable.GROUP_COMPOSITION_ORGANISATIONS, """
                policy_id,group_id,seats_no,organisation_id
                no-3403-frivilligpolitikk,frivilligrad,1,idrettslag
                """);
        expected.put(CsvTable.GROUP_COMPOSITION_ICNPO, """
                policy_id,group_id,seats_no,position,icnpo,icnpo_group
                no-3403-frivilligpolitikk,frivilligrad,1,1,1.200,1
                no-3403-frivilligpolitikk,frivilligrad,1,2,4,4
                """);
        expected.put(CsvTable.MEMBERS, """
                policy_id,group_id,member_no,type,role,organisation_id,person_title,person_organisation_id,period_from,period_from_earliest,period_from_latest,period_to,period_to_earliest,period_to_latest,person_name,person_email,person_phone,party
                no-3403-frivilligpolitikk,frivilligrad,1,organisation-representative,chair,idrettslag,leiar,idrettslag,2023-10,2023-10-01,2023-10-31,2025-10,2025-10-01,2025-10-31,Kari Nordmann,kari@example.org,+47 62 00 00 01,
                no-3403-frivilligpolitikk,frivilligrad,2,elected-representative,member,,,,,,,,,,Ola Nordmann,,,Senterpartiet
                no-3403-frivilligpolitikk,frivilligrad,3,citizen,observer,,,,,,,,,,Siri Innbyggjar,,,
                no-3403-frivilligpolitikk,frivilligrad,4,municipal-staff,secretary,kommune,frivilligkoordinator,,,,,,,,,,,
                no-3403-frivilligpolitikk,frivilligrad,5,not-stated,member,,,,,,,,,,Nils Namn,,,
                """);
        expected.put(CsvTable.EVENTS, """
                policy_id,event_id,kind,title,description,status,phase,date,date_earliest,date_latest,end_date,end_date_earliest,end_date_latest,start_time,end_time,part_of_day,place_name,place_venue,place_address,access,part_of_id,organisation_count,organisation_count_up_to,organisation_count_qualifier,registered_organisations,registered_organisations_up_to,registered_organisations_qualifier,registered_people,registered_people_up_to,registered_people_qualifier,attendees,attendees_up_to,attendees_qualifier,participation_note,summary,cancellation_reason,occurrences,occurrences_up_to,occurrences_qualifier,registration_deadline,registration_deadline_earliest,registration_deadline_latest,registration_capacity,registration_capacity_up_to,registration_capacity_qualifier,registration_note,invited_organisations,invited_organisations_up_to,invited_organisations_qualifier,invited_people,invited_people_up_to,invited_people_qualifier,input_count,input_count_up_to,input_count_qualifier,response_deadline,response_deadline_earliest,response_deadline_latest
                no-3403-frivilligpolitikk,dialogmote,series,,,cancelled,,2023-23,2023-09-01,2023-11-30,,,,,,,,,,,,,,,,,,,,,,,,,,For få påmelde.,,,,,,,,,,,,,,,,,,,,,,
                no-3403-frivilligpolitikk,verkstad,workshop,Verkstad,Arbeid i grupper.,held,development,2023-10-30,2023-10-30,2023-10-30,2023-10-31,2023-10-31,2023-10-31,18:00,21:30,evening,Hamar,Kulturhuset,Torget 1,open-with-registration,dialogmote,12,,exact,10,,more-than,40,,at-least,35,,about,God oppslutnad.,Mange innspel.,,2,,exact,2023-10-23,2023-10-23,2023-10-23,60,,at-most,"Gratis, med servering.",80,,exact,200,,nearly,,,many,2023-11-15,2023-11-15,2023-11-15
                """);
        expected.put(CsvTable.EVENT_ORGANISATIONS, """
                policy_id,event_id,organisation_id,role
                no-3403-frivilligpolitikk,verkstad,kommune,organiser
                no-3403-frivilligpolitikk,verkstad,idrettslag,facilitator
                no-3403-frivilligpolitikk,verkstad,idrettslag,participant
                """);
        expected.put(CsvTable.EVENT_AUDIENCE, """
                policy_id,event_id,audience
                no-3403-frivilligpolitikk,verkstad,citizens
                no-3403-frivilligpolitikk,verkstad,voluntary-organisations
                """);
        expected.put(CsvTable.EVENT_QUESTIONS, """
                policy_id,event_id,question_no,question
                no-3403-frivilligpolitikk,verkstad,1,Kva treng laga?
                no-3403-frivilligpolitikk,verkstad,2,Kva kan laga gje?
                """);
        expected.put(CsvTable.EVENT_REGISTRATION_CHANNELS, """
                policy_id,event_id,channel
                no-3403-frivilligpolitikk,verkstad,web-form
                no-3403-frivilligpolitikk,verkstad,email
                """);
        expected.put(CsvTable.EVENT_RESPONSE_CHANNELS, """
                policy_id,event_id,channel
                no-3403-frivilligpolitikk,verkstad,email
                no-3403-frivilligpolitikk,verkstad,letter
                """);
        expected.put(CsvTable.EVENT_REFERENCES, """
                policy_id,event_id,reference_no,kind,reference,note
                no-3403-frivilligpolitikk,verkstad,1,journal-post,23/01234-5,Merk skriftlege innspel med dette.
                """);
        expected.put(CsvTable.SPEAKERS, """
                policy_id,event_id,speaker_no,role,topic,person_title,person_organisation_id,person_name,person_email,person_phone
                no-3403-frivilligpolitikk,verkstad,1,presentation,Frivilligheit i tal,rådgjevar,kommune,Per Talar,per@example.org,
                """);
        expected.put(CsvTable.INPUTS, """
                policy_id,input_id,kind,text,event_id,channel,received,received_earliest,received_latest,disposition,disposition_reason
                no-3403-frivilligpolitikk,innspel-lokale,proposal,Fleire lokale.,verkstad,event,2023-10-30,2023-10-30,2023-10-30,partly-accepted,Delvis mogleg.
                """);
        expected.put(CsvTable.INPUT_SUBMITTERS, """
                policy_id,input_id,organisation_id
                no-3403-frivilligpolitikk,innspel-lokale,idrettslag
                no-3403-frivilligpolitikk,innspel-lokale,kora
                """);
        expected.put(CsvTable.CONTACTS, """
                policy_id,contact_no,person_title,person_organisation_id,person_name,person_email,person_phone
                no-3403-frivilligpolitikk,1,frivilligkoordinator,kommune,Eva Kontakt,eva@example.org,+47 62 00 00 02
                """);
        expected.put(CsvTable.RELATED_POLICIES, """
                policy_id,related_policy_no,relation,related_policy_id,title,country,municipality_code,municipality_name,municipality_county,period_from,period_from_earliest,period_from_latest,period_to,period_to_earliest,period_to_latest,url,note
                no-3403-frivilligpolitikk,1,predecessor,no-0403-frivilligpolitikk,Frivilligpolitikk for Hamar 2016–2019,NO,0403,Hamar,Hedmark,2016,2016-01-01,2016-12-31,2019,2019-01-01,2019-12-31,https://example.org/frivilligpolitikk-2016,Avløyst av denne.
                """);
        expected.put(CsvTable.SOURCES, """
                policy_id,source_id,kind,title,publisher_id,url,reference,published,published_earliest,published_latest,retrieved,language,note
                no-3403-frivilligpolitikk,vedtak,case-document,Saksframlegg,kommune,https://example.org/sak,2023/123,2024-05,2024-05-01,2024-05-31,2024-06-01,nn,Datoen i saksframlegget avvik frå protokollen.
                """);
        expected.put(CsvTable.THEMES, """
                policy_id,entity,entity_id,theme
                no-3403-frivilligpolitikk,part,handlingsplan,meeting-places
                no-3403-frivilligpolitikk,principle,tillit,trust
                no-3403-frivilligpolitikk,principle,tillit,dialogue
                no-3403-frivilligpolitikk,measure,moteplass,meeting-places
                no-3403-frivilligpolitikk,event,verkstad,dialogue
                no-3403-frivilligpolitikk,input,innspel-lokale,premises
                """);
        expected.put(CsvTable.TEXTS, """
                policy_id,entity,entity_id,entity_no,field,language,primary_language,machine_translated,text
                no-3403-frivilligpolitikk,policy,,,title,nb,nb,false,Frivillighetspolitikk
                no-3403-frivilligpolitikk,policy,,,title,nn,nn,false,Frivilligpolitikk
                no-3403-frivilligpolitikk,policy,,,title,en-t-t0-und,en,true,Volunteering policy
                no-3403-frivilligpolitikk,policy,,,scope_description,nn,nn,false,idrett og sosiale tenester
                no-3403-frivilligpolitikk,policy,,,purpose,nn,nn,false,Betre samspel.
                no-3403-frivilligpolitikk,policy,,,vision,nn,nn,false,Ein god stad å vere frivillig.
                no-3403-frivilligpolitikk,policy,,,follow_up_description,nn,nn,false,Rullerast annakvart år.
                no-3403-frivilligpolitikk,decision,,1,resolution,nn,nn,false,Arbeidet startar.
                no-3403-frivilligpolitikk,decision,,1,note,nn,nn,false,Vedteke samrøystes.
                no-3403-frivilligpolitikk,decision_reference,1,1,note,nn,nn,false,Arkivsaka.
                no-3403-frivilligpolitikk,decision,,2,vote_note,nn,nn,false,Eitt parti røysta imot.
                no-3403-frivilligpolitikk,decision_signatory,4,1,person_title,nn,nn,false,ordførar
                no-3403-frivilligpolitikk,decision_signatory,4,2,description,nn,nn,false,leiarane i lag og foreiningar
                no-3403-frivilligpolitikk,case_reference,,1,note,nn,nn,false,Saka for heile arbeidet.
                no-3403-frivilligpolitikk,foundation,erklaeringa,,title,nn,nn,false,Frivilligheitserklæringa
                no-3403-frivilligpolitikk,foundation,erklaeringa,,relation,nn,nn,false,byggjer på
                no-3403-frivilligpolitikk,part,verdiar,,title,nn,nn,false,Verdiar
                no-3403-frivilligpolitikk,part,handlingsplan,,title,nn,nn,false,Handlingsplan 2024–2025
                no-3403-frivilligpolitikk,part,handlingsplan,,description,nn,nn,false,Rullerast kvart år.
                no-3403-frivilligpolitikk,part,tiltaksliste,,title,nn,nn,false,Tiltak
                no-3403-frivilligpolitikk,principle,tillit,,title,nn,nn,false,Tillit
                no-3403-frivilligpolitikk,principle,tillit,,statement,nn,nn,false,Vi stolar på kvarandre.
                no-3403-frivilligpolitikk,principle,tillit,,section,nn,nn,false,Mål
                no-3403-frivilligpolitikk,framework_link,tillit,1,note,nn,nn,false,Punkt 3.
                no-3403-frivilligpolitikk,principle,dialog,,statement,nn,nn,false,Kommunen held dialogmøte kvart år.
                no-3403-frivilligpolitikk,measure,moteplass,,title,nn,nn,false,Møteplass
                no-3403-frivilligpolitikk,measure,moteplass,,description,nn,nn,false,Ein fast møteplass.
                no-3403-frivilligpolitikk,measure_indicator,moteplass,1,name,nn,nn,false,Møte per år
                no-3403-frivilligpolitikk,measure_funding,moteplass,1,note,nn,nn,false,Frå kulturbudsjettet.
                no-3403-frivilligpolitikk,follow_up_indicator,,1,name,nn,nn,false,Tal på lag
                no-3403-frivilligpolitikk,follow_up_review,,1,summary,nn,nn,false,Fleire møteplassar enn før.
                no-3403-frivilligpolitikk,organisation,kommune,,names,nn,nn,false,Hamar kommune
                no-3403-frivilligpolitikk,organisation,kommune,,names,en,en,false,Hamar Municipality
                no-3403-frivilligpolitikk,organisation,idrettslag,,description,nn,nn,false,Idrett for alle.
                no-3403-frivilligpolitikk,organisation,kora,,description,nn,nn,false,kora i byen
                no-3403-frivilligpolitikk,party,,2,description,nn,nn,false,lag og foreiningar i Hamar
                no-3403-frivilligpolitikk,group,frivilligrad,,name,nn,nn,false,Frivilligrådet
                no-3403-frivilligpolitikk,group,frivilligrad,,mandate,nn,nn,false,Gje råd.
                no-3403-frivilligpolitikk,group,frivilligrad,,description,nn,nn,false,Eit fast råd for laga.
                no-3403-frivilligpolitikk,group,frivilligrad,,selection_note,nn,nn,false,Val kvart år.
                no-3403-frivilligpolitikk,group,frivilligrad,,call_description,nn,nn,false,Laga kunne melde inn kandidatar.
                no-3403-frivilligpolitikk,group_task,frivilligrad,1,task,nn,nn,false,Uttale seg om tilskotsordningane.
                no-3403-frivilligpolitikk,group_task,frivilligrad,2,task,nn,nn,false,Planleggje frivilligfesten.
                no-3403-frivilligpolitikk,group_question,frivilligrad,1,question,nn,nn,false,Korleis kan kommunen støtte laga betre?
                no-3403-frivilligpolitikk,group_seats,frivilligrad,1,description,nn,nn,false,ein frå kvart idrettsråd
                no-3403-frivilligpolitikk,member,frivilligrad,1,person_title,nn,nn,false,leiar
                no-3403-frivilligpolitikk,member,frivilligrad,4,person_title,nn,nn,false,frivilligkoordinator
                no-3403-frivilligpolitikk,event,dialogmote,,cancellation_reason,nn,nn,false,For få påmelde.
                no-3403-frivilligpolitikk,event,verkstad,,title,nn,nn,false,Verkstad
                no-3403-frivilligpolitikk,event,verkstad,,description,nn,nn,false,Arbeid i grupper.
                no-3403-frivilligpolitikk,event,verkstad,,participation_note,nn,nn,false,God oppslutnad.
                no-3403-frivilligpolitikk,event,verkstad,,summary,nn,nn,false,Mange innspel.
                no-3403-frivilligpolitikk,event,verkstad,,registration_note,nn,nn,false,"Gratis, med servering."
                no-3403-frivilligpolitikk,event_question,verkstad,1,question,nn,nn,false,Kva treng laga?
                no-3403-frivilligpolitikk,event_question,verkstad,1,question,en,en,false,What do the clubs need?
                no-3403-frivilligpolitikk,event_question,verkstad,2,question,nn,nn,false,Kva kan laga gje?
                no-3403-frivilligpolitikk,event_reference,verkstad,1,note,nn,nn,false,Merk skriftlege innspel med dette.
                no-3403-frivilligpolitikk,speaker,verkstad,1,topic,nn,nn,false,Frivilligheit i tal
                no-3403-frivilligpolitikk,speaker,verkstad,1,person_title,nn,nn,false,rådgjevar
                no-3403-frivilligpolitikk,input,innspel-lokale,,text,nn,nn,false,Fleire lokale.
                no-3403-frivilligpolitikk,input,innspel-lokale,,disposition_reason,nn,nn,false,Delvis mogleg.
                no-3403-frivilligpolitikk,contact,,1,person_title,nn,nn,false,frivilligkoordinator
                no-3403-frivilligpolitikk,related_policy,,1,title,nn,nn,false,Frivilligpolitikk for Hamar 2016–2019
                no-3403-frivilligpolitikk,related_policy,,1,note,nn,nn,false,Avløyst av denne.
                no-3403-frivilligpolitikk,source,vedtak,,title,nn,nn,false,Saksframlegg
                no-3403-frivilligpolitikk,source,vedtak,,note,nn,nn,false,Datoen i saksframlegget avvik frå protokollen.
                """);
        expected.put(CsvTable.EXTENSIONS, """
                policy_id,entity,entity_id,key,value
                no-3403-frivilligpolitikk,policy,,x-source,"{""score"":12.50,""tags"":[""a\\""b"",null]}"
                no-3403-frivilligpolitikk,principle,tillit,x-page,4
                no-3403-frivilligpolitikk,organisation,idrettslag,x-members,120
                no-3403-frivilligpolitikk,event,verkstad,x-room,\"""Sal 2\"""
                no-3403-frivilligpolitikk,source,vedtak,x-archive,true
                """);
        return expected;
    }
}
