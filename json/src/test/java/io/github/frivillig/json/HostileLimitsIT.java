package io.github.frivillig.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.frivillig.test.PolicyGenerator;
import io.github.frivillig.core.validation.ValidationReport;
import io.github.frivillig.core.validation.Violation;

/**
 * Inputs far beyond the {@link ReadLimits}, made on the fly, in a JVM with a 64 MiB heap (the {@code small-heap}
 * execution of the build): nesting 10 000 deep, a 50 MB string, arrays of 10 million elements, a gigabyte of JSON
 * Lines. A document is rejected within seconds with a message naming the limit it exceeded; a dataset is streamed
 * record by record, in memory that does not grow with its size. None of them would fit in the heap if read whole.
 */
@Tag("small-heap")
class HostileLimitsIT {

    private static final PolicyJson JSON = PolicyJson.standard();
    private static final String HEAD = "{\"formatVersion\": \"1.0\", \"id\": \"no-4001-limits\", ";
    private static final long SECONDS = 20;

    @BeforeAll
    static void runsInASmallHeap() {
        assertThat(Runtime.getRuntime().maxMemory()).as("the heap of this JVM; run it through the small-heap"
                + " execution of the build, which gives it -Xmx64m").isLessThanOrEqualTo(64L * 1024 * 1024);
    }

