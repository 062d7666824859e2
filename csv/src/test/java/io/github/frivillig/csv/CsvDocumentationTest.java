package io.github.frivillig.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.frivillig.core.code.Codelists;
import io.github.frivillig.core.code.IcnpoCode;
import io.github.frivillig.core.code.NationalFramework;
import io.github.frivillig.core.code.Theme;
import io.github.frivillig.core.dialogue.Audience;
import io.github.frivillig.core.dialogue.Disposition;
import io.github.frivillig.core.dialogue.EventAccess;
import io.github.frivillig.core.dialogue.EventKind;
import io.github.frivillig.core.dialogue.EventPhase;
import io.github.frivillig.core.dialogue.EventStatus;
import io.github.frivillig.core.dialogue.InputChannel;
import io.github.frivillig.core.dialogue.InputKind;
import io.github.frivillig.core.dialogue.PartOfDay;
import io.github.frivillig.core.dialogue.SpeakerRole;
import io.github.frivillig.core.municipality.Country;
import io.github.frivillig.core.organisation.GroupKind;
import io.github.frivillig.core.organisation.GroupMember;
import io.github.frivillig.core.organisation.GroupStatus;
import io.github.frivillig.core.organisation.IdentifierScheme;
import io.github.frivillig.core.organisation.MemberRole;
import io.github.frivillig.core.organisation.OrganisationKind;
import io.github.frivillig.core.organisation.SelectionMethod;
import io.github.frivillig.core.policy.DecisionKind;
import io.github.frivillig.core.policy.DecisionStatus;
import io.github.frivillig.core.policy.FoundationKind;
import io.github.frivillig.core.policy.GoverningBodyKind;
import io.github.frivillig.core.policy.MeasureStatus;
import io.github.frivillig.core.policy.PartKind;
import io.github.frivillig.core.policy.PartySide;
import io.github.frivillig.core.policy.PolicyKind;
import io.github.frivillig.core.policy.PolicyStatus;
import io.github.frivillig.core.policy.PrincipleKind;
import io.github.frivillig.core.policy.ReferenceKind;
import io.github.frivillig.core.policy.RelationKind;
import io.github.frivillig.core.policy.ReviewKind;
import io.github.frivillig.core.policy.SourceKind;
import io.github.frivillig.core.policy.StatutoryRole;
import io.github.frivillig.core.policy.VoteOutcome;
import io.github.frivillig.core.value.CountQualifier;

/** {@code docs/csv.md} documents every table, every column, every code and every join, as the export writes them. */
class CsvDocumentationTest {

    private static final Pattern TABLE_HEADING = Pattern.compile("### `([a-z_]+)\\.csv`");
    private static final Pattern CODE_TYPE = Pattern.compile("code: ([a-zA-Z ]+)");

    private static final Map<String, Class<? extends Enum<?>>> CODE_LISTS = Map.ofEntries(
            Map.entry("country", Country.class), Map.entry("policy kind", PolicyKind.class),
            Map.entry("policy status", PolicyStatus.class), Map.entry("decision kind", DecisionKind.class),
            Map.entry("governing body kind", GoverningBodyKind.class), Map.entry("ICNPO", IcnpoCode.class),
            Map.entry("foundation kind", FoundationKind.class),
            Map.entry("national framework", NationalFramework.class),
            Map.entry("principle kind", PrincipleKind.class), Map.entry("measure status", MeasureStatus.class),
            Map.entry("organisation kind", OrganisationKind.class),
            Map.entry("identifier scheme", IdentifierScheme.class), Map.entry("group kind", GroupKind.class),
            Map.entry("group status", GroupStatus.class), Map.entry("selection method", SelectionMethod.class),
            Map.entry("member type", GroupMember.Type.class), Map.entry("member role", MemberRole.class),
            Map.entry("event kind", EventKind.class), Map.entry("event status", EventStatus.class),
            Map.entry("count qualifier", CountQualifier.class), Map.entry("audience", Audience.class),
            Map.entry("speaker role", SpeakerRole.class), Map.entry("input kind", InputKind.class),
            Map.entry("input channel", InputChannel.class), Map.entry("disposition", Disposition.class),
            Map.entry("source kind", SourceKind.class), Map.entry("theme", Theme.class),
            Map.entry("event access", EventAccess.class), Map.entry("part of day", PartOfDay.class),
            Map.entry("statutory role", StatutoryRole.class), Map.entry("reference kind", ReferenceKind.class),
            Map.entry("vote outcome", VoteOutcome.class), Map.entry("part kind", PartKind.class),
            Map.entry("review kind", ReviewKind.class), Map.entry("party side", PartySide.class),
            Map.entry("relation kind", RelationKind.class), Map.entry("decision status", DecisionStatus.class),
            Map.entry("event phase", EventPhase.class));

    /** The Table Schema type of each type of the dictionary that is not read as a string. */
    private static final Map<String, String> TABLE_SCHEMA_TYPES = Map.of("integer", "integer", "decimal", "number",
            "boolean", "boolean", "date", "date", "time", "time", "duration", "duration");

