package io.github.frivillig.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.policy.PolicyId;
import io.github.frivillig.core.validation.SourceLocation;
import io.github.frivillig.core.validation.Violation;
import io.github.frivillig.test.PolicyGenerator;

/**
 * Datasets validated record by record: each record's format and validation problems, located in the file at the
 * record's own lines and columns, whatever record comes before or after it.
 */
class DatasetValidationTest {

    private static final PolicyJson JSON = PolicyJson.standard();

    @TempDir
    Path directory;

    @Test
    void locatesTheValidationProblemsOfEachJsonLinesRecordOnItsOwnLine() throws IOException {
        // Two records, each with a municipality code of the wrong form, at different columns; a blank line between.
        String first = withCode(PolicyGenerator.generate(1, 2), "12");
        String second = "  " + withCode(PolicyGenerator.generate(2, 3), "123456");
        Path file = write("two.jsonl", first + "\n\n" + second + "\n");

        List<DatasetRecord> records = validate(file);

        assertThat(records).extracting(DatasetRecord::source).containsExactly("two.jsonl:1", "two.jsonl:3");
        assertThat(records).extracting(DatasetRecord::line).containsExactly(1L, 3L);
        assertLocatedAtTheCode(records.get(0), first, 1, 0);
        assertLocatedAtTheCode(records.get(1), second, 3, 0);
        // Validation problems do not stop a record from being read.
        assertThat(records).allMatch(DatasetRecord::isRead);
        assertThat(records.get(1).id()).isEqualTo(records.get(1).policy().id());
    }

    @Test
    void locatesTheValidationProblemsOfAnArrayElementWhereItStandsInTheFile() throws IOException {
        String valid = JSON.write(PolicyGenerator.generate(3, 1));
        String invalid = withCode(PolicyGenerator.generate(4, 2), "ABCD");
        // The second element starts in the middle of line 3, after some white space.
        Path file = write("array.json", "[\n" + valid + ",\n    " + invalid + "\n]\n");

        List<DatasetRecord> records = validate(file);

        assertThat(records).hasSize(2);
        assertThat(records.get(0).report().isValid()).isTrue();
        assertThat(records.get(1).line()).isEqualTo(3L);
        assertLocatedAtTheCode(records.get(1), invalid, 3, 4);
    }

    @Test
    void givesTheIdOfARecordWithFormatErrorsAndLocatesThem() throws IOException {
        Path file = write("mixed.jsonl", "{\"formatVersion\": \"1.0\", \"id\": \"no-4001-x\", \"status\": \"done\"}\n"
                + "{\"formatVersion\": \"1.0\", \"id\": 7}\n");

        List<DatasetRecord> records = validate(file);

        assertThat(records).noneMatch(DatasetRecord::isRead);
        assertThat(records.get(0).id()).isEqualTo(PolicyId.of("no-4001-x"));
        assertThat(records.get(1).id()).isNull();
        assertThat(records.get(1).report().withCode("format.wrong-type")).singleElement()
                .satisfies(violation -> assertThat(violation.location()).contains(SourceLocation.of(2, 32)));
    }

    @Test
    void readsADocumentWhoseFirstLineHoldsMembersAsOneDocumentNotAsLines() throws IOException {
        // Written by hand: the first line opens the document and holds members, the value closes lines later.
        Policy policy = PolicyGenerator.generate(6, 1);
        String pretty = PolicyJson.builder().prettyPrint().build().write(policy);
        String text = pretty.replaceFirst("\\{\\s*", "{\"colour\": \"blue\",\n  ");
        Path file = write("by-hand.json", text);

        List<DatasetRecord> records = validate(file);

        assertThat(records).extracting(DatasetRecord::source).containsExactly("by-hand.json");
        assertThat(records.get(0).report().errors()).extracting(Violation::code).containsExactly("format.unknown-key");
        assertThat(records.get(0).report().errors().get(0).location()).contains(SourceLocation.of(1, 2));
    }

    @Test
    void validatesTheFilesOfADirectoryAsDocuments() throws IOException {
        Files.createDirectories(directory.resolve("set"));
        Policy policy = PolicyGenerator.generate(5, 1);
        Files.writeString(directory.resolve("set/a.json"), PolicyJson.builder().prettyPrint().build().write(policy));
        Files.writeString(directory.resolve("set/b.json"), withCode(policy, "1"));

        List<DatasetRecord> records = validate(directory.resolve("set"));

        assertThat(records).extracting(DatasetRecord::source).containsExactly("a.json", "b.json");
        assertThat(records).extracting(DatasetRecord::line).containsOnlyNulls();
        assertThat(records.get(0).report().isValid()).isTrue();
        assertThat(records.get(1).report().isValid()).isFalse();
        assertThat(records.get(1).report().violations()).allMatch(violation -> violation.location().isPresent());
    }

    private List<DatasetRecord> validate(Path path) {
        try (Stream<DatasetRecord> records = JSON.validateDataset(path, Locale.ENGLISH)) {
            return records.toList();
        }
    }

    /**
     * The record's errors are the malformed code, located where its member starts (its key, as for a single
     * document), in the record's line.
     */
    private static void assertLocatedAtTheCode(DatasetRecord record, String text, long line, int column) {
        long expectedColumn = column + text.indexOf("\"code\":") + 1L;
        List<Violation> errors = record.report().errors();
        assertThat(errors).isNotEmpty().allSatisfy(violation -> {
            assertThat(violation.pointer()).isEqualTo("/municipality/code");
            assertThat(violation.location()).as(violation.code()).contains(SourceLocation.of(line, expectedColumn));
        });
    }

    private static String withCode(Policy policy, String code) {
        String text = JSON.write(policy);
        String original = "\"code\":\"" + policy.municipality().code() + "\"";
        assertThat(text).contains(original);
        return text.replace(original, "\"code\":\"" + code + "\"");
    }

    private Path write(String name, String text) throws IOException {
        Path file = directory.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