    static Stream<Arguments> beyondTheLimits() {
        long million = 1_000_000;
        return Stream.of(
                Arguments.of("arrays nested 10 000 deep in extensions", "maxNestingDepth",
                        input(HEAD + "\"extensions\": {\"x\": ", "[", 10_000, "]".repeat(10_000) + "}}")),
                Arguments.of("objects nested 10 000 deep in extensions", "maxNestingDepth",
                        input(HEAD + "\"extensions\": {\"x\": ", "{\"a\": ", 10_000, "1" + "}".repeat(10_002))),
                Arguments.of("arrays nested 10 000 deep where measures belong", "maxNestingDepth",
                        input(HEAD + "\"measures\": ", "[", 10_000, "]".repeat(10_000) + "}")),
                Arguments.of("a 50 MB string in extensions", "maxStringLength",
                        input(HEAD + "\"extensions\": {\"x\": \"", "frivillig ", 5 * million, "\"}}")),
                Arguments.of("a 50 MB title", "maxStringLength",
                        input(HEAD + "\"title\": {\"nb\": \"", "Æøå ", 10 * million, "\"}}")),
                Arguments.of("a 50 MB key", "maxNameLength",
                        input(HEAD + "\"", "k", 50 * million, "\": 1}")),
                Arguments.of("a 50 MB number", "maxNumberLength",
                        input(HEAD + "\"extensions\": {\"x\": 1", "0", 50 * million, "}}")),
                Arguments.of("10 million numbers in extensions", "maxElements",
                        input(HEAD + "\"extensions\": {\"x\": [0", ",1", 10 * million, "]}}")),
                Arguments.of("10 million empty measures", "maxElements",
                        input(HEAD + "\"measures\": [{}", ",{}", 10 * million, "]}")),
                Arguments.of("10 million themes", "maxElements",
                        input(HEAD + "\"principles\": [{\"id\": \"p\", \"themes\": [\"trust\"", ",\"trust\"",
                                10 * million, "]}]}")),
                Arguments.of("10 million repeated members of an extension object", "maxProblems",
                        input(HEAD + "\"extensions\": {\"x\": {\"k\": 0", ",\"k\": 0", 10 * million, "}}}")),
                Arguments.of("10 million repeated languages of a title", "maxProblems",
                        input(HEAD + "\"title\": {\"nb\": \"x\"", ",\"nb\": \"x\"", 10 * million, "}}")),
                Arguments.of("10 million wrong elements in measures", "maxProblems",
                        input(HEAD + "\"measures\": [1", ",1", 10 * million, "]}")),
                Arguments.of("10 million elements under an unknown key", "maxTokenCount",
                        input(HEAD + "\"unknown\": [1", ",1", 10 * million, "]}")),
                Arguments.of("a 10 million element array at the root", "not-a-policy",
                        input("[0", ",0", 10 * million, "]")),
                Arguments.of("100 MB of white space after the document", "maxDocumentBytes",
                        input(HEAD + "\"kind\": \"policy\"}", " ", 100 * million, "")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("beyondTheLimits")
    void readingIsStoppedQuicklyByTheLimit(String what, String limit, Supplier<InputStream> input) {
        long start = System.nanoTime();
        Throwable thrown = catchThrowable(() -> JSON.read(input.get()));
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;

        assertThat(thrown).as(what).isInstanceOf(PolicyFormatException.class);
        assertNamesTheLimit(((PolicyFormatException) thrown).report(), limit);
        assertThat(seconds).as("seconds to reject %s", what).isLessThan(SECONDS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("beyondTheLimits")
    void validatingIsStoppedQuicklyByTheLimit(String what, String limit, Supplier<InputStream> input)
            throws IOException {
        long start = System.nanoTime();
        ValidationReport report;
        try (InputStream in = input.get()) {
            report = JSON.validate(in, Locale.forLanguageTag("nb"));
        }
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;

        assertNamesTheLimit(report, limit);
        assertThat(seconds).as("seconds to reject %s", what).isLessThan(SECONDS);
    }

    @Test
    void aFileWithA50MegabyteStringIsRejectedWithoutReadingItWhole(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("policy.json");
        write(file, input(HEAD + "\"extensions\": {\"x\": \"", "0123456789", 5_000_000, "\"}}").get());

        Throwable thrown = catchThrowable(() -> JSON.read(file));
        ValidationReport report = JSON.validate(file, Locale.ENGLISH);

        assertThat(thrown).isInstanceOf(PolicyFormatException.class);
        assertNamesTheLimit(((PolicyFormatException) thrown).report(), "maxStringLength");
        assertNamesTheLimit(report, "maxStringLength");
        try (Stream<DatasetRecord> records = JSON.readDatasetRecords(directory)) {
            List<DatasetRecord> all = records.toList();
            assertThat(all).singleElement().satisfies(record -> {
                assertThat(record.isRead()).isFalse();
                assertNamesTheLimit(record.report(), "maxStringLength");
            });
        }
    }

    /**
     * A gigabyte of JSON Lines: a first line of 200 MB (far over every limit), then good and bad records. Every good
     * record is delivered and every bad one reported with its line, while the heap stays at 64 MiB.
     */
    @Test
    void aGigabyteOfJsonLinesIsStreamedRecordByRecord(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("dataset.jsonl");
        byte[] generated = (JSON.write(PolicyGenerator.generate(11)) + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] bad = (HEAD + "\"measures\": [1, 2, 3]}\n").getBytes(StandardCharsets.UTF_8);
        String bulk = "x".repeat(500_000);
        byte[] large = (HEAD.replace("limits", "bulk") + "\"extensions\": {\"bulk\": \"" + bulk + "\"}}\n")
                .getBytes(StandardCharsets.UTF_8);
        long expectedGood = 0;
        List<Long> badLines = new ArrayList<>();
        long bytes = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            bytes += copy(input("{\"formatVersion\": \"1.0\", \"extensions\": {\"x\": \"", "y", 200_000_000,
                    "\"}}\n").get(), out);
            badLines.add(1L);
            for (long line = 2; bytes < 1L << 30; line++) {
                byte[] record = line % 97 == 0 ? bad : line % 5 == 0 ? generated : large;
                out.write(record);
                bytes += record.length;
                if (record == bad) {
                    badLines.add(line);
                } else {
                    expectedGood++;
                }
            }
        }
        assertThat(Files.size(file)).isGreaterThanOrEqualTo(1L << 30);

        List<String> badSources = new ArrayList<>();
        AtomicLong good = new AtomicLong();
        long start = System.nanoTime();
        try (Stream<io.github.frivillig.core.policy.Policy> policies = JSON.readDataset(file,
                record -> badSources.add(record.source()))) {
            policies.forEach(policy -> good.incrementAndGet());
        }
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;

        assertThat(good.get()).isEqualTo(expectedGood);
        assertThat(badSources).containsExactlyElementsOf(badLines.stream().map(line -> "dataset.jsonl:" + line)
                .toList());
        assertThat(seconds).as("seconds to stream a gigabyte").isLessThan(120);
    }

    private static void assertNamesTheLimit(ValidationReport report, String limit) {
        assertThat(report.errors()).as("errors").isNotEmpty();
        if (limit.equals("not-a-policy")) {
            // The value is read on after its root, to find malformed JSON in it, until a limit stops the reading.
            assertThat(report.errors()).extracting(Violation::code)
                    .containsExactly("format.not-a-policy", "format.limit");
            return;
        }
        if (limit.equals("maxProblems")) {
            Violation last = report.errors().get(report.errors().size() - 1);
            assertThat(last.code()).isEqualTo("format.too-many-problems");
            assertThat(report.errors()).hasSizeLessThanOrEqualTo(ReadLimits.defaults().maxProblems() + 1);
            return;
        }
        assertThat(report.errors()).filteredOn(v -> v.code().equals("format.limit")).singleElement()
                .satisfies(violation -> {
                    assertThat(violation.arguments().get("limit")).matches(limit);
                    assertThat(violation.message()).contains("ReadLimits." + violation.arguments().get("limit"));
                    assertThat(violation.location()).isPresent();
                });
    }

    private static Supplier<InputStream> input(String head, String unit, long count, String tail) {
        return () -> GeneratedInput.of(head, unit, count, tail);
    }

    private static void write(Path file, InputStream in) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20); in) {
            copy(in, out);
        }
    }

    private static long copy(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            out.write(buffer, 0, n);
            total += n;
        }
        return total;
    }
}
