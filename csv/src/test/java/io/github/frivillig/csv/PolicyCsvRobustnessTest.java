package io.github.frivillig.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

import io.github.frivillig.core.dialogue.DialogueEvent;
import io.github.frivillig.core.dialogue.Participation;
import io.github.frivillig.core.fixtures.SeedPolicies;
import io.github.frivillig.core.policy.Measure;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.text.LocalizedText;
import io.github.frivillig.core.value.Count;
import io.github.frivillig.core.value.CountQualifier;
import io.github.frivillig.core.value.LocalId;
import io.github.frivillig.core.value.Money;
import io.github.frivillig.csv.CsvExportOptions.LineEnding;

/** Text that is awkward in CSV survives exactly; line endings, failures and arguments behave as documented. */
class PolicyCsvRobustnessTest {

    /** Each is a field that a careless writer or reader would get wrong. */
    private static final List<String> AWKWARD = List.of(
            "\"quoted\"", "\"", "\"\"", "a \"quote\" inside", "comma, inside", ",", "ends with a comma,",
            "line\nbreak", "crlf\r\nbreak", "lone\rcarriage return", "\n", "trailing line break\n",
            " leading and trailing spaces ", "tab\there", "emoji 🤝 and 👩🏽‍💻", "#not a comment", "=1+1",
            "Æøå ÆØÅ", "\u00a0no-break space", "NA", "null", "'single'", "back\\slash", "ﬁ ligature");

    @TempDir
    Path directory;

    private static Policy withAwkwardTitles() {
        LocalizedText.Builder title = LocalizedText.builder();
        for (int i = 0; i < AWKWARD.size(); i++) {
            title.text("x-awkward-" + i, AWKWARD.get(i));
        }
        return SeedPolicies.hjorring().toBuilder().title(title.text("da", "Titel").build()).build();
    }

    private static List<String> awkwardTexts(List<Map<String, String>> texts) {
        return texts.stream().filter(row -> row.get("field").equals("title") && row.get("language").startsWith("x-"))
                .map(row -> row.get("text")).toList();
    }

    @Test
    void awkwardTextSurvivesTheRoundTripExactly() {
        PolicyCsv.export(Stream.of(withAwkwardTitles()), directory);

        ExportedTables exported = ExportedTables.read(directory, CsvExportOptions.defaults());
        assertThat(awkwardTexts(exported.rows(CsvTable.TEXTS))).containsExactlyElementsOf(AWKWARD);
        assertThat(exported.rows(CsvTable.POLICIES).get(0).get("title")).isEqualTo("Titel");
    }

    @Test
    void amountsAreWrittenPlainUnlessTheirExponentIsExtreme() {
        // Written out, 1E+999999999 would be a billion digits: it keeps its exponent.
        Policy policy = SeedPolicies.hjorring().toBuilder()
                .addMeasure(Measure.builder()
                        .id(LocalId.of("m1"))
                        .budget(Money.of(new BigDecimal("1.5E+5"), "DKK"))
                        .build())
                .addMeasure(Measure.builder()
                        .id(LocalId.of("m2"))
                        .budget(Money.of(new BigDecimal("1E+999999999"), "DKK"))
                        .build())
                .build();

        PolicyCsv.export(Stream.of(policy), directory);

        assertThat(ExportedTables.read(directory, CsvExportOptions.defaults()).rows(CsvTable.MEASURES))
                .extracting(row -> row.get("budget_amount")).containsExactly("150000", "1E+999999999");
    }

    @Test
    void aVagueCountHasAnEmptyNumberAndItsQualifier() {
        // "Many came, nearly 50 had registered": a count without a number beside one just under a number.
        Policy seed = SeedPolicies.hjorring();
        List<DialogueEvent> events = new ArrayList<>(seed.events());
        events.set(0, events.get(0).toBuilder().participation(Participation.builder()
                .attendees(Count.vague(CountQualifier.MANY)).registeredPeople(Count.nearly(50)).build()).build());

        PolicyCsv.export(Stream.of(seed.toBuilder().events(events).build()), directory);

        Map<String, String> event = ExportedTables.read(directory, CsvExportOptions.defaults())
                .rows(CsvTable.EVENTS).get(0);
        assertThat(List.of(event.get("attendees"), event.get("attendees_qualifier"), event.get("registered_people"),
                event.get("registered_people_qualifier"))).containsExactly("", "many", "50", "nearly");
    }