    private static final CsvExportOptions INCLUDE = CsvExportOptions.defaults()
            .withPersonalData(CsvExportOptions.PersonalDataHandling.INCLUDE);

    private static List<String> lines;

    @TempDir
    static Path directory;

    @BeforeAll
    static void readTheDocumentation() throws IOException {
        // Tests run in the module's directory; the documentation is the project's.
        Path docs = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent().resolve("docs/csv.md");
        lines = Files.readAllLines(docs, StandardCharsets.UTF_8);
    }

    @Test
    void documentsEveryTableInOrderWithEveryColumnAndWhetherItIsPersonal() {
        Map<String, List<List<String>>> tables = columnDictionary();
        assertThat(tables.keySet()).containsExactlyElementsOf(
                Arrays.stream(CsvTable.values()).map(CsvTable::tableName).toList());
        for (CsvTable table : CsvTable.values()) {
            List<List<String>> rows = tables.get(table.tableName());
            assertThat(rows).extracting(row -> unquote(row.get(0))).as(table.tableName())
                    .containsExactlyElementsOf(table.columns(INCLUDE));
            for (List<String> row : rows) {
                String column = unquote(row.get(0));
                assertThat(row).as("%s.%s", table.tableName(), column).hasSize(6);
                assertThat(row.get(5)).as("%s.%s personal", table.tableName(), column)
                        .isEqualTo(table.personalColumns().contains(column) ? "yes" : "no");
                assertThat(row.get(4)).as("%s.%s empty", table.tableName(), column).isIn("yes", "no");
                assertThat(row.get(2)).as("%s.%s meaning", table.tableName(), column).isNotBlank();
            }
        }
    }

    @Test
    void documentsEveryCodeOfEveryCodeList() {
        Map<String, List<String>> lists = codeLists();
        CODE_LISTS.forEach((name, type) -> assertThat(lists.get(name)).as(name)
                .containsExactlyElementsOf(Codelists.codes(type)));
        assertThat(lists.get("entity")).containsExactlyInAnyOrderElementsOf(ExportChecks.ENTITIES.keySet());
        // Every code column names a list that is documented.
        for (List<List<String>> rows : columnDictionary().values()) {
            for (List<String> row : rows) {
                Matcher code = CODE_TYPE.matcher(row.get(1));
                if (code.matches()) {
                    assertThat(lists).as(row.get(0)).containsKey(code.group(1));
                }
            }
        }
    }

    @Test
    void documentsTheRolesAndEntitiesTheExportWrites() {
        PolicyCsv.export(Stream.of(FullPolicy.policy()), directory);
        ExportedTables exported = ExportedTables.read(directory, CsvExportOptions.defaults());
        Map<String, List<String>> lists = codeLists();
        assertThat(new TreeSet<>(exported.column(CsvTable.MEASURE_ORGANISATIONS, "role")))
                .containsExactlyInAnyOrderElementsOf(lists.get("measure organisation role"));
        assertThat(new TreeSet<>(exported.column(CsvTable.EVENT_ORGANISATIONS, "role")))
                .containsExactlyInAnyOrderElementsOf(lists.get("event organisation role"));
        Set<String> entities = new TreeSet<>(exported.column(CsvTable.TEXTS, "entity"));
        assertThat(lists.get("entity")).containsAll(entities);
    }

    @Test
    void documentsHowEveryEntityOfTheLongTablesJoinsToItsTable() {
        List<List<String>> rows = markdownTableAfter("| entity | table | `entity_id` is | `entity_no` is |");
        Map<String, ExportChecks.EntityKey> documented = new LinkedHashMap<>();
        for (List<String> row : rows) {
            documented.put(unquote(row.get(0)), new ExportChecks.EntityKey(
                    CsvTable.valueOf(unquote(row.get(1)).toUpperCase(Locale.ROOT)),
                    row.get(2).equals("empty") ? null : unquote(row.get(2)),
                    row.get(3).equals("empty") ? null : unquote(row.get(3))));
        }
        assertThat(documented).isEqualTo(ExportChecks.ENTITIES);
    }

    @Test
    void documentsTheKeyOfEveryTable() {
        List<List<String>> rows = markdownTableAfter("| table | one row per | key (after `policy_id`) |");
        assertThat(rows).extracting(row -> unquote(row.get(0)))
                .containsExactlyElementsOf(Arrays.stream(CsvTable.values()).map(CsvTable::tableName).toList());
        for (List<String> row : rows) {
            CsvTable table = CsvTable.valueOf(unquote(row.get(0)).toUpperCase(Locale.ROOT));
            List<String> key = row.get(2).equals("—") ? List.of()
                    : Arrays.stream(row.get(2).split(", ")).map(CsvDocumentationTest::unquote).toList();
            assertThat(table.columns(CsvExportOptions.defaults())).as(table.tableName()).containsAll(key);
            if (DataPackage.KEYS.containsKey(table)) {
                assertThat(key).as(table.tableName()).isEqualTo(DataPackage.KEYS.get(table));
            }
        }
    }

