package io.github.frivillig.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.validation.SourceLocation;
import io.github.frivillig.core.validation.ValidationReport;
import io.github.frivillig.core.validation.Violation;
import io.github.frivillig.core.value.ExtensionValue;

/**
 * Malformed JSON of every kind, from the test resources under {@code malformed/<kind>/}: truncated documents,
 * broken structure, bad escapes, lone surrogates, malformed numbers, comments, control characters, bytes that are
 * not UTF-8, byte order marks in the wrong place, deep nesting, empty input. Each must give a located format
 * violation and never any other throwable, through every way in: bytes, a stream, a file, and a user's own mapper.
 */
class HostileSyntaxTest {

    private static final PolicyJson JSON = PolicyJson.standard();
    private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new FrivilligModule()).build();
    private static final List<Locale> LANGUAGES = Stream.of("en", "nb", "nn", "da", "sv")
            .map(Locale::forLanguageTag).toList();

    /** The format errors of which each kind of malformed input must give at least one. */
    private static final Map<String, Set<String>> EXPECTED = Map.ofEntries(
            Map.entry("truncation", Set.of("format.syntax")),
            Map.entry("structure", Set.of("format.syntax", "format.trailing-content", "format.not-a-policy")),
            Map.entry("strings", Set.of("format.syntax")),
            Map.entry("surrogates", Set.of("format.invalid-text", "format.syntax")),
            Map.entry("numbers", Set.of("format.syntax", "format.limit", "format.number-range")),
            Map.entry("literals", Set.of("format.syntax")),
            Map.entry("comments", Set.of("format.syntax")),
            Map.entry("whitespace", Set.of("format.syntax")),
            Map.entry("encoding", Set.of("format.syntax", "format.invalid-text", "format.trailing-content",
                    "format.empty")),
            Map.entry("nesting", Set.of("format.limit", "format.not-a-policy")),
            Map.entry("empty", Set.of("format.empty", "format.syntax")));

    static Stream<Arguments> malformed() {
        return resources("malformed").filter(path -> !path.getParent().getFileName().toString().equals("unspecified"))
                .map(path -> Arguments.of(name(path), path));
    }

    static Stream<Arguments> unspecified() {
        return resources("malformed/unspecified").map(path -> Arguments.of(name(path), path));
    }

    @Test
    void theCorpusHoldsAFewHundredCasesOfEveryKind() {
        Map<String, Long> byKind = malformed().map(arguments -> ((String) arguments.get()[0]).split("/")[0])
                .collect(java.util.stream.Collectors.groupingBy(kind -> kind, java.util.stream.Collectors.counting()));
        assertThat(byKind.keySet()).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
        assertThat(byKind.values().stream().mapToLong(Long::longValue).sum()).isGreaterThanOrEqualTo(250);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void readingThrowsOnlyAPolicyFormatExceptionWithALocatedError(String name, Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);

        Throwable thrown = catchThrowable(() -> JSON.read(bytes));

        assertThat(thrown).as(name).isInstanceOf(PolicyFormatException.class);
        ValidationReport report = ((PolicyFormatException) thrown).report();
        List<Violation> format = FormatViolations.assertLocated(report, bytes);
        assertThat(report.errors()).as(name).isNotEmpty();
        assertThat(report.errors()).as("errors of %s", name).extracting(Violation::code)
                .containsAnyElementsOf(EXPECTED.get(kind(name)));
        assertThat(format).as(name).containsAll(report.errors());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void validatingReportsTheSameFormatErrorsInEveryLanguage(String name, Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        List<String> english = null;

        for (Locale language : LANGUAGES) {
            ValidationReport report = JSON.validate(bytes, language);

            assertThat(report.isValid()).as(name).isFalse();
            List<String> found = FormatViolations.assertLocated(report, bytes).stream().map(HostileSyntaxTest::where)
                    .toList();
            if (english == null) {
                english = found;
            } else {
                assertThat(found).as("%s in %s", name, language).isEqualTo(english);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void streamsAndFilesGiveTheSameErrorsAsBytes(String name, Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        List<String> fromBytes = errors(catchThrowable(() -> JSON.read(bytes)));

        assertThat(errors(catchThrowable(() -> JSON.read(new ByteArrayInputStream(bytes))))).as(name)
                .isEqualTo(fromBytes);
        assertThat(errors(catchThrowable(() -> JSON.read(file)))).as(name).isEqualTo(fromBytes);
        assertThat(formatErrors(JSON.validate(new ByteArrayInputStream(bytes), Locale.ENGLISH))).as(name)
                .isEqualTo(fromBytes);
        assertThat(formatErrors(JSON.validate(file, Locale.ENGLISH))).as(name).isEqualTo(fromBytes);
    }

    /**
     * A user's own mapper applies that mapper's limits, not {@link ReadLimits}, so a document that is merely deeper
     * or longer than PolicyJson allows may read there; anything else it throws is a Jackson exception.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void aUsersOwnMapperThrowsOnlyJacksonExceptions(String name, Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);

        Throwable thrown = catchThrowable(() -> MAPPER.readValue(bytes, Policy.class));

        if (kind(name).equals("nesting") || kind(name).equals("numbers")) {
            assertThat(thrown).as(name).satisfiesAnyOf(t -> assertThat(t).isNull(),
                    t -> assertThat(t).isInstanceOf(JacksonException.class));
        } else {
            assertThat(thrown).as(name).isInstanceOf(JacksonException.class);
        }
    }

    /**
     * Where RFC 8259 leaves the choice to the reader (a byte order mark before the document, UTF-16 and UTF-32,
     * overlong UTF-8 forms, noncharacters, extreme exponents), the outcome is still one of the two allowed: a policy,
     * or a report of located format problems.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("unspecified")
    void unspecifiedInputEitherReadsOrFailsWithALocatedError(String name, Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);

        Throwable thrown = catchThrowable(() -> JSON.read(bytes));
        ValidationReport report = JSON.validate(bytes, Locale.ENGLISH);

        if (thrown != null) {
            assertThat(thrown).as(name).isInstanceOf(PolicyFormatException.class);
            FormatViolations.assertLocated(((PolicyFormatException) thrown).report(), bytes);
            FormatViolations.assertLocated(report, bytes);
        } else {
            assertThat(report.violations()).as(name).noneMatch(v -> v.code().startsWith("format."));
        }
    }

    /** Files saved by Windows editors often start with a UTF-8 byte order mark; it is skipped, as RFC 8259 allows. */
    @Test
    void aByteOrderMarkBeforeTheDocumentIsSkipped() throws IOException {
        Path file = resource("malformed/unspecified/utf-8-bom-before-document.json");
        byte[] bytes = Files.readAllBytes(file);
        byte[] withoutMark = java.util.Arrays.copyOfRange(bytes, 3, bytes.length);

        assertThat(JSON.read(bytes)).isEqualTo(JSON.read(withoutMark));
    }

    @Test
    void aDefectOnALaterLineIsReportedOnThatLine() throws IOException {
        byte[] bytes = Files.readAllBytes(resource("malformed/structure/pretty-missing-comma-before-line-17.json"));

        Violation error = ((PolicyFormatException) catchThrowable(() -> JSON.read(bytes))).report().errors().get(0);

        assertThat(error.code()).isEqualTo("format.syntax");
        assertThat(error.location()).contains(SourceLocation.of(17, 6));
        assertThat(error.pointer()).isEqualTo("/measures/0/status");
    }

    @Test
    void aLoneSurrogateIsReportedAtTheTextThatHoldsIt() throws IOException {
        byte[] bytes = Files.readAllBytes(resource("malformed/surrogates/lone-high-in-title.json"));

        ValidationReport report = JSON.validate(bytes, Locale.ENGLISH);

        assertThat(report.errors()).extracting(Violation::code, Violation::pointer)
                .contains(org.assertj.core.groups.Tuple.tuple("format.invalid-text", "/title/nb"));
    }

    @Test
    void anUnquotedNameIsNotQuotedBackInTheMessage() {
        String json = "{\"formatVersion\": \"1.0\", \"contacts\": [{\"name\": Lena Bisgaard}]}";

        ValidationReport report = JSON.validate(json, Locale.ENGLISH);

        assertThat(report.errors()).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo("format.syntax");
            assertThat(error.pointer()).isEqualTo("/contacts/0/name");
            assertThat(error.message()).doesNotContain("Lena", "Bisgaard");
            assertThat(error.arguments().values()).noneMatch(value -> value.contains("Lena"));
        });
    }

    @Test
    void aNumberBeyondWhatBigDecimalHoldsIsOutOfRangeAtItsPlace() {
        String json = "{\"formatVersion\": \"1.0\", \"extensions\": {\"x\": 1e2147483648}}";

        Violation error = ((PolicyFormatException) catchThrowable(() -> JSON.read(json))).report().errors().get(0);

        assertThat(error.code()).isEqualTo("format.number-range");
        assertThat(error.pointer()).isEqualTo("/extensions/x");
        assertThat(error.location()).contains(SourceLocation.of(1, 46));
    }

    @Test
    void aLongNumberWithoutAnExponentIsKeptDigitForDigit() {
        // Only an exponent takes a scale beyond what a decimal holds: a number as long as the read limits allow is fine.
        String digits = "1".repeat(98);
        String json = "{\"formatVersion\": \"1.0\", \"extensions\": {\"x\": 0." + digits + ", \"y\": -" + digits
                + "}}";

        Policy policy = JSON.read(json);

        ExtensionValue.NumberValue x = (ExtensionValue.NumberValue) policy.extensions().get("x");
        assertThat(x.text()).isEqualTo("0." + digits);
        assertThat(x.value().scale()).isEqualTo(98);
        assertThat(policy.extensions().get("y")).hasToString("-" + digits);
        assertThat(JSON.write(policy)).contains("\"x\":0." + digits);
    }

    /** A stream that fails is the caller's problem, not the document's: it is thrown, as documented. */
    @Test
    void aFailingStreamIsThrownAsUncheckedIOException() {
        java.io.InputStream failing = new java.io.SequenceInputStream(
                new ByteArrayInputStream("{\"formatVersion\": \"1.0\", \"id\": \"no-".getBytes()),
                new java.io.InputStream() {
                    @Override
                    public int read() throws IOException {
                        throw new IOException("disk gone");
                    }
                });

        assertThat(catchThrowable(() -> JSON.read(failing))).isInstanceOf(UncheckedIOException.class)
                .hasRootCauseMessage("disk gone");
    }

    private static List<String> errors(Throwable thrown) {
        assertThat(thrown).isInstanceOf(PolicyFormatException.class);
        return ((PolicyFormatException) thrown).report().errors().stream().map(HostileSyntaxTest::where).toList();
    }

    /** The format errors only: where a value with a format error was left out, validation has more to say. */
    private static List<String> formatErrors(ValidationReport report) {
        return report.errors().stream().filter(v -> v.code().startsWith("format.")).map(HostileSyntaxTest::where)
                .toList();
    }

    private static String where(Violation violation) {
        return violation.code() + " " + violation.pointer() + " " + violation.location().orElse(null);
    }

    private static String kind(String name) {
        return name.substring(0, name.indexOf('/'));
    }

    private static String name(Path path) {
        return path.getParent().getFileName() + "/" + path.getFileName();
    }

    static Path resource(String name) {
        try {
            return Paths.get(Objects.requireNonNull(HostileSyntaxTest.class.getResource(name), name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Stream<Path> resources(String directory) {
        try (Stream<Path> files = Files.walk(resource(directory))) {
            return files.filter(Files::isRegularFile).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
