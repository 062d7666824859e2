package io.github.frivillig.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.frivillig.core.fixtures.SeedPolicies;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.csv.CsvExportOptions.PersonalDataHandling;

/** The five seed policies exported, read back with a strict RFC 4180 reader, and checked against the model. */
class PolicyCsvSeedTest {

    private static final String HJORRING = "dk-860-frivillighedspolitik-socialt-omraade";
    private static final String KRAGERO = "no-4014-frivillighetsmelding";
    private static final String ODENSE = "dk-461-civilsamfundsstrategi";
    private static final String GJOVIK = "no-3407-frivillighetsmelding";

    /** The people the seeds name: speakers at dialogue meetings and a contact point. */
    private static final List<String> NAMED_PEOPLE = List.of("Lena Bisgaard", "Bjørn Iddberg", "Bjørn Rognstad",
            "Lars Skov Henriksen", "Hans Stavnsager", "Mette Wang");

    private static final CsvExportOptions WITH_PERSONAL_DATA =
            CsvExportOptions.defaults().withPersonalData(PersonalDataHandling.INCLUDE);

    private static final List<Policy> SEEDS = SeedPolicies.all();

    @TempDir
    static Path directory;

    private static CsvExportSummary summary;
    private static ExportedTables exported;
    private static CsvExportSummary personalSummary;
    private static ExportedTables personal;

    @BeforeAll
    static void exportTheSeeds() {
        summary = PolicyCsv.export(SEEDS.stream(), directory.resolve("default"));
        exported = ExportedTables.read(directory.resolve("default"), CsvExportOptions.defaults());
        personalSummary = PolicyCsv.export(SEEDS.stream(), directory.resolve("personal"), WITH_PERSONAL_DATA);
        personal = ExportedTables.read(directory.resolve("personal"), WITH_PERSONAL_DATA);
    }

    @Test
    void writesEveryTableWithTheDocumentedHeader() throws IOException {
        try (Stream<Path> files = Files.list(directory.resolve("default"))) {
            // The tables, the descriptor that lists them, and the directory of the label tables.
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(Stream.concat(
                            Arrays.stream(CsvTable.values()).map(CsvTable::fileName),
                            Stream.of("datapackage.json", "labels")).toList());
        }
        for (CsvTable table : CsvTable.values()) {
            assertThat(exported.header(table)).as(table.tableName())
                    .isEqualTo(table.columns(CsvExportOptions.defaults()))
                    .startsWith("policy_id");
            assertThat(summary.file(table)).exists();
        }
        // Tables the seeds have no rows for still have their header, so every file loads.
        assertThat(exported.rows(CsvTable.MEASURES)).isEmpty();
        assertThat(Files.readString(summary.file(CsvTable.MEASURES), StandardCharsets.UTF_8))
                .startsWith("policy_id,measure_id,title,").endsWith("\r\n");
    }

    @Test
    void rowCountsAreWhatThePoliciesHold() {
        ExportChecks.assertRowCounts(SEEDS, summary, exported);
        ExportChecks.assertRowCounts(SEEDS, personalSummary, personal);
    }

