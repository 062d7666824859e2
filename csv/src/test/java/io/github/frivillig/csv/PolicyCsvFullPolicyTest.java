package io.github.frivillig.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

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
    }

    private static final Map<CsvTable, String> EXPECTED = expected();

    private static Map<CsvTable, String> expected() {
        Map<CsvTable, String> expected = new EnumMap<>(CsvTable.class);
        expected.put(CsvTable.POLICIES, """
                policy_id,country,municipality_code,municipality_name,title,kind,status,language,scope_all_sectors,scope_description,validity_from,validity_from_earliest,validity_from_latest,validity_to,validity_to_earliest,validity_to_latest,purpose,vision,owner_id,follow_up_description,follow_up_revision_interval,follow_up_next_revision,follow_up_next_revision_earliest,follow_up_next_revision_latest
                no-3403-frivilligpolitikk,NO,3403,Hamar,Frivilligpolitikk,policy,adopted,nn,false,idrett og sosiale tenester,2024,2024-01-01,2024-12-31,2027-12,2027-12-01,2027-12-31,Betre samspel.,Ein god stad å vere frivillig.,kommune,Rullerast annakvart år.,P2Y,2026-21,2026-03-01,2026-05-31
                """);
        expected.put(CsvTable.DECISIONS, """
                policy_id,decision_no,kind,body_kind,body_name,date,date_earliest,date_latest,case_reference,resolution,url,note
                no-3403-frivilligpolitikk,1,mandate,executive-committee,Formannskapet,2023,2023-01-01,2023-12-31,PS 12/23,Arbeidet startar.,https://example.org/ps-12-23,Vedteke samrøystes.
                no-3403-frivilligpolitikk,2,adoption,municipal-council,Kommunestyret,2024-05-02,2024-05-02,2024-05-02,,,,
                """);
        expected.put(CsvTable.SCOPE_FIELDS, """
                policy_id,position,icnpo,icnpo_group
                no-3403-frivilligpolitikk,1,1.200,1
                no-3403-frivilligpolitikk,2,4,4
                """);
        expected.put(CsvTable.FOUNDATIONS, """
                policy_id,foundation_id,kind,framework,title,relation,url
                no-3403-frivilligpolitikk,erklaeringa,national-framework,no-frivillighetserklaeringen-2015,Frivilligheitserklæringa,byggjer på,https://example.org/erklaering
                """);
        expected.put(CsvTable.PRINCIPLES, """
                policy_id,principle_id,kind,title,statement,section,part_of_id
                no-3403-frivilligpolitikk,tillit,goal,Tillit,Vi stolar på kvarandre.,Mål,
                no-3403-frivilligpolitikk,dialog,commitment,,Kommunen held dialogmøte kvart år.,,tillit
                """);
        expected.put(CsvTable.FRAMEWORK_LINKS, """
                policy_id,principle_id,link_no,foundation_id,commitment,note
                no-3403-frivilligpolitikk,tillit,1,erklaeringa,3,Punkt 3.
                """);
        expected.put(CsvTable.MEASURES, """
                policy_id,measure_id,title,description,status,period_from,period_from_earliest,period_from_latest,period_to,period_to_earliest,period_to_latest,budget_amount,budget_currency
                no-3403-frivilligpolitikk,moteplass,Møteplass,Ein fast møteplass.,in-progress,2024,2024-01-01,2024-12-31,2025-06-30,2025-06-30,2025-06-30,150000.50,NOK
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
                policy_id,measure_id,indicator_no,name,unit,baseline_value,baseline_date,baseline_date_earliest,baseline_date_latest,target_value,target_date,target_date_earliest,target_date_latest,actual_value,actual_date,actual_date_earliest,actual_date_latest
                no-3403-frivilligpolitikk,moteplass,1,Møte per år,møte,2,2023,2023-01-01,2023-12-31,4,2025,2025-01-01,2025-12-31,3.5,,,
                """);
        expected.put(CsvTable.FOLLOW_UP_RESPONSIBLE, """
                policy_id,organisation_id
                no-3403-frivilligpolitikk,kommune
                """);
        expected.put(CsvTable.FOLLOW_UP_INDICATORS, """
                policy_id,indicator_no,name,unit,baseline_value,baseline_date,baseline_date_earliest,baseline_date_latest,target_value,target_date,target_date_earliest,target_date_latest,actual_value,actual_date,actual_date_earliest,actual_date_latest
                no-3403-frivilligpolitikk,1,Tal på lag,,,,,,,,,,,,,
                """);
        expected.put(CsvTable.ORGANISATIONS, """
                policy_id,organisation_id,name,kind,identifier_scheme,identifier_value,website,part_of_id,description
                no-3403-frivilligpolitikk,kommune,Hamar kommune,municipality,no-orgnr,970540008,https://example.org/kommune,,
                no-3403-frivilligpolitikk,idrettslag,Hamar idrettslag,voluntary-association,,,,kommune,Idrett for alle.
                """);
        expected.put(CsvTable.ORGANISATION_ICNPO, """
                policy_id,organisation_id,position,icnpo,icnpo_group
                no-3403-frivilligpolitikk,idrettslag,1,1.200,1
                no-3403-frivilligpolitikk,idrettslag,2,13,13
                """);
        expected.put(CsvTable.GROUPS, """
                policy_id,group_id,name,kind,status,mandate,coordinator_id,recommended_by_id,selection_note,established,established_earliest,established_latest
                no-3403-frivilligpolitikk,frivilligrad,Frivilligrådet,volunteer-council,active,Gje råd.,kommune,idrettslag,Val kvart år.,2023-10,2023-10-01,2023-10-31
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
        expected.put(CsvTable.MEMBERS, """
                policy_id,group_id,member_no,type,role,organisation_id,person_title,person_organisation_id,person_name,person_email,person_phone,party
                no-3403-frivilligpolitikk,frivilligrad,1,organisation-representative,chair,idrettslag,leiar,idrettslag,Kari Nordmann,kari@example.org,+47 62 00 00 01,
                no-3403-frivilligpolitikk,frivilligrad,2,elected-representative,member,,,,Ola Nordmann,,,Senterpartiet
                no-3403-frivilligpolitikk,frivilligrad,3,citizen,observer,,,,Siri Innbyggjar,,,
                """);
        expected.put(CsvTable.EVENTS, """
                policy_id,event_id,kind,title,description,status,date,date_earliest,date_latest,end_date,end_date_earliest,end_date_latest,start_time,end_time,part_of_day,place_name,place_venue,place_address,access,part_of_id,organisation_count,organisation_count_qualifier,registered_organisations,registered_organisations_qualifier,registered_people,registered_people_qualifier,attendees,attendees_qualifier,participation_note,summary,cancellation_reason
                no-3403-frivilligpolitikk,dialogmote,series,,,cancelled,2023-23,2023-09-01,2023-11-30,,,,,,,,,,,,,,,,,,,,,,For få påmelde.
                no-3403-frivilligpolitikk,verkstad,workshop,Verkstad,Arbeid i grupper.,held,2023-10-30,2023-10-30,2023-10-30,2023-10-31,2023-10-31,2023-10-31,18:00,21:30,evening,Hamar,Kulturhuset,Torget 1,open-with-registration,dialogmote,12,exact,10,more-than,40,at-least,35,about,God oppslutnad.,Mange innspel.,
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
                """);
        expected.put(CsvTable.CONTACTS, """
                policy_id,contact_no,person_title,person_organisation_id,person_name,person_email,person_phone
                no-3403-frivilligpolitikk,1,frivilligkoordinator,kommune,Eva Kontakt,eva@example.org,+47 62 00 00 02
                """);
        expected.put(CsvTable.SOURCES, """
                policy_id,source_id,kind,title,publisher_id,url,reference,published,published_earliest,published_latest,retrieved,language
                no-3403-frivilligpolitikk,vedtak,case-document,Saksframlegg,kommune,https://example.org/sak,2023/123,2024-05,2024-05-01,2024-05-31,2024-06-01,nn
                """);
        expected.put(CsvTable.THEMES, """
                policy_id,entity,entity_id,theme
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
                no-3403-frivilligpolitikk,foundation,erklaeringa,,title,nn,nn,false,Frivilligheitserklæringa
                no-3403-frivilligpolitikk,foundation,erklaeringa,,relation,nn,nn,false,byggjer på
                no-3403-frivilligpolitikk,principle,tillit,,title,nn,nn,false,Tillit
                no-3403-frivilligpolitikk,principle,tillit,,statement,nn,nn,false,Vi stolar på kvarandre.
                no-3403-frivilligpolitikk,principle,tillit,,section,nn,nn,false,Mål
                no-3403-frivilligpolitikk,framework_link,tillit,1,note,nn,nn,false,Punkt 3.
                no-3403-frivilligpolitikk,principle,dialog,,statement,nn,nn,false,Kommunen held dialogmøte kvart år.
                no-3403-frivilligpolitikk,measure,moteplass,,title,nn,nn,false,Møteplass
                no-3403-frivilligpolitikk,measure,moteplass,,description,nn,nn,false,Ein fast møteplass.
                no-3403-frivilligpolitikk,measure_indicator,moteplass,1,name,nn,nn,false,Møte per år
                no-3403-frivilligpolitikk,follow_up_indicator,,1,name,nn,nn,false,Tal på lag
                no-3403-frivilligpolitikk,organisation,idrettslag,,description,nn,nn,false,Idrett for alle.
                no-3403-frivilligpolitikk,group,frivilligrad,,name,nn,nn,false,Frivilligrådet
                no-3403-frivilligpolitikk,group,frivilligrad,,mandate,nn,nn,false,Gje råd.
                no-3403-frivilligpolitikk,group,frivilligrad,,selection_note,nn,nn,false,Val kvart år.
                no-3403-frivilligpolitikk,group_task,frivilligrad,1,task,nn,nn,false,Uttale seg om tilskotsordningane.
                no-3403-frivilligpolitikk,group_task,frivilligrad,2,task,nn,nn,false,Planleggje frivilligfesten.
                no-3403-frivilligpolitikk,member,frivilligrad,1,person_title,nn,nn,false,leiar
                no-3403-frivilligpolitikk,event,dialogmote,,cancellation_reason,nn,nn,false,For få påmelde.
                no-3403-frivilligpolitikk,event,verkstad,,title,nn,nn,false,Verkstad
                no-3403-frivilligpolitikk,event,verkstad,,description,nn,nn,false,Arbeid i grupper.
                no-3403-frivilligpolitikk,event,verkstad,,participation_note,nn,nn,false,God oppslutnad.
                no-3403-frivilligpolitikk,event,verkstad,,summary,nn,nn,false,Mange innspel.
                no-3403-frivilligpolitikk,event_question,verkstad,1,question,nn,nn,false,Kva treng laga?
                no-3403-frivilligpolitikk,event_question,verkstad,1,question,en,en,false,What do the clubs need?
                no-3403-frivilligpolitikk,event_question,verkstad,2,question,nn,nn,false,Kva kan laga gje?
                no-3403-frivilligpolitikk,speaker,verkstad,1,topic,nn,nn,false,Frivilligheit i tal
                no-3403-frivilligpolitikk,speaker,verkstad,1,person_title,nn,nn,false,rådgjevar
                no-3403-frivilligpolitikk,input,innspel-lokale,,text,nn,nn,false,Fleire lokale.
                no-3403-frivilligpolitikk,input,innspel-lokale,,disposition_reason,nn,nn,false,Delvis mogleg.
                no-3403-frivilligpolitikk,contact,,1,person_title,nn,nn,false,frivilligkoordinator
                no-3403-frivilligpolitikk,source,vedtak,,title,nn,nn,false,Saksframlegg
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
