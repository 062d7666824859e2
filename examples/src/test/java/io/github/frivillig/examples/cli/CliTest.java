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
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.frivillig.examples.SeedDataset;
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
        assertThat(run.out()).contains("Bundled dataset: 5 seed policies", "Porsgrunn", "Kragerø", "Gjøvik",
                "Hjørring", "Odense", "validate", "schema");
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
        // The report is in the one shape of reports, which reads back as the report of the file.
        assertThat(PolicyJson.standard().readReport(mapper.writeValueAsString(invalid)))
                .isEqualTo(PolicyJson.standard().validate(broken, java.util.Locale.ENGLISH));
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
                + "': no such file");
        assertThat(run.out()).contains("hjorring.json: valid", "broken.json: invalid");
    }

    @Test
    void directoryWithoutDocumentsIsReportedWithExitCodeTwo() throws IOException {
        Path empty = Files.createDirectory(directory.resolve("empty"));

        Run run = run("validate", empty.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).containsExactly("frivillig: no .json files in '" + empty + "'");
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
    void compareWithoutADatasetComparesTheBundledSeedsAsText() {
        Run run = run("compare");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Themes covered by principles (P) and measures (M)", "Porsgrunn", "Odense",
                "Hjørring (dk-860-frivillighedspolitik-socialt-omraade)",
                "days from first held dialogue event to adoption: 329 to 419",
                "at least 45; the criterion asks for 10");
    }

    @Test
    void compareAsJsonGivesTheIndicatorsOfEveryPolicy() {
        Run run = run("compare", "--format", "json");

        JsonNode policies = JsonMapper.builder().build().readTree(run.out());
        assertThat(policies).hasSize(5);
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
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0)).startsWith("policy_id,country,municipality_code,municipality,principles,measures");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("dk-860-frivillighedspolitik-socialt-omraade,DK,860,"));
    }

    @Test
    void compareSkipsBadRecordsWithOneLineEachAndExitCodeOne() throws IOException {
        Path dataset = directory.resolve("dataset.jsonl");
        String hjorringLine = io.github.frivillig.json.PolicyJson.standard().write(
                io.github.frivillig.json.PolicyJson.standard().read(hjorring));
        Files.writeString(dataset, hjorringLine + "\n{\"formatVersion\": \"2.0\"}\n");

        Run run = run("compare", "--lang", "nb", dataset.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines()).hasSize(1).allSatisfy(line -> assertThat(line)
                .startsWith("frivillig: skipped dataset.jsonl:2: format.version-unsupported"));
        assertThat(run.out()).contains("Hjørring").doesNotContain("Odense");
    }

    @Test
    void compareAsJsonLeavesOutWhatARecordDoesNotSay() throws IOException {
        // Read without validation, a record may name a municipality without its country, code or name.
        Path dataset = directory.resolve("partial.jsonl");
        Files.writeString(dataset, """
                {"formatVersion": "1.0", "id": "no-x", "municipality": {"name": "Porsgrunn"}}
                """);

        Run run = run("compare", "--format", "json", dataset.toString());

        assertThat(run.err()).isEmpty();
        JsonNode municipality = JsonMapper.builder().build().readTree(run.out()).get(0).get("municipality");
        assertThat(municipality.propertyNames()).containsExactly("name");
        assertThat(municipality.get("name").asString()).isEqualTo("Porsgrunn");
    }

    @Test
    void compareOfAMissingDatasetIsOneLineAndExitCodeTwo() {
        Run run = run("compare", directory.resolve("nowhere").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void exportWritesTidyTablesOfTheBundledSeedsWithoutPersonalData() throws IOException {
        Path out = directory.resolve("csv");

        Run run = run("export", "--csv", out.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Exported 5 policies", "without personal data", "policies.csv");
        assertThat(Files.readAllLines(out.resolve("policies.csv"))).hasSize(6);
        String speakers = Files.readString(out.resolve("speakers.csv"));
        assertThat(speakers).contains("aalborg-universitet").doesNotContain("Lars Skov Henriksen", "person_name");
        try (Stream<Path> files = Files.list(out)) {
            for (Path file : files.toList()) {
                assertThat(Files.readString(file)).as(file.toString())
                        .doesNotContain("Lena Bisgaard", "Bjørn Iddberg", "Bjørn Rognstad", "Mette Wang");
            }
        }
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
}