    @Test
    void rowCountsWorkedOutByHand() {
        // Hjørring: the series of dialogue meetings, the meetings in Hirtshals, Sindal and Hjørring, and the
        // cancelled one in Vrå: 5 events. One speaker opened each meeting held: 3. One contact, Lena Bisgaard.
        // Five focus areas; four organisations; one adoption; the scope "det sociale område", ICNPO group 4.
        assertThat(exported.rows(CsvTable.EVENTS, HJORRING)).hasSize(5);
        assertThat(exported.rows(CsvTable.SPEAKERS, HJORRING)).hasSize(3);
        assertThat(exported.rows(CsvTable.CONTACTS, HJORRING)).hasSize(1);
        assertThat(exported.rows(CsvTable.PRINCIPLES, HJORRING)).hasSize(5);
        assertThat(exported.rows(CsvTable.ORGANISATIONS, HJORRING)).hasSize(4);
        assertThat(exported.rows(CsvTable.DECISIONS, HJORRING)).hasSize(1);
        assertThat(exported.column(CsvTable.SCOPE_FIELDS, HJORRING, "icnpo")).containsExactly("4");
        // The series is organised by the committee and addressed to citizens and associations, with one guiding
        // question; the meetings have none of these of their own.
        assertThat(exported.rows(CsvTable.EVENT_ORGANISATIONS, HJORRING)).hasSize(1);
        assertThat(exported.column(CsvTable.EVENT_AUDIENCE, HJORRING, "audience"))
                .containsExactly("citizens", "voluntary-organisations");
        assertThat(exported.rows(CsvTable.EVENT_QUESTIONS, HJORRING)).hasSize(1);
        // Themes: support 1, diversity and respect 2, visibility 1, recruitment 1, cooperation 2.
        assertThat(exported.rows(CsvTable.THEMES, HJORRING)).hasSize(7);
        // Texts: the title in Danish and its English machine translation 2, scope description 1, vision 1, the
        // five focus areas' titles and statements 10, the series' question, participation note and summary 3,
        // Vrå's cancellation reason 1, three speakers' topics and titles 6, the contact's title 1, the source's
        // title 1: 26.
        assertThat(exported.rows(CsvTable.TEXTS, HJORRING)).hasSize(26);

        // Kragerø: an information meeting, an evening conference and the café dialogue within it: 3 events; the
        // mayor and the head of culture at the conference: 2 speakers; five inputs from the café dialogue; one
        // reference group. Frivillighet Norge organised two events and facilitated the third: 3 links.
        assertThat(exported.rows(CsvTable.EVENTS, KRAGERO)).hasSize(3);
        assertThat(exported.rows(CsvTable.SPEAKERS, KRAGERO)).hasSize(2);
        assertThat(exported.rows(CsvTable.INPUTS, KRAGERO)).hasSize(5);
        assertThat(exported.rows(CsvTable.GROUPS, KRAGERO)).hasSize(1);
        assertThat(exported.column(CsvTable.EVENT_ORGANISATIONS, KRAGERO, "role"))
                .containsExactly("organiser", "organiser", "facilitator");

        // Gjøvik: the council half-hour (Frivillighet Norge and the mayor) and the meeting with the organisations
        // (Frivillighet Norge and the volunteer coordinator): 4 speakers; the council took part: 1 participant.
        assertThat(exported.rows(CsvTable.SPEAKERS, GJOVIK)).hasSize(4);
        assertThat(exported.rows(CsvTable.EVENT_ORGANISATIONS, GJOVIK).stream()
                .filter(row -> row.get("role").equals("participant")).map(row -> row.get("organisation_id")))
                .containsExactly("gjovik-kommunestyre");

        assertThat(summary.policies()).isEqualTo(5);
        assertThat(summary.rowCount(CsvTable.EVENTS)).isEqualTo(11);
        assertThat(summary.rowCount(CsvTable.SPEAKERS)).isEqualTo(9);
        assertThat(summary.rowCount(CsvTable.MEASURES)).isZero();
    }

    @Test
    void everyKeyIsUniqueAndEveryReferenceResolves() {
        ExportChecks.assertKeysUnique(exported);
        ExportChecks.assertReferencesResolve(exported);
        ExportChecks.assertReferencesResolve(personal);
        ExportChecks.assertTextsMatchTheirColumns(exported);
    }

    @Test
    void leavesPersonalDataOutByDefault() throws IOException {
        for (CsvTable table : CsvTable.values()) {
            assertThat(exported.header(table)).doesNotContain("person_name", "person_email", "person_phone");
            String content = Files.readString(summary.file(table), StandardCharsets.UTF_8);
            for (String name : NAMED_PEOPLE) {
                assertThat(content).as("%s in %s", name, table.fileName()).doesNotContain(name);
            }
        }
        // A person's title and organisation are not personal data, and stay.
        assertThat(exported.rows(CsvTable.SPEAKERS, HJORRING)).extracting(row -> row.get("person_title"))
                .containsExactly("professor indenfor Sociologi og Sociale forhold", "seniorkonsulent", "konsulent");
        assertThat(exported.column(CsvTable.CONTACTS, HJORRING, "person_organisation_id"))
                .containsExactly("hjorring-kommune");
    }

    @Test
    void writesPersonalDataWhenAskedFor() {
        assertThat(personal.header(CsvTable.SPEAKERS)).endsWith("person_name", "person_email", "person_phone");
        assertThat(personal.header(CsvTable.CONTACTS)).endsWith("person_name", "person_email", "person_phone");
        assertThat(personal.header(CsvTable.MEMBERS)).endsWith("person_name", "person_email", "person_phone", "party");
        assertThat(personal.column(CsvTable.SPEAKERS, HJORRING, "person_name"))
                .containsExactly("Lars Skov Henriksen", "Hans Stavnsager", "Mette Wang");
        assertThat(personal.column(CsvTable.SPEAKERS, GJOVIK, "person_name"))
                .containsExactly("", "Bjørn Iddberg", "", "Bjørn Rognstad");
        assertThat(personal.column(CsvTable.CONTACTS, HJORRING, "person_name")).containsExactly("Lena Bisgaard");
        // Every other column is the same as without personal data.
        for (CsvTable table : CsvTable.values()) {
            List<String> shared = exported.header(table);
            assertThat(personal.rows(table)).extracting(row -> shared.stream().map(row::get).toList())
                    .isEqualTo(exported.rows(table).stream().map(row -> shared.stream().map(row::get).toList())
                            .toList());
        }
    }

