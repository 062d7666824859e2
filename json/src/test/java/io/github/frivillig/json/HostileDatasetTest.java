package io.github.frivillig.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.frivillig.test.PolicyGenerator;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.validation.Violation;

/**
 * A dataset with bad records among good ones, in each of the three shapes: every good record is still delivered,
 * in order, and every bad one reported with its file and line, and with problems located in the file.
 */
class HostileDatasetTest {

    private static final PolicyJson JSON = PolicyJson.standard();

    /** Bad records of many kinds, each on one line, with the format error it must give. */
    private static final List<String[]> BAD_LINES = List.of(
            new String[] {"{\"formatVersion\": \"1.0\", \"id\": ", "format.syntax"},
            new String[] {"{\"formatVersion\": \"1.0\",}", "format.syntax"},
            new String[] {"[1, 2, 3]", "format.not-a-policy"},
            new String[] {"\"a string\"", "format.not-a-policy"},
            new String[] {"{\"formatVersion\": \"1.0\", \"measures\": 7}", "format.wrong-type"},
            new String[] {"{\"formatVersion\": \"1.0\", \"title\": {\"nb\": \"\\ud800\"}}", "format.invalid-text"},
            new String[] {"{\"formatVersion\": \"1.0\", \"extensions\": {\"x\": 1" + "0".repeat(200) + "}}",
                "format.limit"},
            new String[] {"{\"formatVersion\": \"1.0\"} {\"formatVersion\": \"1.0\"}", "format.trailing-content"},
            new String[] {"{\"formatVersion\": \"9.9\"}", "format.version-unsupported"},
            new String[] {"// a comment", "format.syntax"},
            new String[] {"{\"formatVersion\": \"1.0\", \"unknown\": true}", "format.unknown-key"});

    @Test
    void jsonLinesDeliverEveryGoodRecordAndReportEveryBadOneWithItsLine(@TempDir Path directory)
            throws IOException {
        StringBuilder lines = new StringBuilder();
        List<Policy> good = new ArrayList<>();
        List<String> expectedBad = new ArrayList<>();
        int line = 0;
        for (int i = 0; i < 40; i++) {
            line++;
            if (i % 4 == 3) {
                String[] bad = BAD_LINES.get((i / 4) % BAD_LINES.size());
                lines.append(bad[0]).append(i % 8 == 3 ? "\r\n" : "\n");
                expectedBad.add("policies.jsonl:" + line + " " + bad[1]);
            } else {
                Policy policy = PolicyGenerator.generate(i);
                good.add(policy);
                lines.append(JSON.write(policy)).append('\n');
            }
            if (i % 10 == 5) {
                lines.append(i % 20 == 5 ? "\n" : "   \t\r\n");
                line++;
            }
        }
        lines.append("{\"formatVersion\": \"1.0\", \"id\": \"truncated");
        expectedBad.add("policies.jsonl:" + (line + 1) + " format.syntax");
        Path file = Files.writeString(directory.resolve("policies.jsonl"), lines, StandardCharsets.UTF_8);

        assertDeliveredAndReported(file, good, expectedBad);
    }

    @Test
    void aJsonArrayDeliversEveryGoodElementAndReportsEveryBadOneWithItsLine(@TempDir Path directory)
            throws IOException {
        StringBuilder array = new StringBuilder("[\n");
        List<Policy> good = new ArrayList<>();
        List<String> expectedBad = new ArrayList<>();
        List<String> badElements = List.of("7", "\"policy\"", "[]", "{\"formatVersion\": \"1.0\", \"measures\": 7}",
                "{\"formatVersion\": \"1.0\", \"unknown\": {\"deep\": [1, 2]}}",
                "{\"formatVersion\": \"1.0\", \"title\": {\"nb\": \"\\udc00\"}}");
        List<String> badCodes = List.of("format.not-a-policy", "format.not-a-policy", "format.not-a-policy",
                "format.wrong-type", "format.unknown-key", "format.invalid-text");
        for (int i = 0; i < 30; i++) {
            array.append(i == 0 ? "" : ",\n");
            if (i % 5 == 4) {
                array.append(badElements.get(i / 5));
                expectedBad.add("policies.json:" + (i + 2) + " " + badCodes.get(i / 5));
            } else {
                Policy policy = PolicyGenerator.generate(100 + i);
                good.add(policy);
                array.append(JSON.write(policy));
            }
        }
        array.append("\n]\n");
        Path file = Files.writeString(directory.resolve("policies.json"), array, StandardCharsets.UTF_8);

        assertDeliveredAndReported(file, good, expectedBad);
    }

