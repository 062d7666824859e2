package io.github.frivillig.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import io.github.frivillig.test.PolicyGenerator;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.validation.SourceLocation;
import io.github.frivillig.core.validation.Violation;

/** Datasets in JSON Lines and JSON array files are read record by record, each bad record reported in place. */
class DatasetReadingTest {

    private static final PolicyJson JSON = PolicyJson.standard();

    @TempDir
    Path directory;

    @Test
    void readsEveryLineOfAJsonLinesFile() throws IOException {
        List<Policy> policies = policies(0, 5);
        Path file = write("dataset.jsonl", lines(policies, "\n", true));

        try (Stream<Policy> read = JSON.readDataset(file)) {
            assertThat(read).containsExactlyElementsOf(policies);
        }
    }

    @Test
    void skipsBlankLinesAndAcceptsCarriageReturnsAndAMissingLastNewline() throws IOException {
        List<Policy> policies = policies(10, 3);
        String text = "\n  \t\r\n" + json(policies.get(0)) + "\r\n\r\n" + json(policies.get(1)) + "\r\n   \n"
                + json(policies.get(2));
        Path file = write("dataset.jsonl", text);

        List<DatasetRecord> records = records(file);

        assertThat(records).extracting(DatasetRecord::source)
                .containsExactly("dataset.jsonl:3", "dataset.jsonl:5", "dataset.jsonl:7");
        assertThat(records).extracting(DatasetRecord::policy).containsExactlyElementsOf(policies);
    }

    @Test
    void skipsABlankLineLongerThanTheLookAhead() throws IOException {
        List<Policy> policies = policies(40, 2);
        Path file = write("dataset.jsonl", json(policies.get(0)) + "\n" + " ".repeat(70_000) + "\t\r\n"
                + json(policies.get(1)) + "\n");

        List<DatasetRecord> records = records(file);

        assertThat(records).extracting(DatasetRecord::source).containsExactly("dataset.jsonl:1", "dataset.jsonl:3");
        assertThat(records).extracting(DatasetRecord::policy).containsExactlyElementsOf(policies);
    }

    @Test
    void reportsAnArrayElementOverItsBudgetWhenItsProblemsAreAtTheirMaximumAndGoesOn() throws IOException {
        PolicyJson limited = PolicyJson.builder()
                .limits(ReadLimits.defaults().withMaxProblems(1).withMaxTokenCount(2_000)).build();
        Policy small = PolicyGenerator.generate(50, 1);
        // One problem first, an unknown key, then more tokens than the element may have.
        String large = json(PolicyGenerator.generate(51, 60)).replaceFirst("^\\{", "{\"unknown\":1,");
        Path file = write("array.json", "[" + large + ",\n" + json(small) + "]");
        List<DatasetRecord> bad = new ArrayList<>();

        List<Policy> read;
        try (Stream<Policy> policies = limited.readDataset(file, bad::add)) {
            read = policies.toList();
        }

        assertThat(read).containsExactly(small);
        assertThat(bad).singleElement().satisfies(record -> assertThat(record.report().violations())
                .extracting(Violation::code).startsWith("format.unknown-key"));
    }

    @Test
    void readsLinesMuchLongerThanAnyBuffer() throws IOException {
        List<Policy> policies = List.of(PolicyGenerator.generate(7, 60), PolicyGenerator.generate(8, 1),
                PolicyGenerator.generate(9, 80));
        Path file = write("large.jsonl", lines(policies, "\n", true));
        assertThat(Files.size(file)).isGreaterThan(300_000);

        try (Stream<Policy> read = JSON.readDataset(file)) {
            assertThat(read).containsExactlyElementsOf(policies);
        }
    }

    @Test
    void readsAPrettyPrintedPolicyFileAsOneRecordNotAsLines() throws IOException {
        Policy policy = PolicyGenerator.generate(30, 4);
        String text = PolicyJson.builder().prettyPrint().build().write(policy);
        assertThat(text).startsWith("{\n");
        Path file = write("one.json", "\uFEFF  " + text + "\n");

        List<DatasetRecord> records = records(file);

        assertThat(records).extracting(DatasetRecord::source).containsExactly("one.json");
        assertThat(records.get(0).policy()).isEqualTo(policy);
    }

    @Test
    void reportsTheProblemsOfAPrettyPrintedPolicyFileAtTheirLines() throws IOException {
        String text = "{\n  \"formatVersion\": \"1.0\",\n  \"id\": 12\n}\n";
        Path file = write("broken.json", text);

        List<DatasetRecord> records = records(file);

        assertThat(records).hasSize(1);
        assertThat(records.get(0).isRead()).isFalse();
        assertThat(records.get(0).report().withCode("format.wrong-type")).singleElement()
                .satisfies(violation -> assertThat(violation.location()).contains(SourceLocation.of(3, 9)));
    }