    @Test
    void textColumnsReadInThePolicysLanguageAndTheTextsTableHoldsEveryLanguage() {
        Map<String, String> hjorring = exported.rows(CsvTable.POLICIES, HJORRING).get(0);
        assertThat(hjorring.get("title")).isEqualTo("Frivillighedspolitik på det sociale område");
        List<Map<String, String>> titles = exported.rows(CsvTable.TEXTS, HJORRING).stream()
                .filter(row -> row.get("entity").equals("policy") && row.get("field").equals("title")).toList();
        assertThat(titles).extracting(row -> List.of(row.get("language"), row.get("primary_language"),
                        row.get("machine_translated"), row.get("text")))
                .containsExactly(
                        List.of("da", "da", "false", "Frivillighedspolitik på det sociale område"),
                        List.of("en-t-t0-und", "en", "true", "Volunteering policy for the social area"));
        // A speaker's topic is keyed by the event and the speaker's position.
        assertThat(exported.rows(CsvTable.TEXTS, HJORRING).stream()
                .filter(row -> row.get("entity").equals("speaker") && row.get("field").equals("topic"))
                .map(row -> row.get("entity_id") + "/" + row.get("entity_no")))
                .containsExactly("dialogue-meeting-hirtshals/1", "dialogue-meeting-sindal/1",
                        "dialogue-meeting-hjorring/1");
        // A text with line breaks keeps them: Odense's two paragraphs.
        assertThat(exported.rows(CsvTable.PRINCIPLES, ODENSE).stream()
                .filter(row -> row.get("principle_id").equals("inclusive-communities"))
                .map(row -> row.get("statement")))
                .singleElement().asString().contains("fordi forskellighed er en styrke.\n\nVi er parate");
        // Each of a group's tasks is a row of its own.
        assertThat(exported.column(CsvTable.GROUP_TASKS, KRAGERO, "task"))
                .singleElement().asString().startsWith("En av de første oppgavene til referansegruppen");
    }

    @Test
    void datesCarryTheirEarliestAndLatestDay() {
        Map<String, String> series = exported.rows(CsvTable.EVENTS, HJORRING).get(0);
        // "i efteråret 2016": the meteorological autumn, September to November.
        assertThat(List.of(series.get("date"), series.get("date_earliest"), series.get("date_latest")))
                .containsExactly("2016-23", "2016-09-01", "2016-11-30");
        Map<String, String> adoption = exported.rows(CsvTable.DECISIONS, HJORRING).get(0);
        assertThat(List.of(adoption.get("kind"), adoption.get("date"), adoption.get("date_earliest"),
                adoption.get("date_latest"), adoption.get("body_kind"), adoption.get("body_name")))
                .containsExactly("adoption", "2017-10-25", "2017-10-25", "2017-10-25", "municipal-council",
                        "Hjørring Byråd");
        // 29 September of a year the seed does not give: no interval can be derived.
        Map<String, String> meeting = exported.rows(CsvTable.EVENTS, KRAGERO).get(0);
        assertThat(List.of(meeting.get("date"), meeting.get("date_earliest"), meeting.get("date_latest")))
                .containsExactly("XXXX-09-29", "", "");
    }

    @Test
    void countsCarryTheirQualifierAndCodesAreStable() {
        Map<String, String> conference = exported.rows(CsvTable.EVENTS, KRAGERO).get(1);
        assertThat(List.of(conference.get("event_id"), conference.get("kind"), conference.get("organisation_count"),
                conference.get("organisation_count_qualifier")))
                .containsExactly("evening-conference", "evening-conference", "45", "exact");
        // "over 20 organisations" registered for the meeting in Gjøvik.
        Map<String, String> meeting = exported.rows(CsvTable.EVENTS, GJOVIK).get(1);
        assertThat(List.of(meeting.get("registered_organisations"), meeting.get("registered_organisations_qualifier")))
                .containsExactly("20", "more-than");
        Map<String, String> hjorring = exported.rows(CsvTable.POLICIES, HJORRING).get(0);
        assertThat(List.of(hjorring.get("country"), hjorring.get("municipality_code"), hjorring.get("kind"),
                hjorring.get("status"), hjorring.get("scope_all_sectors")))
                .containsExactly("DK", "860", "policy", "adopted", "false");
    }
}