    @Test
    void jacksonsCsvReaderReadsTheSameFields() throws IOException {
        PolicyCsv.export(Stream.of(withAwkwardTitles()), directory);

        List<Map<String, String>> rows = new ArrayList<>();
        CsvMapper mapper = CsvMapper.builder().build();
        try (Reader reader = Files.newBufferedReader(directory.resolve("texts.csv"), StandardCharsets.UTF_8);
                MappingIterator<Map<String, String>> iterator = mapper.readerFor(Map.class)
                        .with(CsvSchema.emptySchema().withHeader()).readValues(reader)) {
            iterator.forEachRemaining(rows::add);
        }
        assertThat(awkwardTexts(rows)).containsExactlyElementsOf(AWKWARD);
        assertThat(rows).isEqualTo(ExportedTables.read(directory, CsvExportOptions.defaults()).rows(CsvTable.TEXTS));
    }

    @Test
    void onlyFieldsThatNeedItAreQuoted() throws IOException {
        PolicyCsv.export(Stream.of(withAwkwardTitles()), directory);

        List<String> lines = Files.readString(directory.resolve("policies.csv"), StandardCharsets.UTF_8).lines()
                .toList();
        // Ids, codes and texts without a comma, quote or line break go out bare; RFC 4180 quoting for the rest.
        assertThat(lines.get(1)).startsWith("dk-860-frivillighedspolitik-socialt-omraade,DK,860,Hjørring,Titel,"
                + "policy,adopted,da,false,det sociale område,");
        assertThat(Files.readString(directory.resolve("texts.csv"), StandardCharsets.UTF_8))
                .contains(",\"\"\"quoted\"\"\"\r\n", ",\"comma, inside\"\r\n", ",\"line\nbreak\"\r\n",
                        ", leading and trailing spaces \r\n", ",#not a comment\r\n");
    }