    @Test
    void reportsABadLineWithItsLineAndGoesOn() throws IOException {
        List<Policy> policies = policies(20, 2);
        String text = json(policies.get(0)) + "\n{\"formatVersion\": \"1.0\", \"id\": \n" + json(policies.get(1)) + "\n";
        Path file = write("dataset.jsonl", text);

        List<DatasetRecord> records = records(file);

        assertThat(records).hasSize(3);
        assertThat(records.get(0).policy()).isEqualTo(policies.get(0));
        assertThat(records.get(2).policy()).isEqualTo(policies.get(1));
        DatasetRecord bad = records.get(1);
        assertThat(bad.isRead()).isFalse();
        assertThat(bad.source()).isEqualTo("dataset.jsonl:2");
        Violation syntax = bad.report().errors().get(0);
        assertThat(syntax.code()).isEqualTo("format.syntax");
        assertThat(syntax.location()).map(SourceLocation::line).contains(2L);
        assertThat(syntax.source()).contains("dataset.jsonl:2");
    }

    @Test
    void reportsALineOverTheDocumentLimitAndGoesOn() throws IOException {
        Policy large = PolicyGenerator.generate(30, 20);
        Policy small = PolicyGenerator.generate(31, 1);
        int limit = JSON.writeBytes(small).length + 10;
        PolicyJson limited = PolicyJson.builder().limits(ReadLimits.defaults().withMaxDocumentBytes(limit)).build();
        Path file = write("dataset.jsonl", lines(List.of(small, large, small), "\n", true));

        List<DatasetRecord> records;
        try (Stream<DatasetRecord> read = limited.readDatasetRecords(file)) {
            records = read.toList();
        }

        assertThat(records).extracting(DatasetRecord::policy).containsExactly(small, null, small);
        assertThat(records.get(1).report().errors()).extracting(Violation::code).containsExactly("format.limit");
        assertThat(records.get(1).source()).isEqualTo("dataset.jsonl:2");
    }

    @Test
    void reportsALineWithTrailingContent() throws IOException {
        Policy policy = PolicyGenerator.generate(40, 1);
        Path file = write("dataset.jsonl", json(policy) + " {}\n" + json(policy) + "\n");

        List<DatasetRecord> records = records(file);

        assertThat(records.get(0).report().errors()).extracting(Violation::code)
                .containsExactly("format.trailing-content");
        assertThat(records.get(1).policy()).isEqualTo(policy);
    }

    @Test
    void readsAJsonArrayFileElementByElement() throws IOException {
        List<Policy> policies = policies(50, 4);
        Path file = write("dataset.json", "\ufeff  [" + lines(policies, ",\n", false) + "]\n");

        List<DatasetRecord> records = records(file);

        assertThat(records).extracting(DatasetRecord::policy).containsExactlyElementsOf(policies);
        assertThat(records).extracting(DatasetRecord::source)
                .containsExactly("dataset.json:1", "dataset.json:2", "dataset.json:3", "dataset.json:4");
    }

    @Test
    void detectsJsonLinesAfterAByteOrderMarkAndBlankLines() throws IOException {
        List<Policy> policies = policies(60, 2);
        Path file = write("dataset.jsonl", "\ufeff" + json(policies.get(0)) + "\n\n" + json(policies.get(1)));

        try (Stream<Policy> read = JSON.readDataset(file)) {
            assertThat(read).containsExactlyElementsOf(policies);
        }
    }

    @Test
    @Timeout(60)
    void readsAJsonLinesDatasetFromANamedPipe() throws Exception {
        Path pipe = directory.resolve("pipe.jsonl");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        } catch (IOException e) {
            mkfifo = null;
        }
        assumeTrue(mkfifo != null && mkfifo.waitFor() == 0, "named pipes can be made here");
        List<Policy> policies = policies(70, 20);
        byte[] text = lines(policies, "\n", true).getBytes(StandardCharsets.UTF_8);
        Thread writer = new Thread(() -> {
            try {
                Files.write(pipe, text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        writer.start();

        try (Stream<Policy> read = JSON.readDataset(pipe)) {
            assertThat(read).containsExactlyElementsOf(policies);
        }
        writer.join();
    }

    private static List<Policy> policies(long firstSeed, int count) {
        List<Policy> policies = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            policies.add(PolicyGenerator.generate(firstSeed + i));
        }
        return policies;
    }

    private static String json(Policy policy) {
        return JSON.write(policy);
    }

    private static String lines(List<Policy> policies, String separator, boolean trailing) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < policies.size(); i++) {
            if (i > 0) {
                text.append(separator);
            }
            text.append(json(policies.get(i)));
        }
        return trailing ? text.append(separator).toString() : text.toString();
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(directory.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static List<DatasetRecord> records(Path file) {
        try (Stream<DatasetRecord> records = JSON.readDatasetRecords(file)) {
            return records.toList();
        }
    }
}
