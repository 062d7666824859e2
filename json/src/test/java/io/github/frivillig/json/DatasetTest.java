package io.github.frivillig.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.frivillig.core.fixtures.SeedPolicies;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.json.internal.PolicyReader;
import io.github.frivillig.test.PolicyGenerator;

/**
 * Datasets in all three shapes read lazily, deliver every good record, and report every bad one with its file and
 * line.
 */
class DatasetTest {

    private static final PolicyJson JSON = PolicyJson.standard();
    private static final String BROKEN = "{\"formatVersion\": \"1.0\", \"kind\": \"manifesto\"}";

    @TempDir
    Path directory;

    @Test
    void jsonLinesDatasetReadsEveryPolicyInOrder() throws IOException {
        List<Policy> policies = generated(20);
        Path file = directory.resolve("policies.jsonl");
        try (var out = Files.newOutputStream(file)) {
            JSON.writeDataset(policies.iterator(), out);
        }

        assertThat(readAll(JSON.readDataset(file))).isEqualTo(policies);
    }

    @Test
    void arrayDatasetReadsEveryPolicyInOrder() throws IOException {
        List<Policy> policies = SeedPolicies.all();
        Path file = directory.resolve("seeds.json");
        Files.writeString(file, policies.stream().map(JSON::write).collect(Collectors.joining(",\n", "[\n", "\n]")));

        assertThat(readAll(JSON.readDataset(file))).isEqualTo(policies);
    }

    @Test
    void directoryDatasetReadsEveryJsonFileInNameOrder() throws IOException {
        List<Policy> policies = SeedPolicies.all();
        for (int i = 0; i < policies.size(); i++) {
            JSON.write(policies.get(i), directory.resolve("policy-" + i + ".json"));
        }
        Files.writeString(directory.resolve("notes.txt"), "not a policy");

        assertThat(readAll(JSON.readDataset(directory))).isEqualTo(policies);
    }

    @Test
    void badRecordInTheMiddleOfJsonLinesIsReportedWithItsLineAndTheOthersStillCome() throws IOException {
        List<Policy> policies = generated(4);
        Path file = directory.resolve("mixed.jsonl");
        Files.writeString(file, JSON.write(policies.get(0)) + "\n" + JSON.write(policies.get(1)) + "\n\n"
                + BROKEN + "\n" + "{ not json at all\n" + JSON.write(policies.get(2)) + "\n"
                + JSON.write(policies.get(3)) + "\n");
        List<DatasetRecord> bad = new ArrayList<>();

        assertThat(readAll(JSON.readDataset(file, bad::add))).isEqualTo(policies);

        assertThat(bad).extracting(DatasetRecord::source).containsExactly("mixed.jsonl:4", "mixed.jsonl:5");
        assertThat(bad.get(0).report().violations()).extracting(v -> v.code() + " " + v.pointer())
                .containsExactly("format.unknown-code /kind");
        assertThat(bad.get(0).report().violations().get(0).location()).get()
                .extracting(location -> location.line()).isEqualTo(4L);
        assertThat(bad.get(1).report().violations()).extracting(v -> v.code()).containsExactly("format.syntax");
        assertThat(bad.get(1).report().violations().get(0).source()).contains("mixed.jsonl:5");
    }

    @Test
    void badRecordInTheMiddleOfAnArrayIsReportedAndTheOthersStillCome() throws IOException {
        List<Policy> policies = generated(2);
        Path file = directory.resolve("mixed.json");
        Files.writeString(file, "[\n" + JSON.write(policies.get(0)) + ",\n" + BROKEN + ",\n"
                + JSON.write(policies.get(1)) + "\n]\n");
        List<DatasetRecord> bad = new ArrayList<>();

        assertThat(readAll(JSON.readDataset(file, bad::add))).isEqualTo(policies);

        assertThat(bad).hasSize(1);
        assertThat(bad.get(0).source()).isEqualTo("mixed.json:3");
        // Pointers are relative to the policy, not to the array that holds it.
        assertThat(bad.get(0).report().violations()).extracting(v -> v.pointer()).containsExactly("/kind");
    }

    @Test
    void badFileInADirectoryIsReportedByName() throws IOException {
        JSON.write(SeedPolicies.kragero(), directory.resolve("a.json"));
        Files.writeString(directory.resolve("b.json"), BROKEN);
        JSON.write(SeedPolicies.gjovik(), directory.resolve("c.json"));
        List<DatasetRecord> bad = new ArrayList<>();

        assertThat(readAll(JSON.readDataset(directory, bad::add))).containsExactly(SeedPolicies.kragero(), SeedPolicies.gjovik());

        assertThat(bad).extracting(DatasetRecord::source).containsExactly("b.json");
    }