    @Test
    void recordsEndWithCrlfByDefaultAndLfWhenAsked() throws IOException {
        PolicyCsv.export(Stream.of(withAwkwardTitles()), directory.resolve("crlf"));
        PolicyCsv.export(Stream.of(withAwkwardTitles()), directory.resolve("lf"),
                CsvExportOptions.defaults().withLineEnding(LineEnding.LF));

        // The strict reader accepts no other record separator, and reads the same rows from both.
        ExportedTables crlf = ExportedTables.read(directory.resolve("crlf"), CsvExportOptions.defaults());
        ExportedTables lf = ExportedTables.read(directory.resolve("lf"),
                CsvExportOptions.defaults().withLineEnding(LineEnding.LF));
        for (CsvTable table : CsvTable.values()) {
            assertThat(lf.rows(table)).as(table.tableName()).isEqualTo(crlf.rows(table));
        }
        assertThat(Files.readString(directory.resolve("lf").resolve("events.csv"), StandardCharsets.UTF_8))
                .doesNotContain("\r");
        assertThatThrownBy(() -> Rfc4180.parse(
                Files.readString(directory.resolve("crlf").resolve("events.csv"), StandardCharsets.UTF_8), "\n"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withoutALanguageTheTextColumnsReadInTheCountrysLanguage() {
        // Hjørring's title is Danish with an English machine translation; Denmark's official language is Danish.
        Policy policy = SeedPolicies.hjorring().toBuilder().language(null).build();

        PolicyCsv.export(Stream.of(policy), directory);

        ExportedTables exported = ExportedTables.read(directory, CsvExportOptions.defaults());
        assertThat(exported.rows(CsvTable.POLICIES).get(0).get("title"))
                .isEqualTo("Frivillighedspolitik på det sociale område");
        assertThat(exported.rows(CsvTable.POLICIES).get(0).get("language")).isEmpty();
    }

    @Test
    void anUnpairedSurrogateBecomesTheReplacementCharacter() {
        Policy policy = SeedPolicies.odense().toBuilder()
                .title(LocalizedText.of("da", "broken \ud83e here")).build();

        PolicyCsv.export(Stream.of(policy), directory);

        // The files are valid UTF-8 (the reader decodes strictly), with U+FFFD where UTF-8 has no encoding.
        ExportedTables exported = ExportedTables.read(directory, CsvExportOptions.defaults());
        assertThat(exported.rows(CsvTable.POLICIES).get(0).get("title")).isEqualTo("broken \ufffd here");
    }

    @Test
    void aFailedExportLeavesNoFilesAndKeepsAnEarlierExport() throws IOException {
        PolicyCsv.export(SeedPolicies.all().stream(), directory);
        byte[] earlier = Files.readAllBytes(directory.resolve("policies.csv"));
        byte[] earlierDescriptor = Files.readAllBytes(directory.resolve("datapackage.json"));
        IllegalStateException failure = new IllegalStateException("the dataset broke");
        Stream<Policy> failing = Stream.concat(Stream.of(SeedPolicies.gjovik()), Stream.<Policy>generate(() -> {
            throw failure;
        }));

        assertThatThrownBy(() -> PolicyCsv.export(failing, directory)).isSameAs(failure);

        try (Stream<Path> files = Files.list(directory)) {
            // The tables, the label tables' directory and the descriptor, of the earlier export: no part files.
            assertThat(files.map(file -> file.getFileName().toString())).hasSize(CsvTable.values().length + 2)
                    .allMatch(name -> name.endsWith(".csv") || name.equals("labels")
                            || name.equals("datapackage.json"));
        }
        try (Stream<Path> labels = Files.list(directory.resolve("labels"))) {
            assertThat(labels.map(file -> file.getFileName().toString())).allMatch(name -> name.endsWith(".csv"));
        }
        assertThat(Files.readAllBytes(directory.resolve("policies.csv"))).isEqualTo(earlier);
        assertThat(Files.readAllBytes(directory.resolve("datapackage.json"))).isEqualTo(earlierDescriptor);
    }

    @Test
    void aDirectoryThatCannotBeCreatedIsAnIoFailure() throws IOException {
        Path file = Files.writeString(directory.resolve("a-file"), "not a directory");

        assertThatThrownBy(() -> PolicyCsv.export(Stream.of(SeedPolicies.odense()), file.resolve("csv")))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("a-file");
    }

    @Test
    void nullsAreRejectedAtOnce() {
        Stream<Policy> none = Stream.empty();
        assertThatThrownBy(() -> PolicyCsv.export(null, directory)).isInstanceOf(NullPointerException.class)
                .hasMessage("policies");
        assertThatThrownBy(() -> PolicyCsv.export(none, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("directory");
        assertThatThrownBy(() -> PolicyCsv.export(none, directory, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("options");
        List<Policy> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatThrownBy(() -> PolicyCsv.export(withNull.stream(), directory))
                .isInstanceOf(NullPointerException.class).hasMessage("policy");
        assertThat(directory.resolve("policies.csv")).doesNotExist();
    }

    @Test
    void anEmptyDatasetWritesEveryHeader() {
        CsvExportSummary summary = PolicyCsv.export(Stream.empty(), directory);

        ExportedTables exported = ExportedTables.read(directory, CsvExportOptions.defaults());
        for (CsvTable table : CsvTable.values()) {
            assertThat(exported.header(table)).isEqualTo(table.columns(CsvExportOptions.defaults()));
            assertThat(exported.rows(table)).isEmpty();
            assertThat(summary.rowCount(table)).isZero();
        }
        assertThat(summary.policies()).isZero();
    }
}
