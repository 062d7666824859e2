package io.github.frivillig.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.frivillig.core.dataset.PolicySummary;
import io.github.frivillig.core.fixtures.SeedPolicies;
import io.github.frivillig.core.policy.Policy;

/** The comparison's JSON, and validating a dataset read from a stream. */
class ComparisonWriterTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @Test
    void writesOneObjectPerPolicyWithItsCriteriaInTheWritersLanguage() {
        StringWriter out = new StringWriter();
        ComparisonWriter writer = ComparisonWriter.start(out, Locale.forLanguageTag("nb"));
        writer.add(PolicySummary.of(SeedPolicies.kragero()));
        writer.add(PolicySummary.of(SeedPolicies.odense()));
        writer.end();
        JsonNode array = MAPPER.readTree(out.toString());
        assertThat(array.size()).isEqualTo(2);
        JsonNode first = array.get(0);
        assertThat(first.get("policyId").asString()).isEqualTo(SeedPolicies.kragero().id().toString());
        assertThat(first.get("municipality").get("code").asString()).isEqualTo("4014");
        assertThat(first.get("themes").has("inputs")).isTrue();
        assertThat(first.get("counts").get("measures").asInt())
                .isEqualTo(SeedPolicies.kragero().measures().size());
        JsonNode reasons = first.get("completeness").get("developed-in-dialogue").get("reasons");
        assertThat(reasons.isArray()).isTrue();
    }

    @Test
    void leavesTheOutputOpenForWhatFollows() {
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                throw new AssertionError("closed");
            }
        };
        ComparisonWriter writer = ComparisonWriter.start(out, Locale.ENGLISH);
        writer.end();
        out.writeBytes("\n".getBytes(StandardCharsets.UTF_8));
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("[]\n");
    }

    @Test
    void validatesJsonLinesFromAStreamRecordByRecord() {
        PolicyJson json = PolicyJson.standard();
        String good = json.write(SeedPolicies.odense());
        String lines = good + "\n{\"formatVersion\": oops\n" + good + "\n";
        List<DatasetRecord> records;
        try (Stream<DatasetRecord> stream = json.validateDataset(
                new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), "upload.jsonl", Locale.ENGLISH)) {
            records = stream.toList();
        }
        assertThat(records).hasSize(3);
        assertThat(records.get(0).isRead()).isTrue();
        assertThat(records.get(0).report().errors()).isEmpty();
        assertThat(records.get(1).isRead()).isFalse();
        assertThat(records.get(1).source()).startsWith("upload.jsonl");
        assertThat(records.get(1).report().errors()).first().satisfies(error -> {
            assertThat(error.code()).isEqualTo("format.syntax");
            assertThat(error.location()).hasValueSatisfying(location -> assertThat(location.line()).isEqualTo(2));
        });
        Policy third = records.get(2).policy();
        assertThat(third).isEqualTo(SeedPolicies.odense());
    }
}