    @Test
    void theDescriptorSaysWhatTheDictionarySays() throws IOException {
        Path export = directory.resolve("described");
        CsvExportSummary summary = PolicyCsv.export(Stream.of(FullPolicy.policy()), export, INCLUDE);
        JsonNode descriptor = JsonMapper.builder().build()
                .readTree(Files.readString(summary.dataPackage(), StandardCharsets.UTF_8));
        Map<String, JsonNode> resources = new LinkedHashMap<>();
        descriptor.get("resources").forEach(resource -> resources.put(resource.get("name").asString(), resource));
        Map<String, List<List<String>>> dictionary = columnDictionary();
        Map<String, String> paragraphs = tableParagraphs();
        for (CsvTable table : CsvTable.values()) {
            JsonNode resource = resources.get(table.tableName());
            assertThat(resource.get("path").asString()).isEqualTo(table.fileName());
            assertThat(resource.get("description").asString()).as(table.tableName())
                    .isEqualTo(paragraphs.get(table.tableName()));
            List<List<String>> rows = dictionary.get(table.tableName());
            JsonNode fields = resource.get("schema").get("fields");
            assertThat(fields).hasSize(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                List<String> row = rows.get(i);
                JsonNode field = fields.get(i);
                String column = table.tableName() + "." + unquote(row.get(0));
                assertThat(field.get("name").asString()).as(column).isEqualTo(unquote(row.get(0)));
                assertThat(field.get("description").asString()).as(column).isEqualTo(row.get(2));
                assertThat(field.get("type").asString()).as(column).isEqualTo(TABLE_SCHEMA_TYPES.getOrDefault(
                        row.get(1), "string"));
                assertThat(field.path("example").asString("")).as(column)
                        .isEqualTo(row.get(3).isEmpty() ? "" : unquote(row.get(3)));
                assertThat(field.path("constraints").path("required").asBoolean(false)).as(column)
                        .isEqualTo(row.get(4).equals("no"));
                Matcher code = CODE_TYPE.matcher(row.get(1));
                if (code.matches() && CODE_LISTS.containsKey(code.group(1))) {
                    String labels = "label_" + code.group(1).toLowerCase(Locale.ROOT).replace(' ', '_');
                    assertThat(resource.get("schema").get("foreignKeys").toString()).as(column)
                            .contains("{\"fields\":[\"" + unquote(row.get(0)) + "\"],\"reference\":{\"resource\":\""
                                    + labels + "\",\"fields\":[\"code\"]}}");
                }
            }
        }
    }

    @Test
    void everyCodeListOfTheModelHasALabelTable() {
        assertThat(LabelTables.CODE_LISTS).containsExactlyInAnyOrderEntriesOf(CODE_LISTS);
        List<String> files = markdownTableAfter("| file | code list |").stream()
                .map(row -> unquote(row.get(0)) + " " + row.get(1)).toList();
        assertThat(files).containsExactlyElementsOf(LabelTables.CODE_LISTS.keySet().stream()
                .map(list -> LabelTables.fileName(list) + " " + list).toList());
    }

    /** The paragraph that says what a row of each table stands for, by table name. */
    private static Map<String, String> tableParagraphs() {
        Map<String, String> paragraphs = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher heading = TABLE_HEADING.matcher(lines.get(i));
            if (heading.matches()) {
                List<String> paragraph = new ArrayList<>();
                for (int j = i + 1; !lines.get(j).startsWith("| column "); j++) {
                    if (!lines.get(j).isBlank()) {
                        paragraph.add(lines.get(j).trim());
                    }
                }
                paragraphs.put(heading.group(1), String.join(" ", paragraph));
            }
        }
        return paragraphs;
    }

    /** The rows of each table's dictionary, by table name, in the order of the page. */
    private static Map<String, List<List<String>>> columnDictionary() {
        Map<String, List<List<String>>> tables = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher heading = TABLE_HEADING.matcher(lines.get(i));
            if (heading.matches()) {
                tables.put(heading.group(1),
                        markdownTableAfter("| column | type | meaning | example | empty | personal |", i));
            }
        }
        return tables;
    }

    /** The codes of each code list, by the list's name. */
    private static Map<String, List<String>> codeLists() {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        int start = lines.indexOf("## Code lists");
        for (int i = start; i < lines.size() && !lines.get(i).equals("## Loading the files"); i++) {
            if (lines.get(i).startsWith("### ")) {
                lists.put(lines.get(i).substring(4), markdownTableAfter("| code | meaning |", i).stream()
                        .map(row -> unquote(row.get(0))).toList());
            }
        }
        return lists;
    }

    private static List<List<String>> markdownTableAfter(String header) {
        return markdownTableAfter(header, 0);
    }

    // The body rows of the first table with this header at or after a line, as trimmed cells.
    private static List<List<String>> markdownTableAfter(String header, int from) {
        int start = from;
        while (!lines.get(start).equals(header)) {
            start++;
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = start + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            String line = lines.get(i);
            rows.add(Arrays.stream(line.substring(1, line.length() - 1).split(" \\| ", -1)).map(String::trim)
                    .toList());
        }
        return rows;
    }

    private static String unquote(String cell) {
        assertThat(cell).startsWith("`").endsWith("`");
        return cell.substring(1, cell.length() - 1);
    }
}