    /** Malformed JSON inside an array leaves nothing after it to trust: the array ends there, and says so. */
    @Test
    void malformedJsonInAnArrayEndsItWithARecordThatSaysWhere(@TempDir Path directory) throws IOException {
        Policy first = PolicyGenerator.generate(1);
        String array = "[\n" + JSON.write(first) + ",\n{\"formatVersion\": \"1.0\", \"id\" \"x\"},\n"
                + JSON.write(PolicyGenerator.generate(2)) + "\n]";
        Path file = Files.writeString(directory.resolve("broken.json"), array, StandardCharsets.UTF_8);

        assertDeliveredAndReported(file, List.of(first), List.of("broken.json:3 format.syntax"));
    }

    @Test
    void aDirectoryDeliversEveryGoodFileAndReportsEveryBadOne(@TempDir Path directory) throws IOException {
        List<Policy> good = new ArrayList<>();
        List<String> expectedBad = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String name = String.format("policy-%02d.json", i);
            if (i % 3 == 1) {
                String[] bad = BAD_LINES.get(i);
                Files.writeString(directory.resolve(name), bad[0], StandardCharsets.UTF_8);
                expectedBad.add(name + " " + bad[1]);
            } else {
                Policy policy = PolicyGenerator.generate(200 + i);
                good.add(policy);
                JSON.write(policy, directory.resolve(name));
            }
        }
        Files.write(directory.resolve("policy-12.json"), new byte[0]);
        expectedBad.add("policy-12.json format.empty");
        Files.write(directory.resolve("policy-13.json"), new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0, 1});
        expectedBad.add("policy-13.json format.syntax");
        Files.writeString(directory.resolve("notes.txt"), "not a policy");
        Files.createDirectory(directory.resolve("sub.json"));

        assertDeliveredAndReported(directory, good, expectedBad);
    }

    @Test
    void theFailFastStreamNamesTheFirstBadRecord(@TempDir Path directory) throws IOException {
        Path file = Files.writeString(directory.resolve("policies.jsonl"), JSON.write(PolicyGenerator.generate(3))
                + "\n" + "[1]\n", StandardCharsets.UTF_8);
        List<Policy> read = new ArrayList<>();

        Throwable thrown;
        try (Stream<Policy> policies = JSON.readDataset(file)) {
            thrown = catchThrowable(() -> policies.forEach(read::add));
        }

        assertThat(read).hasSize(1);
        assertThat(thrown).isInstanceOf(PolicyFormatException.class).hasMessageContaining("policies.jsonl:2");
    }

    private static void assertDeliveredAndReported(Path dataset, List<Policy> good, List<String> expectedBad) {
        List<DatasetRecord> bad = new ArrayList<>();
        List<Policy> delivered;
        try (Stream<Policy> policies = JSON.readDataset(dataset, bad::add)) {
            delivered = policies.toList();
        }

        assertThat(delivered).containsExactlyElementsOf(good);
        assertThat(bad).extracting(record -> record.source() + " " + record.report().errors().get(0).code())
                .containsExactlyElementsOf(expectedBad);
        for (DatasetRecord record : bad) {
            assertThat(record.isRead()).isFalse();
            assertThat(record.policyIfRead()).isEmpty();
            for (Violation violation : record.report().violations()) {
                assertThat(violation.source()).contains(record.source());
                assertThat(violation.code()).startsWith("format.");
            }
            Violation first = record.report().errors().get(0);
            if (record.source().contains(":") && (first.code().equals("format.syntax")
                    || first.code().equals("format.limit"))) {
                long line = Long.parseLong(record.source().substring(record.source().lastIndexOf(':') + 1));
                assertThat(first.location()).as(record.source()).isPresent();
                assertThat(first.location().get().line()).as(record.source()).isGreaterThanOrEqualTo(line);
            }
        }
    }
}