    @Test
    void failFastReadingThrowsAtTheFirstBadRecordNamingIt() throws IOException {
        Path file = directory.resolve("bad.jsonl");
        Files.writeString(file, JSON.write(SeedPolicies.hjorring()) + "\n" + BROKEN + "\n");

        try (Stream<Policy> read = JSON.readDataset(file)) {
            assertThatThrownBy(read::toList).isInstanceOf(PolicyFormatException.class)
                    .hasMessageContaining("bad.jsonl:2").hasMessageContaining("format.unknown-code");
        }
    }

    @Test
    void recordsCarryTheirSourceAndReportWhetherGoodOrBad() throws IOException {
        Path file = directory.resolve("two.jsonl");
        Files.writeString(file, JSON.write(SeedPolicies.odense()) + "\n" + BROKEN + "\n");

        try (Stream<DatasetRecord> records = JSON.readDatasetRecords(file)) {
            List<DatasetRecord> all = records.toList();
            assertThat(all).extracting(DatasetRecord::source, DatasetRecord::isRead)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("two.jsonl:1", true),
                            org.assertj.core.groups.Tuple.tuple("two.jsonl:2", false));
            assertThat(all.get(0).report().violations()).isEmpty();
        }
    }

    @Test
    void writtenDatasetIsOnePolicyALine() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JSON.writeDataset(SeedPolicies.all().iterator(), out);

        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSize(5).allSatisfy(line -> assertThat(line).startsWith("{\"formatVersion\":\"" + PolicyReader.FORMAT_VERSION + "\""));
    }

    private static List<Policy> generated(int count) {
        return LongStream.range(0, count).mapToObj(PolicyGenerator::generate).toList();
    }

    /** Reads the policies of a dataset, and closes it. */
    private static List<Policy> readAll(Stream<Policy> dataset) {
        try (dataset) {
            return dataset.toList();
        }
    }

    @Test
    void documentLimitsApplyToEachElementOfAnArrayNotToTheWholeArray() throws IOException {
        List<Policy> policies = generated(5);
        long largest = policies.stream().mapToLong(policy -> JSON.writeBytes(policy).length).max().orElseThrow();
        PolicyJson limited = PolicyJson.builder()
                .limits(ReadLimits.defaults().withMaxDocumentBytes(largest + 100)).build();
        Path file = directory.resolve("array.json");
        Files.writeString(file, policies.stream().map(JSON::write).collect(Collectors.joining(",", "[", "]")));

        assertThat(readAll(limited.readDataset(file))).isEqualTo(policies);
    }

    @Test
    void elementOverTheLimitsIsReportedAndTheNextElementsStillCome() throws IOException {
        Policy small = SeedPolicies.kragero();
        Policy large = PolicyGenerator.generate(3, 40);
        PolicyJson limited = PolicyJson.builder()
                .limits(ReadLimits.defaults().withMaxTokenCount(5_000)).build();
        Path file = directory.resolve("array.json");
        Files.writeString(file, "[" + JSON.write(small) + ",\n" + JSON.write(large) + ",\n" + JSON.write(small) + "]");
        List<DatasetRecord> bad = new ArrayList<>();

        assertThat(readAll(limited.readDataset(file, bad::add))).containsExactly(small, small);
        assertThat(bad).hasSize(1);
        assertThat(bad.get(0).report().violations()).extracting(v -> v.code()).containsExactly("format.limit");
        assertThat(bad.get(0).report().violations().get(0).message()).contains("5000 tokens", "ReadLimits.maxTokenCount");
    }

    @Test
    void nonObjectElementOfAnArrayIsNotAPolicy() throws IOException {
        Path file = directory.resolve("array.json");
        Files.writeString(file, "[" + JSON.write(SeedPolicies.odense()) + ", 42, [1]]");
        List<DatasetRecord> bad = new ArrayList<>();

        assertThat(readAll(JSON.readDataset(file, bad::add))).containsExactly(SeedPolicies.odense());
        assertThat(bad).extracting(record -> record.report().violations().get(0).code())
                .containsExactly("format.not-a-policy", "format.not-a-policy");
    }
}
