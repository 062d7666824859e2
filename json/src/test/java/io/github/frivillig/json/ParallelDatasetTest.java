package io.github.frivillig.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.test.PolicyGenerator;

/**
 * Datasets read and validated on several threads give the same records, policies and reports, in the same order,
 * as on one thread: JSON Lines with broken, blank, too long and invalid lines, a JSON array with bad elements, and a
 * directory.
 */
class ParallelDatasetTest {

    private static final ReadLimits LIMITS = ReadLimits.defaults().withMaxDocumentBytes(200_000);
    private static final PolicyJson ONE_THREAD = PolicyJson.builder().limits(LIMITS).locale(Locale.forLanguageTag("nb"))
            .build();
    private static final PolicyJson FOUR_THREADS = PolicyJson.builder().limits(LIMITS).locale(Locale.forLanguageTag("nb"))
            .datasetThreads(4).build();

    @TempDir
    Path directory;

    @Test
    void jsonLinesGiveTheSameRecordsInTheSameOrder() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            Policy policy = PolicyGenerator.generate(i, 1 + i % 4);
            String line = ONE_THREAD.write(policy);
            switch (i % 10) {
                case 1 -> line = line.replaceFirst("\"code\":\"\\d{4}\"", "\"code\":\"12\"");
                case 3 -> line = line.substring(0, line.length() / 2);
                case 5 -> line = "   ";
                case 7 -> line = "{\"formatVersion\":\"1.1\",\"id\":7}";
                case 9 -> line = line.substring(0, line.length() - 1) + ",\"padding\":\"" + "x".repeat(250_000)
                        + "\"}";
                default -> {
                    // a valid record
                }
            }
            lines.append(line).append('\n');
        }
        Path file = write("dataset.jsonl", lines.toString());

        List<DatasetRecord> expected = validate(ONE_THREAD, file);

        assertThat(expected).hasSize(54);
        assertThat(expected).filteredOn(record -> record.report().isValid()).hasSizeGreaterThan(20);
        assertThat(expected).filteredOn(record -> !record.report().withCode("format.limit").isEmpty()).isNotEmpty();
        assertSame(validate(FOUR_THREADS, file), expected);
        assertSame(read(FOUR_THREADS, file), read(ONE_THREAD, file));
    }

    @Test
    void aJsonArrayGivesTheSameRecordsInTheSameOrder() throws IOException {
        List<String> elements = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String element = ONE_THREAD.write(PolicyGenerator.generate(100 + i, 2));
            elements.add(i % 4 == 1 ? element.replaceFirst("\"code\":\"\\d{4}\"", "\"code\":\"ABCD\"")
                    : i % 4 == 2 ? "\"not a policy\"" : element);
        }
        Path file = write("array.json", "[\n" + String.join(",\n  ", elements) + "\n]\n");

        List<DatasetRecord> expected = validate(ONE_THREAD, file);

        assertThat(expected).hasSize(30);
        assertSame(validate(FOUR_THREADS, file), expected);
    }

    @Test
    void aDirectoryGivesTheSameRecordsInTheSameOrder() throws IOException {
        for (int i = 0; i < 12; i++) {
            String document = ONE_THREAD.write(PolicyGenerator.generate(200 + i, 2));
            write(String.format("policy-%02d.json", i), i % 3 == 0 ? document.replace("\"status\"", "\"state\"")
                    : document);
        }

        List<DatasetRecord> expected = validate(ONE_THREAD, directory);

        assertThat(expected).hasSize(12);
        assertThat(expected).filteredOn(record -> !record.isRead()).hasSize(4);
        assertSame(validate(FOUR_THREADS, directory), expected);
    }

    @Test
    void aRecordThatCannotBeReadComesAfterTheRecordsBeforeIt() throws IOException {
        for (int i = 0; i < 6; i++) {
            write("policy-" + i + ".json", ONE_THREAD.write(PolicyGenerator.generate(300 + i, 1)));
        }
        // A directory named like a policy file is not a regular file and is left out; a file that disappears
        // between listing and reading is a read failure, delivered at its turn.
        Path vanishing = write("policy-3.json", "{}");
        List<String> seen = new ArrayList<>();
        try (Stream<DatasetRecord> records = FOUR_THREADS.validateDataset(directory, Locale.ENGLISH)) {
            Files.delete(vanishing);
            assertThatThrownBy(() -> records.forEach(record -> seen.add(record.source())))
                    .isInstanceOf(UncheckedIOException.class).hasMessageContaining("policy-3.json");
        }
        assertThat(seen).containsExactly("policy-0.json", "policy-1.json", "policy-2.json");
    }

    @Test
    void findsEveryLineEndWhereverItFalls() throws IOException {
        // The ends of lines are looked for eight bytes at a time: a line of every length modulo eight, blank lines of
        // every length, and lines across the 64 KiB blocks the file is read in.
        StringBuilder lines = new StringBuilder();
        List<String> expectedSources = new ArrayList<>();
        int lineNumber = 0;
        for (int i = 0; i < 48; i++) {
            String policy = ONE_THREAD.write(PolicyGenerator.generate(400 + i, 1 + i % 3));
            lines.append(policy).append(" ".repeat(i % 17)).append('\n');
            expectedSources.add("lines.jsonl:" + ++lineNumber);
            lines.append(" ".repeat(i % 9)).append('\n');
            lineNumber++;
        }
        Path file = write("lines.jsonl", lines.toString());

        for (PolicyJson json : List.of(ONE_THREAD, FOUR_THREADS)) {
            List<DatasetRecord> records = validate(json, file);

            assertThat(records).extracting(DatasetRecord::source).containsExactlyElementsOf(expectedSources);
            assertThat(records).allSatisfy(record -> assertThat(record.isRead()).as(record.source()).isTrue());
        }
    }

    @Test
    void refusesFewerThanOneThread() {
        assertThatThrownBy(() -> PolicyJson.builder().datasetThreads(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
    }

    /** Compares record by record, so that a difference names the record and what differs in it. */
    private static void assertSame(List<DatasetRecord> actual, List<DatasetRecord> expected) {
        assertThat(actual).extracting(DatasetRecord::source)
                .containsExactlyElementsOf(expected.stream().map(DatasetRecord::source).toList());
        for (int i = 0; i < expected.size(); i++) {
            DatasetRecord record = expected.get(i);
            assertThat(actual.get(i).report().violations()).as(record.source())
                    .containsExactlyElementsOf(record.report().violations());
            assertThat(actual.get(i)).as(record.source()).isEqualTo(record);
        }
    }

    private static List<DatasetRecord> validate(PolicyJson json, Path path) {
        try (Stream<DatasetRecord> records = json.validateDataset(path, Locale.forLanguageTag("nb"))) {
            return records.toList();
        }
    }

    private static List<DatasetRecord> read(PolicyJson json, Path path) {
        try (Stream<DatasetRecord> records = json.readDatasetRecords(path)) {
            return records.toList();
        }
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(directory.resolve(name), content, StandardCharsets.UTF_8);
    }
}
