package io.github.frivillig.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.frivillig.csv.ExportSource;
import io.github.frivillig.examples.SeedDataset;
import io.github.frivillig.json.DatasetRecord;
import io.github.frivillig.json.PolicyJson;

/** The command line's output and exit codes, run in-process. */
class CliTest {

    @TempDir
    Path directory;

    Path hjorring;
    Path broken;

    record Run(int exitCode, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @BeforeEach
    void files() throws IOException {
        hjorring = directory.resolve("hjorring.json");
        try (InputStream in = SeedDataset.open("dk-860-frivillighedspolitik-socialt-omraade.json")) {
            Files.copy(in, hjorring);
        }
        broken = directory.resolve("broken.json");
        Files.writeString(broken, """
                {
                  "formatVersion": "1.0",
                  "id": "no-4001-x",
                  "municipality": {"country": "NO", "code": "4001", "name": "Porsgrunn"},
                  "title": {"nb": "Tittel", "nn": "Tittel"},
                  "kind": "policy", "validity": {"from": "2025"},
                  "status": "finished",
                  "colour": "blue"
                }
                """);
    }

    @Test
    void withoutArgumentsGivesAnOverviewOfTheBundledDatasetAndTheCommands() {
        Run run = run();

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Bundled dataset: " + SeedDataset.FILES.size() + " policies, the 5 seed policies",
                "Porsgrunn", "Kragerø", "Gjøvik", "Hjørring", "Odense", "validate", "schema");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void everyCommandHasHelpAndVersion() {
        for (String command : List.of("validate", "compare", "export", "schema")) {
            Run help = run(command, "--help");
            assertThat(help.exitCode()).as(command).isZero();
            assertThat(help.out()).as(command).contains("Usage: frivillig " + command);
            Run version = run(command, "--version");
            assertThat(version.exitCode()).as(command).isZero();
            assertThat(version.out()).as(command).startsWith("frivillig ");
        }
        assertThat(run("--help").out()).contains("Usage: frivillig");
    }

    @Test
    void validSeedFileValidatesWithExitCodeZero() {
        Run run = run("validate", hjorring.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith(hjorring + ": valid");
    }

    @Test
    void brokenFileIsInvalidWithExitCodeOneAndEveryProblemLocated() {
        Run run = run("validate", hjorring.toString(), broken.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains(hjorring + ": valid", broken + ": invalid (2 errors)")
                .contains("format.unknown-code", "/status", "7:13", "format.unknown-key", "/colour", "8:3");
    }

    @Test
    void jsonFormatGivesOneReportObjectPerFile() {
        Run run = run("validate", "--format", "json", hjorring.toString(), broken.toString());

        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(2);
        JsonMapper mapper = JsonMapper.builder().build();
        assertThat(mapper.readTree(lines.get(0)).get("file").asString()).isEqualTo(hjorring.toString());
        assertThat(mapper.readTree(lines.get(1)).get("file").asString()).isEqualTo(broken.toString());
        JsonNode valid = mapper.readTree(lines.get(0)).get("report");
        JsonNode invalid = mapper.readTree(lines.get(1)).get("report");
        assertThat(valid.get("valid").asBoolean()).isTrue();
        assertThat(invalid.get("valid").asBoolean()).isFalse();
        // The report is in the one shape of reports, which reads back as the report of the file, its violations
        // naming the file as their source.
        try (Stream<DatasetRecord> records = PolicyJson.standard().validateDataset(broken, Locale.ENGLISH)) {
            assertThat(PolicyJson.standard().readReport(mapper.writeValueAsString(invalid)))
                    .isEqualTo(records.findFirst().orElseThrow().report());
        }
        assertThat(invalid.get("violations").get(0).get("code").asString()).isEqualTo("format.unknown-code");
        assertThat(invalid.get("violations").get(0).get("pointer").asString()).isEqualTo("/status");
        assertThat(invalid.get("violations").get(0).get("line").asInt()).isEqualTo(7);
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void schemaPrintsTheSchemaOfTheFormatOrOfReports() {
        assertThat(run("schema").out()).isEqualTo(PolicyJson.schema());
        assertThat(run("schema", "--report").out()).isEqualTo(PolicyJson.reportSchema());
    }

    @Test
    void messagesFollowTheRequestedLanguage() throws IOException {
        Path badId = directory.resolve("bad-id.json");
        Files.writeString(badId, Files.readString(hjorring).replace("\"dk-860-frivillighedspolitik-socialt-omraade\"",
                "\"Bad Id\""));
        String english = run("validate", badId.toString()).out();
        String danish = run("validate", "--lang", "da", badId.toString()).out();

        assertThat(english).contains("policy-id.malformed", "is not a well-formed policy id");
        assertThat(danish).contains("policy-id.malformed").doesNotContain("is not a well-formed policy id");
    }

    @Test
    void lenientModeTurnsUnknownKeysIntoWarnings() {
        Path onlyUnknownKey = directory.resolve("unknown-key.json");
        Run strict;
        try {
            Files.writeString(onlyUnknownKey, Files.readString(hjorring).replaceFirst("\\{", "{\"colour\": \"blue\","));
            strict = run("validate", onlyUnknownKey.toString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Run lenient = run("validate", "--lenient", onlyUnknownKey.toString());

        assertThat(strict.exitCode()).isEqualTo(1);
        assertThat(lenient.exitCode()).isZero();
        assertThat(lenient.out()).contains("warning", "format.unknown-key");
    }

    @Test
    void notJsonAtAllIsInvalidNotAnError() throws IOException {
        Path garbage = directory.resolve("garbage.json");
        Files.write(garbage, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2});

        Run run = run("validate", garbage.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("format.syntax");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void missingFileIsOneLineAndExitCodeTwo() {
        Run run = run("validate", directory.resolve("nowhere.json").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(1).allSatisfy(line -> assertThat(line).startsWith("frivillig: ")
                .contains("nowhere.json"));
        assertThat(run.out()).isEmpty();
    }

    @Test
    void missingFileDoesNotStopTheOthersFromBeingValidated() {
        Run run = run("validate", directory.resolve("nowhere.json").toString(), hjorring.toString(),
                broken.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).containsExactly("frivillig: cannot read '" + directory.resolve("nowhere.json")
                + "': no such file or directory");
        assertThat(run.out()).contains("hjorring.json: valid", "broken.json: invalid");
    }

    @Test
    void directoryWithoutDocumentsIsReportedWithExitCodeTwo() throws IOException {
        Path empty = Files.createDirectory(directory.resolve("empty"));

        Run run = run("validate", empty.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).containsExactly("frivillig: no policy records in '" + empty
                + "' (a directory of .json files, a JSON array or JSON Lines)");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void badArgumentsAreOneLineAndExitCodeTwo() {
        for (String[] args : List.of(new String[] {"validate"}, new String[] {"validate", "--lang", "fr", "x"},
                new String[] {"validate", "--bogus", "x"}, new String[] {"no-such-command"})) {
            Run run = run(args);
            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.err().lines()).as(String.join(" ", args)).hasSize(1)
                    .allSatisfy(line -> assertThat(line).startsWith("frivillig: ").doesNotContain("Exception"));
        }
    }

    @Test
    void directoryArgumentStandsForItsJsonFiles() {
        Run run = run("validate", directory.toString());

        assertThat(run.out()).contains("broken.json: invalid", "hjorring.json: valid");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void compareWithoutADatasetComparesTheBundledDatasetAsText() {
        Run run = run("compare");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Porsgrunn", "Odense",
                "Hjørring (dk-860-frivillighedspolitik-socialt-omraade)",
                "  principles 5, measures 0, events 5 (held 4, planned 0, cancelled 1), inputs 0, organisations 4, "
                        + "groups 0",
                "days from the first dialogue activity to adoption: 329 to 419",
                "at least 45; the criterion asks for 10",
                "Themes in principles (P), measures (M), dialogue events (E) and inputs (I), by municipality",
                "Policies compared: " + SeedDataset.FILES.size());
        // The seeds come first, in the first block of columns. Kragerø's themes come from its meetings and the
        // inputs of its café dialogue.
        assertThat(run.out().lines().filter(line -> line.startsWith("Partnership ")).findFirst())
                .get().asString().matches("Partnership +P +EI +EI +P +P .*");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void compareInAnotherLanguageLeavesNoEnglishInItsText() {
        Run run = run("compare", "--lang", "nn");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("prinsipp 5, tiltak 0, arrangement 5 (gjennomførte 4, planlagde 0, avlyste 1)",
                "dagar frå første dialogaktivitet til vedtak: 329 til 419",
                "deltakarar: namngjevne organisasjonar 2, frivillige 1",
                "Kriteria til Frivillighet Norge for ein heilskapleg lokal frivilligheitspolitikk:",
                "Tema i prinsipp (P), tiltak (T), dialogarrangement (D) og innspel (I), etter kommune",
                "Samspel og partnarskap", "Politikkar samanlikna: " + SeedDataset.FILES.size());
        for (String english : List.of("principles", "measures", "events", "inputs", "days from", "taking part",
                "criteria", "Themes", "by municipality", "Policies compared", "not known", " to ")) {
            assertThat(run.out()).as(english).doesNotContain(english);
        }
    }

    @Test
    void compareNamesMunicipalitiesInFullInItsTable() throws IOException {
        // Two municipalities with long names, and two of the same name, told apart by their code.
        Path dataset = Files.createDirectory(directory.resolve("long-names"));
        writePolicy(dataset.resolve("a.json"), hjorring, "\"name\": \"Hjørring\"",
                "\"name\": \"Hjørring Kommune, Nordjylland\"");
        writePolicy(dataset.resolve("b.json"), hjorring, "\"860\"", "\"461\"",
                "dk-860-frivillighedspolitik-socialt-omraade", "dk-461-x", "\"name\": \"Hjørring\"",
                "\"name\": \"Odense Kommune, Region Syddanmark\"");

        Run run = run("compare", dataset.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Hjørring Kommune, Nordjylland Odense Kommune, Region Syddanmark");
    }

    @Test
    void compareAsJsonGivesTheIndicatorsOfEveryPolicy() {
        Run run = run("compare", "--format", "json");

        JsonNode policies = JsonMapper.builder().build().readTree(run.out());
        assertThat(policies).hasSize(SeedDataset.FILES.size());
        JsonNode hjorring = policies.get(3);
        assertThat(hjorring.get("municipality").get("code").asString()).isEqualTo("860");
        assertThat(hjorring.get("counts").get("events").asInt()).isEqualTo(5);
        assertThat(hjorring.get("daysToAdoption").get("minimum").asLong()).isEqualTo(329);
        assertThat(hjorring.get("completeness").get("politically-adopted").get("outcome").asString()).isEqualTo("met");
        assertThat(policies.get(1).get("completeness").get("developed-in-dialogue").get("outcome").asString())
                .isEqualTo("met");
    }

    @Test
    void compareAsCsvGivesOneRowPerPolicy() {
        Run run = run("compare", "--format", "csv");

        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(SeedDataset.FILES.size() + 1);
        assertThat(lines.get(0)).startsWith("policy_id,country,municipality_code,municipality,principles,measures");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("dk-860-frivillighedspolitik-socialt-omraade,DK,860,"));
    }

    @Test
    void compareSkipsBadRecordsWithOneLineEachAndACountAndExitCodeOne() throws IOException {
        Path dataset = directory.resolve("dataset.jsonl");
        Files.writeString(dataset, line(hjorring) + "\n{\"formatVersion\": \"2.0\"}\n");

        Run run = run("compare", "--lang", "nb", dataset.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines()).hasSize(2);
        assertThat(run.err().lines().toList().get(0))
                .startsWith("frivillig: skipped dataset.jsonl:2: 1 error: format.version-unsupported at '/formatVersion' "
                        + "(2:19): Formatversjon «2.0» støttes ikke");
        assertThat(run.err().lines().toList().get(1)).isEqualTo("frivillig: skipped 1 of 2 records with errors; "
                + "--include-invalid counts those whose policy can be read");
        assertThat(run.out()).contains("Hjørring", "Politikker sammenlignet: 1").doesNotContain("Odense");
    }

    @Test
    void compareAndExportCountOnlyValidPoliciesAndNeverShowNull() throws IOException {
        // As issue 14 checks it: a record with nothing but its version, a broken file and two valid seeds.
        Path dataset = issue14Dataset();
        Path csv = directory.resolve("csv");

        for (String format : List.of("text", "json", "csv")) {
            Run compare = run("compare", "--format", format, dataset.toString());
            assertThat(compare.exitCode()).as(format).isEqualTo(1);
            assertThat(compare.out()).as(format).contains("Hjørring", "Kragerø").doesNotContain("null");
            assertThat(compare.err().lines()).as(format).hasSize(3).allMatch(line -> line.startsWith("frivillig: "));
            assertThat(compare.err()).as(format).contains("skipped a-empty.json: 5 errors: required at '/id': “id” is required.; required at '/kind'",
                    "skipped b-broken.json: 1 error: format.syntax at '/id' (2:1)", "skipped 2 of 4 records with errors");
        }
        JsonNode json = JsonMapper.builder().build().readTree(run("compare", "--format", "json", dataset.toString())
                .out());
        assertThat(json).hasSize(2);
        assertThat(run("compare", "--format", "csv", dataset.toString()).out().lines()).hasSize(3);

        Run export = run("export", "--csv", csv.toString(), dataset.toString());
        assertThat(export.exitCode()).isEqualTo(1);
        assertThat(export.out()).contains("Exported 2 policies");
        assertThat(export.err().lines()).hasSize(3);
        assertThat(Files.readAllLines(csv.resolve("policies.csv"))).hasSize(3).noneMatch(row -> row.contains("null"));
    }

    @Test
    void includeInvalidCountsThePoliciesThatCanBeReadAndShowsWhatTheyLackAsMissing() throws IOException {
        Path dataset = issue14Dataset();

        Run text = run("compare", "--include-invalid", dataset.toString());
        Run json = run("compare", "--include-invalid", "--format", "json", dataset.toString());
        Run csv = run("compare", "--include-invalid", "--format", "csv", dataset.toString());

        // The empty record is counted; the broken file cannot be read, so it is still skipped.
        assertThat(text.exitCode()).isEqualTo(1);
        assertThat(text.out()).contains("no municipality (no id)", "Policies compared: 3").doesNotContain("null");
        assertThat(text.err()).contains("counted despite errors: a-empty.json: 5 errors",
                "counted 1 of 4 records despite errors; skipped 1 that could not be read");
        JsonNode empty = JsonMapper.builder().build().readTree(json.out()).get(0);
        assertThat(empty.has("policyId")).isFalse();
        assertThat(empty.has("municipality")).isFalse();
        assertThat(json.out()).doesNotContain("null");
        assertThat(csv.out().lines().toList().get(1)).startsWith(",,,,0,0,0").doesNotContain("null");
    }

    @Test
    void everyCommandSaysTheSameOfAMissingPathAndOfAPathWithoutRecords() throws IOException {
        Path missing = directory.resolve("nowhere");
        Path empty = Files.createDirectory(directory.resolve("empty"));
        Path emptyFile = Files.writeString(directory.resolve("empty.jsonl"), "\n\n");
        Path emptyArray = Files.writeString(directory.resolve("empty-array.json"), "[ ]\n");

        for (List<String> command : List.of(List.of("validate"), List.of("compare"),
                List.of("export", "--csv", directory.resolve("out").toString()))) {
            Run gone = run(with(command, missing));
            assertThat(gone.exitCode()).as(command.toString()).isEqualTo(2);
            assertThat(gone.err().lines()).as(command.toString())
                    .containsExactly("frivillig: cannot read '" + missing + "': no such file or directory");
            for (Path nothing : List.of(empty, emptyFile, emptyArray)) {
                Run none = run(with(command, nothing));
                assertThat(none.exitCode()).as(command + " " + nothing).isEqualTo(2);
                assertThat(none.err().lines()).as(command + " " + nothing).containsExactly("frivillig: no policy "
                        + "records in '" + nothing + "' (a directory of .json files, a JSON array or JSON Lines)");
                assertThat(none.out()).as(command + " " + nothing).isEmpty();
            }
        }
        assertThat(directory.resolve("out")).doesNotExist();
    }

    @Test
    void validateReportsEachRecordOfJsonLinesAtItsOwnLines() throws IOException {
        // As issue 14 checks it: two records, each with a problem of its own.
        Path dataset = directory.resolve("two.jsonl");
        String first = line(hjorring).replace("\"860\"", "\"86\"");
        String second = line(hjorring).replace("\"dk-860-frivillighedspolitik-socialt-omraade\"", "\"Bad Id\"");
        Files.writeString(dataset, first + "\n\n" + second + "\n");

        Run run = run("validate", dataset.toString());
        Run json = run("validate", "--format", "json", dataset.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        int codeColumn = first.indexOf("\"code\":\"86\"") + 1;
        int idColumn = second.indexOf("\"id\":\"Bad Id\"") + 1;
        assertThat(run.out()).contains(dataset + ":1 (record 1, dk-860-frivillighedspolitik-socialt-omraade): invalid",
                dataset + ":3 (record 2, Bad Id): invalid", dataset + ": 2 records, 2 invalid");
        assertThat(run.out().lines().filter(line -> line.contains("municipality.code-format")))
                .singleElement().asString().contains("1:" + codeColumn);
        assertThat(run.out().lines().filter(line -> line.contains("policy-id.malformed")))
                .singleElement().asString().contains("3:" + idColumn);
        List<JsonNode> reports = json.out().lines().map(line -> JsonMapper.builder().build().readTree(line)).toList();
        assertThat(reports).hasSize(2);
        assertThat(reports.get(1).get("record").asInt()).isEqualTo(2);
        assertThat(reports.get(1).get("line").asInt()).isEqualTo(3);
        assertThat(reports.get(0).get("id").asString()).isEqualTo("dk-860-frivillighedspolitik-socialt-omraade");
        assertThat(reports.get(1).get("report").get("violations").get(0).get("line").asInt()).isEqualTo(3);
    }

    @Test
    void validateTakesJsonArraysAndSeveralDatasets() throws IOException {
        Path array = directory.resolve("array.json");
        Files.writeString(array, "[\n" + line(hjorring) + ",\n  " + line(hjorring).replace("\"860\"", "\"8600\"")
                + "\n]\n");
        Path lines = directory.resolve("one.jsonl");
        Files.writeString(lines, line(hjorring) + "\n");

        Run run = run("validate", array.toString(), lines.toString(), hjorring.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains(array + ":2 (record 1, dk-860-frivillighedspolitik-socialt-omraade): valid",
                array + ":3 (record 2, dk-860-frivillighedspolitik-socialt-omraade): invalid",
                array + ": 2 records, 1 invalid", lines + ":1 (record 1, dk-860-frivillighedspolitik-socialt-omraade): "
                        + "valid", hjorring + ": valid");
        assertThat(run.out().lines().filter(line -> line.contains("municipality.code-format")))
                .singleElement().asString().contains("3:" + (3 + line(hjorring).indexOf("\"code\":\"860\"")));
    }

    @Test
    void exportWritesTidyTablesOfTheBundledDatasetWithoutPersonalData() throws IOException {
        Path out = directory.resolve("csv");

        Run run = run("export", "--csv", out.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Exported " + SeedDataset.FILES.size() + " policies", "without personal data",
                "policies.csv");
        assertThat(Files.readAllLines(out.resolve("policies.csv"))).hasSize(SeedDataset.FILES.size() + 1);
        String speakers = Files.readString(out.resolve("speakers.csv"));
        assertThat(speakers).contains("aalborg-universitet").doesNotContain("Lars Skov Henriksen", "person_name");
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(file)).as(file.toString())
                        .doesNotContain("Lena Bisgaard", "Bjørn Iddberg", "Bjørn Rognstad", "Mette Wang");
            }
        }
        // The bundled documents are the sources, each hashed, one record each.
        JsonNode frivillig = JsonMapper.builder().build().readTree(Files.readString(out.resolve("datapackage.json")))
                .get("frivillig");
        assertThat(frivillig.get("sources")).hasSize(SeedDataset.FILES.size());
        try (InputStream in = SeedDataset.open(SeedDataset.FILES.get(0))) {
            assertThat(frivillig.get("sources").get(0).get("path").asString()).isEqualTo(SeedDataset.FILES.get(0));
            assertThat(frivillig.get("sources").get(0).get("sha256").asString())
                    .isEqualTo(ExportSource.sha256(in));
        }
        assertThat(frivillig.get("recordsExported").asLong()).isEqualTo(SeedDataset.FILES.size());
    }

    @Test
    void exportWritesADataPackageListingEveryCsvFileAndItsSources() throws IOException {
        Path dataset = issue14Dataset();
        Path csv = directory.resolve("csv");

        Run export = run("export", "--csv", csv.toString(), dataset.toString());

        assertThat(export.exitCode()).isEqualTo(1);
        assertThat(export.out()).contains("labels/", "datapackage.json");
        JsonNode descriptor = JsonMapper.builder().build().readTree(Files.readString(csv.resolve("datapackage.json")));
        List<String> listed = new java.util.ArrayList<>();
        descriptor.get("resources").forEach(resource -> listed.add(resource.get("path").asString()));
        try (Stream<Path> files = Files.walk(csv)) {
            assertThat(files.filter(file -> file.toString().endsWith(".csv"))
                    .map(file -> csv.relativize(file).toString().replace('\\', '/')))
                    .containsExactlyInAnyOrderElementsOf(listed).contains("policies.csv", "labels/theme.csv");
        }
        JsonNode frivillig = descriptor.get("frivillig");
        assertThat(frivillig.get("recordsRead").asLong()).isEqualTo(4);
        assertThat(frivillig.get("recordsSkipped").asLong()).isEqualTo(2);
        assertThat(frivillig.get("recordsExported").asLong()).isEqualTo(2);
        assertThat(frivillig.get("formatVersion").asString()).isEqualTo("1.1");
        JsonNode sources = frivillig.get("sources");
        assertThat(sources).hasSize(4);
        for (int i = 0; i < 4; i++) {
            Path file = Path.of(sources.get(i).get("path").asString());
            assertThat(file.getParent()).isEqualTo(dataset);
            assertThat(sources.get(i).get("records").asLong()).isEqualTo(1);
            try (InputStream in = Files.newInputStream(file)) {
                assertThat(sources.get(i).get("sha256").asString()).isEqualTo(ExportSource.sha256(in));
            }
        }
        assertThat(sources.get(2).get("path").asString()).endsWith("c-hjorring.json");
    }

    @Test
    void exportIncludesPersonalDataOnlyWhenAskedFor() throws IOException {
        Path out = directory.resolve("csv");

        Run run = run("export", "--csv", out.toString(), "--include-personal-data");

        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(out.resolve("speakers.csv"))).contains("Lars Skov Henriksen", "person_name");
        assertThat(Files.readString(out.resolve("contacts.csv"))).contains("Lena Bisgaard");
    }

    @Test
    void exportWithoutADirectoryIsAUsageError() {
        Run run = run("export");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(1).allSatisfy(line -> assertThat(line).contains("--csv"));
    }

    private Path issue14Dataset() throws IOException {
        Path dataset = Files.createDirectory(directory.resolve("issue-14"));
        Files.writeString(dataset.resolve("a-empty.json"), "{\"formatVersion\":\"1.0\"}\n");
        Files.writeString(dataset.resolve("b-broken.json"), "{\"formatVersion\": \"1.0\", \"id\": \n");
        Files.copy(hjorring, dataset.resolve("c-hjorring.json"));
        try (InputStream in = SeedDataset.open("no-4014-frivillighetsmelding.json")) {
            Files.copy(in, dataset.resolve("d-kragero.json"));
        }
        return dataset;
    }

    private static String[] with(List<String> command, Path path) {
        List<String> args = new java.util.ArrayList<>(command);
        args.add(path.toString());
        return args.toArray(String[]::new);
    }

    /** A document as one line of JSON Lines. */
    private static String line(Path document) {
        PolicyJson json = PolicyJson.standard();
        return json.write(json.read(document));
    }

    /** Writes a copy of a document with some texts replaced, each pair an old text and its new one. */
    private static void writePolicy(Path to, Path from, String... replacements) throws IOException {
        String text = Files.readString(from);
        for (int i = 0; i < replacements.length; i += 2) {
            assertThat(text).contains(replacements[i]);
            text = text.replace(replacements[i], replacements[i + 1]);
        }
        Files.writeString(to, text);
    }
}
