package io.github.frivillig.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.frivillig.core.code.Coded;
import io.github.frivillig.core.code.Codelists;
import io.github.frivillig.core.fixtures.SeedPolicies;
import io.github.frivillig.core.policy.Policy;

/**
 * The export's {@code datapackage.json}: it lists every file written, passes the published Data Package and Table
 * Schema profiles, and records the provenance it was given; the label tables hold every code with its labels.
 */
class DataPackageTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant EXPORTED_AT = Instant.parse("2026-12-01T10:15:30Z");
    private static final ExportSource SOURCE =
            new ExportSource("dataset/policies.jsonl", "a".repeat(64), 7);

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                    .pathType(PathType.JSON_POINTER).locale(Locale.ENGLISH).build()));

    @TempDir
    static Path directory;

    private static CsvExportSummary summary;
    private static JsonNode descriptor;

    @BeforeAll
    static void export() throws IOException {
        List<Policy> policies = new ArrayList<>(SeedPolicies.all());
        policies.add(FullPolicy.policy());
        summary = PolicyCsv.export(policies.stream(), directory, CsvExportOptions.defaults(),
                () -> ExportProvenance.of(EXPORTED_AT, List.of(SOURCE), 7, 1));
        descriptor = JSON.readTree(Files.readString(summary.dataPackage(), StandardCharsets.UTF_8));
    }

    @Test
    void listsEveryCsvFileItWroteAndNoOther() throws IOException {
        Set<String> written = new HashSet<>();
        try (Stream<Path> files = Files.walk(directory)) {
            files.filter(file -> file.toString().endsWith(".csv"))
                    .forEach(file -> written.add(directory.relativize(file).toString().replace('\\', '/')));
        }
        List<String> listed = new ArrayList<>();
        descriptor.get("resources").forEach(resource -> listed.add(resource.get("path").asString()));
        assertThat(listed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(written);
        assertThat(written).hasSize(CsvTable.values().length + LabelTables.CODE_LISTS.size())
                .contains("policies.csv", "labels/policy_kind.csv", "labels/icnpo.csv");
        try (Stream<Path> files = Files.walk(directory)) {
            assertThat(files.map(Path::toString)).noneMatch(name -> name.endsWith(".part"));
        }
    }

    @Test
    void passesThePublishedDataPackageProfile() throws IOException {
        Schema profile = profile("datapackage.json");
        assertThat(profile.validate(descriptor.toString(), InputFormat.JSON)).isEmpty();
        assertThat(descriptor.get("$schema").asString()).isEqualTo("https://datapackage.org/profiles/2.0/datapackage.json");
    }

    @Test
    void givesEveryResourceATableSchemaThatPassesThePublishedProfile() throws IOException {
        Schema profile = profile("tableschema.json");
        for (JsonNode resource : descriptor.get("resources")) {
            JsonNode schema = resource.get("schema");
            assertThat(profile.validate(schema.toString(), InputFormat.JSON)).as(resource.get("name").asString())
                    .isEmpty();
            assertThat(schema.get("missingValues").toString()).isEqualTo("[\"\"]");
        }
    }

    @Test
    void theProfilesRejectABrokenDescriptor() throws IOException {
        // The check above could fail: a field without a name, or an unknown type, does not pass.
        String broken = descriptor.get("resources").get(0).get("schema").toString()
                .replaceFirst("\"type\":\"string\"", "\"type\":\"text\"");
        assertThat(profile("tableschema.json").validate(broken, InputFormat.JSON)).isNotEmpty();
        assertThat(profile("datapackage.json").validate("{\"resources\":[]}", InputFormat.JSON)).isNotEmpty();
    }

    @Test
    void recordsTheProvenance() {
        JsonNode frivillig = descriptor.get("frivillig");
        assertThat(frivillig.get("version").asString()).isEqualTo(ExportProvenance.FRIVILLIG_VERSION)
                .matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(frivillig.get("formatVersion").asString()).isEqualTo("1.1");
        assertThat(frivillig.get("exportedAt").asString()).isEqualTo("2026-12-01T10:15:30Z");
        assertThat(descriptor.get("created").asString()).isEqualTo("2026-12-01T10:15:30Z");
        assertThat(frivillig.get("recordsRead").asLong()).isEqualTo(7);
        assertThat(frivillig.get("recordsSkipped").asLong()).isEqualTo(1);
        assertThat(frivillig.get("recordsExported").asLong()).isEqualTo(summary.policies()).isEqualTo(6);
        assertThat(frivillig.get("personalData").asBoolean()).isFalse();
        JsonNode source = frivillig.get("sources").get(0);
        assertThat(source.get("path").asString()).isEqualTo("dataset/policies.jsonl");
        assertThat(source.get("sha256").asString()).isEqualTo("a".repeat(64));
        assertThat(source.get("records").asLong()).isEqualTo(7);
        assertThat(descriptor.get("sources").get(0).get("title").asString()).isEqualTo("dataset/policies.jsonl");
    }

    @Test
    void hashesAFileAsSha256() throws IOException {
        Path file = directory.resolve("abc.txt");
        Files.writeString(file, "abc", StandardCharsets.US_ASCII);
        // The SHA-256 of "abc", from FIPS 180-2, appendix B.1.
        assertThat(ExportSource.of(file, 1).sha256())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        Files.delete(file);
    }

    @Test
    void writesEveryCodeOfEveryCodeListWithItsLabelInEveryLanguage() {
        LabelTables.CODE_LISTS.forEach((name, type) -> {
            Path file = LabelTables.file(directory, name);
            List<List<String>> rows = Rfc4180.parse(read(file), "\r\n");
            assertThat(rows.get(0)).containsExactly("code", "label_en", "label_nb", "label_nn", "label_da",
                    "label_sv");
            assertThat(rows.subList(1, rows.size())).extracting(row -> row.get(0)).as(name)
                    .containsExactlyElementsOf(Codelists.codes(type));
            Enum<?>[] values = type.getEnumConstants();
            for (int r = 0; r < values.length; r++) {
                List<String> row = rows.get(r + 1);
                Coded code = (Coded) values[r];
                for (int i = 0; i < Codelists.LANGUAGES.size(); i++) {
                    assertThat(row.get(i + 1)).as("%s %s %s", name, row.get(0), Codelists.LANGUAGES.get(i))
                            .isEqualTo(Codelists.label(code, Locale.forLanguageTag(Codelists.LANGUAGES.get(i))));
                }
            }
        });
        // The labels differ between languages: "policy" is not the Danish label of policy.
        List<List<String>> kinds = Rfc4180.parse(read(LabelTables.file(directory, "policy kind")), "\r\n");
        assertThat(kinds.get(1).get(1)).isNotEqualTo(kinds.get(1).get(4));
    }

    @Test
    void writesTheDescriptorLastAndNotAtAllWhenTheExportFails(@TempDir Path failed) {
        Stream<Policy> failing = Stream.of(FullPolicy.policy()).map(policy -> {
            throw new IllegalStateException("the dataset broke");
        });
        assertThatThrownBy(() -> PolicyCsv.export(failing, failed))
                .hasMessage("the dataset broke");
        assertThat(failed.resolve("datapackage.json")).doesNotExist();
        assertThat(failed.resolve("labels/theme.csv")).doesNotExist();
    }

    @Test
    void describesThePersonalColumnsAndTheLineEndingOfTheExport(@TempDir Path other) throws IOException {
        CsvExportOptions options = CsvExportOptions.defaults()
                .withPersonalData(CsvExportOptions.PersonalDataHandling.INCLUDE)
                .withLineEnding(CsvExportOptions.LineEnding.LF);
        CsvExportSummary withPersonalData = PolicyCsv.export(Stream.of(FullPolicy.policy()), other, options);
        JsonNode described = JSON.readTree(Files.readString(withPersonalData.dataPackage(), StandardCharsets.UTF_8));
        JsonNode members = null;
        for (JsonNode resource : described.get("resources")) {
            assertThat(resource.get("dialect").get("lineTerminator").asString()).isEqualTo("\n");
            if (resource.get("name").asString().equals("members")) {
                members = resource;
            }
        }
        List<String> fields = new ArrayList<>();
        members.get("schema").get("fields").forEach(field -> fields.add(field.get("name").asString()));
        assertThat(fields).containsExactlyElementsOf(CsvTable.MEMBERS.columns(options)).contains("person_name");
        assertThat(described.get("frivillig").get("personalData").asBoolean()).isTrue();
        // Without provenance, the policies given count as the records read, and no source is named.
        assertThat(described.get("frivillig").get("recordsRead").asLong()).isEqualTo(1);
        assertThat(described.get("frivillig").get("sources")).isEmpty();
        assertThat(described.has("sources")).isFalse();

        List<String> defaultFields = new ArrayList<>();
        for (JsonNode resource : descriptor.get("resources")) {
            if (resource.get("name").asString().equals("members")) {
                resource.get("schema").get("fields").forEach(field -> defaultFields.add(field.get("name").asString()));
            }
        }
        assertThat(defaultFields).doesNotContain("person_name", "person_email", "person_phone", "party");
    }

    @Test
    void declaresTheKeysTheExportKeepsUnique() {
        JsonNode texts = null;
        JsonNode principles = null;
        JsonNode themes = null;
        for (JsonNode resource : descriptor.get("resources")) {
            switch (resource.get("name").asString()) {
                case "texts" -> texts = resource.get("schema");
                case "principles" -> principles = resource.get("schema");
                case "themes" -> themes = resource.get("schema");
                default -> { }
            }
        }
        assertThat(principles.get("primaryKey").toString()).isEqualTo("[\"policy_id\",\"principle_id\"]");
        // entity_id and entity_no may be empty: unique, but no primary key.
        assertThat(texts.has("primaryKey")).isFalse();
        assertThat(texts.get("uniqueKeys").toString())
                .isEqualTo("[[\"policy_id\",\"entity\",\"entity_id\",\"entity_no\",\"field\",\"language\"]]");
        assertThat(themes.has("primaryKey") || themes.has("uniqueKeys")).isFalse();
    }

    @Test
    void rejectsImpossibleProvenance() {
        assertThatThrownBy(() -> ExportProvenance.of(EXPORTED_AT, List.of(), 1, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Read 1 records and skipped 2");
        assertThatThrownBy(() -> new ExportSource("a.json", "ABC", 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SHA-256");
        assertThatThrownBy(() -> PolicyCsv.export(Stream.empty(), directory,
                CsvExportOptions.defaults(), null)).isInstanceOf(NullPointerException.class).hasMessage("provenance");
    }

    private static Schema profile(String name) throws IOException {
        try (InputStream in = DataPackageTest.class.getResourceAsStream("/frictionless/" + name)) {
            return REGISTRY.getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
