package io.github.frivillig.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;

import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.frivillig.core.validation.PolicyValidator;
import io.github.frivillig.core.validation.Severity;
import io.github.frivillig.core.validation.SourceLocation;
import io.github.frivillig.core.validation.ValidationReport;
import io.github.frivillig.core.validation.Violation;

/**
 * Reports are data: they write to JSON and read back equal, through a user's mapper with {@link FrivilligModule}
 * and through {@link PolicyJson}, in the one shape that {@code report-1.0.schema.json} describes.
 */
class ReportJsonTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new FrivilligModule()).build();
    private static final Schema SCHEMA = Schemas.of(PolicyJson.reportSchema());

    /** A document with a format problem (an unknown key) and a register problem (a code that never existed). */
    private static final String BROKEN = """
            {
              "formatVersion": "1.0",
              "id": "no-9999-frivillighetspolitikk",
              "municipality": {"country": "NO", "code": "9999", "name": "Ingen"},
              "title": {"nb": "Frivillighetspolitikk", "nn": "Frivilligheitspolitikk"},
              "kind": "policy",
              "status": "draft",
              "colour": "green"
            }
            """;

    private static ValidationReport brokenReport() {
        return PolicyJson.builder().lenient().build().validate(BROKEN, Locale.forLanguageTag("nb"));
    }

    @Test
    void mapperWithTheModuleWritesEachViolationWithItsCodePointerAndMessage() {
        ValidationReport report = brokenReport();
        assertThat(report.violations()).extracting(Violation::code)
                .contains("format.unknown-key", "municipality.unknown-code");

        JsonNode tree = MAPPER.readTree(MAPPER.writeValueAsString(report));

        assertThat(tree.get("formatVersion").asString()).isEqualTo("1.0");
        assertThat(tree.get("valid").asBoolean()).isFalse();
        assertThat(tree.get("violations")).hasSize(report.violations().size());
        JsonNode unknownCode = null;
        for (JsonNode violation : tree.get("violations")) {
            assertThat(violation.has("code")).isTrue();
            assertThat(violation.has("pointer")).isTrue();
            assertThat(violation.get("message").asString()).isNotBlank();
            if (violation.get("code").asString().equals("municipality.unknown-code")) {
                unknownCode = violation;
            }
        }
        assertThat(unknownCode).isNotNull();
        assertThat(unknownCode.get("severity").asString()).isEqualTo("error");
        assertThat(unknownCode.get("pointer").asString()).isEqualTo("/municipality/code");
        assertThat(unknownCode.get("path").asString()).isEqualTo("municipality.code");
        assertThat(unknownCode.get("line").asLong()).isEqualTo(4);
        assertThat(unknownCode.get("arguments").get("value").asString()).isEqualTo("9999");
        assertThat(unknownCode.get("offendingValue").asString()).isEqualTo("9999");
    }

    @Test
    void aReportReadBackIsEqualThroughTheMapperAndThroughPolicyJson() {
        ValidationReport report = brokenReport();

        assertThat(MAPPER.readValue(MAPPER.writeValueAsString(report), ValidationReport.class)).isEqualTo(report);
        assertThat(PolicyJson.standard().readReport(PolicyJson.standard().writeReport(report))).isEqualTo(report);
        // One shape: the facade and the module write the same JSON.
        assertThat(PolicyJson.standard().writeReport(report)).isEqualTo(MAPPER.writeValueAsString(report));
    }

    @Test
    void everyPartOfAViolationTravels() {
        Violation full = Violation.builder("reference.unknown-input", Severity.WARNING).pointer("/measures/3/re~1sp")
                .path("measures[3].re/sp").message("“{0}” ${1+1}").argument("id", "x").argument("z", "«y»")
                .offendingValue("x").location(SourceLocation.of(12, 7)).source("policies.jsonl:4").build();
        Violation bare = Violation.builder("policy.no-dialogue", Severity.INFO).message("m").build();
        ValidationReport report = ValidationReport.of(List.of(full, bare));

        String json = PolicyJson.builder().prettyPrint().build().writeReport(report);

        assertThat(PolicyJson.standard().readReport(json)).isEqualTo(report);
        assertThat(MAPPER.readValue(MAPPER.writeValueAsString(full), Violation.class)).isEqualTo(full);
        assertThat(SCHEMA.validate(json, InputFormat.JSON)).isEmpty();
        assertThat(MAPPER.readTree(json).get("violations").get(1).has("line")).isFalse();
    }

    @Test
    void writtenReportsValidateAgainstTheReportSchema() {
        ValidationReport masked = PolicyJson.builder().validator(PolicyValidator.create()).build()
                .validate(BROKEN.replace("\"status\": \"draft\",",
                        "\"status\": \"draft\", \"contacts\": [{\"name\": \"Kari\", \"email\": \"ikke e-post\"}],"),
                        Locale.ENGLISH);
        assertThat(masked.violations()).extracting(violation -> violation.offendingValue().orElse(""))
                .contains("***");

        for (ValidationReport report : List.of(brokenReport(), masked, ValidationReport.empty())) {
            assertThat(SCHEMA.validate(PolicyJson.standard().writeReport(report), InputFormat.JSON))
                    .as(report.toString()).isEmpty();
        }
    }

    @Test
    void datasetRecordsKeepTheirSource(@TempDir Path directory) throws IOException {
        Path dataset = directory.resolve("policies.jsonl");
        Files.writeString(dataset, BROKEN.replace("\n", "") + "\n" + "{\"formatVersion\": \"2.0\"}\n");
        List<ValidationReport> reports;
        try (Stream<DatasetRecord> records = PolicyJson.standard().readDatasetRecords(dataset)) {
            reports = records.map(DatasetRecord::report).filter(report -> !report.violations().isEmpty()).toList();
        }
        assertThat(reports).isNotEmpty();

        for (ValidationReport report : reports) {
            assertThat(report.violations()).allSatisfy(violation -> assertThat(violation.source()).isPresent());
            String json = PolicyJson.standard().writeReport(report);
            assertThat(SCHEMA.validate(json, InputFormat.JSON)).isEmpty();
            assertThat(PolicyJson.standard().readReport(json)).isEqualTo(report);
        }
    }

    private static final String ONE = "{\"formatVersion\": \"1.0\", \"valid\": true, \"violations\": [{";
    private static final String INFO = "\"code\": \"c\", \"severity\": \"info\", \"pointer\": \"\", \"path\": \"\","
            + " \"message\": \"m\"";

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"formatVersion\": \"1.0\", \"valid\": true, \"violations\": [], \"colour\": \"green\"}",
        "{\"formatVersion\": \"2.0\", \"valid\": true, \"violations\": []}",
        "{\"valid\": true, \"violations\": []}",
        "{\"formatVersion\": \"1.0\", \"violations\": []}",
        "{\"formatVersion\": \"1.0\", \"valid\": true}",
        ONE + "\"code\": \"c\", \"severity\": \"fatal\", \"pointer\": \"\", \"path\": \"\", \"message\": \"m\","
                + " \"arguments\": {}}]}",
        ONE + INFO + ", \"arguments\": {}, \"line\": 3}]}",
        ONE + INFO + ", \"arguments\": {}, \"line\": 0, \"column\": 1}]}",
        ONE + INFO + "}]}",
        ONE + "\"code\": 1, \"severity\": \"info\", \"pointer\": \"\", \"path\": \"\", \"message\": \"m\","
                + " \"arguments\": {}}]}",
        ONE + INFO + ", \"arguments\": {\"a\": 1}}]}",
        "[]"
    })
    void readingIsAsStrictAsTheSchema(String json) {
        assertThat(SCHEMA.validate(json, InputFormat.JSON)).as("the schema rejects it").isNotEmpty();
        assertThatThrownBy(() -> PolicyJson.standard().readReport(json))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Not a Frivillig validation report");
        assertThatThrownBy(() -> MAPPER.readValue(json, ValidationReport.class))
                .isInstanceOf(DatabindException.class).hasMessageContaining("Not a Frivillig validation report");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // What a schema cannot see: a valid that the violations contradict, a repeated key, more after the report.
        "{\"formatVersion\": \"1.0\", \"valid\": false, \"violations\": []}",
        "{\"formatVersion\": \"1.0\", \"valid\": true, \"violations\": [{\"code\": \"c\", \"severity\": \"error\","
                + " \"pointer\": \"\", \"path\": \"\", \"message\": \"m\", \"arguments\": {}}]}",
        "{\"formatVersion\": \"1.0\", \"valid\": true, \"valid\": true, \"violations\": []}",
        "{\"formatVersion\": \"1.0\", \"valid\": true, \"violations\": []} {}"
    })
    void readingChecksWhatTheSchemaCannot(String json) {
        assertThatThrownBy(() -> PolicyJson.standard().readReport(json))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Not a Frivillig validation report");
    }

    @Test
    void theSchemaIsAValidDraft202012SchemaShippedFromItsOneCopy() throws IOException {
        Schema metaSchema = Schemas.metaSchema();
        JsonNode tree = MAPPER.readTree(PolicyJson.reportSchema());

        assertThat(metaSchema.validate(tree)).isEmpty();
        assertThat(tree.get("$id").asString()).isEqualTo("https://frivillig.github.io/schema/report-1.0.schema.json");
        assertThat(PolicyJson.reportSchema())
                .isEqualTo(Files.readString(Path.of("../docs/schema/report-1.0.schema.json"), StandardCharsets.UTF_8));
    }
}
