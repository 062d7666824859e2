package io.github.frivillig.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static io.github.frivillig.test.FrivilligAssertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.frivillig.core.validation.Severity;
import io.github.frivillig.core.validation.SourceLocation;
import io.github.frivillig.core.validation.ValidationReport;
import io.github.frivillig.core.validation.Violation;

/**
 * Every class of problem in the bytes is a located violation, with its code, JSON Pointer, line and column, never
 * an exception from inside Jackson; recoverable problems are all found in one pass.
 */
class FormatErrorsTest {

    private static final PolicyJson JSON = PolicyJson.standard();

    /**
     * A minimal valid document, one key per line, so that line numbers in the tests are easy to read. Its source's
     * date dates it, so that its municipality is checked on that date rather than reported as checked on today's.
     */
    private static final String VALID = """
            {
              "formatVersion": "1.0",
              "id": "no-4001-test",
              "municipality": {"country": "NO", "code": "4001", "name": "Porsgrunn"},
              "title": {"nb": "Frivillighetspolitikk", "nn": "Frivilligheitspolitikk"},
              "kind": "policy", "sources": [{"id": "s", "kind": "web-page", "title": {"nb": "K", "nn": "K"}, "published": "2025"}],
              "status": "in-dialogue"
            }
            """;

    @Test
    void theMinimalDocumentIsValid() {
        assertThat(JSON.validate(VALID, Locale.ENGLISH)).hasNoViolations();
    }

    /**
     * Each case replaces the document's last line (line 7, indented by two spaces) and names the text at which the
     * problem must be located: the key for problems with keys, the value for problems with values.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown key                | "status": "in-dialogue", "colour": "blue"       | format.unknown-key      | /colour              | "colour"
            duplicate key              | "status": "in-dialogue", "status": "draft"      | format.duplicate-key    | /status              | "status": "draft"
            wrong type                 | "status": ["draft"]                             | format.wrong-type       | /status              | ["draft"]
            null value                 | "status": null                                  | format.null             | /status              | null
            unknown code               | "status": "finished"                            | format.unknown-code     | /status              | "finished"
            malformed partial date     | "status": "draft", "validity": {"from": "2024-13"} | format.malformed-value | /validity/from     | "2024-13"
            malformed uri              | "status": "draft", "decisions": [{"kind": "mandate", "url": "not a uri"}] | format.malformed-value | /decisions/0/url | "not a uri"
            number out of range        | "status": "draft", "events": [{"id": "e", "kind": "other", "status": "held", "participation": {"attendees": {"value": 99999999999}}}] | format.number-range | /events/0/participation/attendees/value | 99999999999
            unknown identifier scheme  | "status": "draft", "organisations": [{"id": "o", "name": "O", "kind": "other", "identifier": "xx-orgnr:1"}] | format.unknown-code | /organisations/0/identifier | "xx-orgnr:1"
            duplicate language         | "status": "draft", "vision": {"nb": "Visjon", "nb": "Igjen"} | format.duplicate-key | /vision/nb | "nb": "Igjen"
            duplicate extension key    | "status": "draft", "extensions": {"x": 1, "x": 2} | format.duplicate-key  | /extensions/x        | "x": 2
            """)
    void recoverableProblemIsLocated(String name, String lastLine, String code, String pointer, String at) {
        String json = VALID.replace("\"status\": \"in-dialogue\"", lastLine);
        long column = 2 + lastLine.indexOf(at) + 1;

        ValidationReport report = JSON.validate(json, Locale.ENGLISH);

        assertThat(report.violations()).as(report.violations().toString()).hasSize(1);
        Violation violation = report.violations().get(0);
        assertThat(violation.code()).isEqualTo(code);
        assertThat(violation.severity()).isEqualTo(Severity.ERROR);
        assertThat(violation.pointer()).isEqualTo(pointer);
        assertThat(violation.location()).contains(SourceLocation.of(7, column));
        assertThat(violation.message()).doesNotContain("{", "}");
        assertThatThrownBy(() -> JSON.read(json)).isInstanceOf(PolicyFormatException.class)
                .hasMessageContaining(code).hasMessageContaining(pointer);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            truncated         | {"formatVersion": "1.0", "id": "x"                 | format.syntax           | 1
            trailing comma    | {"formatVersion": "1.0",}                          | format.syntax           | 1
            single quotes     | {'formatVersion': '1.0'}                           | format.syntax           | 1
            comment           | {"formatVersion": "1.0" /* c */}                   | format.syntax           | 1
            leading zero      | {"formatVersion": "1.0", "x": 01}                  | format.syntax           | 1
            NaN               | {"formatVersion": "1.0", "x": NaN}                 | format.syntax           | 1
            array at the root | [1, 2]                                             | format.not-a-policy     | 1
            string at root    | "policy"                                           | format.not-a-policy     | 1
            two documents     | {"formatVersion": "1.0"} {"formatVersion": "1.0"}  | format.trailing-content | 1
            """)
    void fatalProblemIsLocatedAndStopsReading(String name, String json, String code, long line) {
        ValidationReport report = JSON.validate(json, Locale.ENGLISH);

        assertThat(report.violations()).extracting(Violation::code).contains(code);
        Violation fatal = report.violations().stream().filter(v -> v.code().equals(code)).findFirst().orElseThrow();
        assertThat(fatal.location()).get().extracting(SourceLocation::line).isEqualTo(line);
        assertThat(fatal.message()).isNotBlank();
        assertThatThrownBy(() -> JSON.read(json)).isInstanceOf(PolicyFormatException.class);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            trailing comma in an array   | [1,]
            unclosed array               | [1, 2
            unclosed string              | "policy
            bad token after an array     | [1] x
            """)
    void malformedJsonIsASyntaxErrorWhateverItsRoot(String name, String json) {
        ValidationReport report = JSON.validate(json, Locale.ENGLISH);

        assertThat(report.errors()).extracting(Violation::code)
                .containsExactly("format.not-a-policy", "format.syntax");
        assertThat(report.errors().get(1).location()).get().extracting(SourceLocation::line).isEqualTo(1L);
    }

    @Test
    void formatExceptionKeepsItsReportWhenSerialized() throws IOException, ClassNotFoundException {
        PolicyFormatException thrown = org.assertj.core.api.Assertions.catchThrowableOfType(PolicyFormatException.class,
                () -> JSON.read("{\"formatVersion\": \"1.0\", \"id\": 7,\n \"title\": [}"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(thrown);
        }

        PolicyFormatException copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (PolicyFormatException) in.readObject();
        }

        assertThat(copy.report()).isEqualTo(thrown.report());
        assertThat(copy.report().violations()).isNotEmpty()
                .allSatisfy(violation -> assertThat(violation.location()).isPresent());
        assertThat(copy.getMessage()).isEqualTo(thrown.getMessage());
    }

    @Test
    void emptyDocumentIsReported() {
        assertThat(JSON.validate("   ", Locale.ENGLISH).violations()).extracting(Violation::code)
                .containsExactly("format.empty");
    }

    @Test
    void missingAndWrongFormatVersionAreReported() {
        String missing = VALID.replace("\"formatVersion\": \"1.0\",", "");
        String wrong = VALID.replace("\"formatVersion\": \"1.0\"", "\"formatVersion\": \"2.0\"");

        assertThat(JSON.validate(missing, Locale.ENGLISH).violations()).extracting(Violation::code, Violation::pointer)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("format.missing-key", ""));
        assertThat(JSON.validate(wrong, Locale.ENGLISH).violations()).extracting(Violation::code)
                .containsExactly("format.version-unsupported");
    }

    @Test
    void everyRecoverableProblemIsFoundInOnePassTogetherWithValidationProblems() {
        String json = """
                {
                  "formatVersion": "1.0",
                  "id": "Bad Id",
                  "municipality": {"country": "NO", "code": "4001", "name": "Porsgrunn", "region": "Telemark"},
                  "title": {"nb": "Tittel", "nn": "Tittel"},
                  "kind": "manifesto",
                  "status": "draft",
                  "events": [
                    {"id": "e1", "kind": "cafe-dialogue", "status": "held", "date": "2024-02-30"},
                    {"id": "e1", "kind": "cafe-dialogue", "status": "cancelled"}
                  ]
                }
                """;

        ValidationReport report = JSON.validate(json, Locale.ENGLISH);

        assertThat(report.violations()).extracting(v -> v.code() + " " + v.pointer() + " " + v.location().orElseThrow())
                .containsExactlyInAnyOrder(
                        // Format problems point at the key or value at fault ...
                        "format.unknown-key /municipality/region 4:74",
                        "format.unknown-code /kind 6:11",
                        "format.malformed-value /events/0/date 9:69",
                        // The only date is malformed, so the municipality is checked on today's codes and says so.
                        "municipality.undated /municipality/code 4:37",
                        // ... validation problems at the key of the value at fault, or, for something missing, at
                        // the object that lacks it.
                        "policy-id.malformed /id 3:3",
                        "id.duplicate /events/1/id 10:6",
                        "event.cancellation-reason-missing /events/1/cancellationReason 10:5");
        // kind is required, but its problem is the unknown code: it is not reported twice.
        assertThat(report).hasNoViolation("required");
    }

    @Test
    void lenientModeWarnsAboutUnknownKeysAndReads() {
        PolicyJson lenient = PolicyJson.builder().lenient().build();
        String json = VALID.replace("\"status\": \"in-dialogue\"", "\"status\": \"in-dialogue\", \"colour\": \"blue\"");

        ValidationReport report = lenient.validate(json, Locale.ENGLISH);

        assertThat(report.violations()).extracting(Violation::code, Violation::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("format.unknown-key", Severity.WARNING));
        assertThat(report).isValid().hasViolation("format.unknown-key").at("/colour")
                .hasSeverity(Severity.WARNING);
        assertThat(lenient.read(json).status()).isNotNull();
    }

    @Test
    void messagesComeInTheRequestedLanguage() {
        String json = VALID.replace("\"status\": \"in-dialogue\"", "\"status\": \"finished\"");
        List<String> messages = List.of("en", "nb", "nn", "da", "sv").stream()
                .map(language -> JSON.validate(json, Locale.forLanguageTag(language)).violations().get(0).message())
                .toList();

        assertThat(messages).doesNotHaveDuplicates().allSatisfy(message -> assertThat(message).contains("finished"));
    }

    @Test
    void tooManyProblemsStopsReadingAtTheLimit() {
        StringBuilder themes = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            themes.append(i == 0 ? "" : ",").append("\"no-such-theme-").append(i).append('"');
        }
        String json = VALID.replace("\"status\": \"in-dialogue\"",
                "\"status\": \"in-dialogue\", \"principles\": [{\"id\": \"p\", \"kind\": \"value\", \"themes\": ["
                        + themes + "]}]");
        PolicyJson limited = PolicyJson.builder().limits(ReadLimits.defaults().withMaxProblems(10)).build();

        ValidationReport report = limited.validate(json, Locale.ENGLISH);

        assertThat(report.violations()).hasSize(11);
        assertThat(report.violations().get(10).code()).isEqualTo("format.too-many-problems");
    }

    @Test
    void exceededLimitNamesTheLimit() {
        PolicyJson shallow = PolicyJson.builder().limits(ReadLimits.defaults().withMaxNestingDepth(8)).build();
        String deep = VALID.replace("\"status\": \"in-dialogue\"",
                "\"status\": \"in-dialogue\", \"extensions\": {\"a\": [[[[[[[[[1]]]]]]]]]}");

        Violation violation = shallow.validate(deep, Locale.ENGLISH).violations().get(0);

        assertThat(violation.code()).isEqualTo("format.limit");
        assertThat(violation.message()).containsIgnoringCase("nesting depth");
        assertThat(violation.location()).isPresent();
    }

    @Test
    void everyLengthLimitCanBeSetAndIsEnforced() {
        PolicyJson strict = PolicyJson.builder().limits(ReadLimits.defaults().withMaxNumberLength(5)
                .withMaxNameLength(32).withMaxStringLength(40)).build();
        String strings = VALID.replace("\"status\": \"in-dialogue\"",
                "\"status\": \"in-dialogue\", \"extensions\": {\"s\": \"" + "s".repeat(41) + "\"}");
        String numbers = VALID.replace("\"status\": \"in-dialogue\"",
                "\"status\": \"in-dialogue\", \"extensions\": {\"n\": 1234567}");
        String names = VALID.replace("\"status\": \"in-dialogue\"",
                "\"status\": \"in-dialogue\", \"extensions\": {\"" + "k".repeat(33) + "\": 1}");

        assertThat(strict.validate(numbers, Locale.ENGLISH).violations()).extracting(Violation::code)
                .containsExactly("format.limit");
        assertThat(strict.validate(names, Locale.ENGLISH).violations()).extracting(Violation::code)
                .containsExactly("format.limit");
        assertThat(strict.validate(strings, Locale.ENGLISH).violations()).extracting(Violation::code)
                .containsExactly("format.limit");
        assertThat(JSON.validate(numbers, Locale.ENGLISH).isValid()).isTrue();
        assertThat(JSON.validate(strings, Locale.ENGLISH).isValid()).isTrue();
    }

    @Test
    void aNumberLongerThanTheStringLimitIsStoppedByTheNumberLimit() {
        // The parser buffers a number's digits as it buffers a string, and checks the buffer against the string
        // limit while it grows; the report still names the limit the user would raise, for every kind of number.
        PolicyJson strict = PolicyJson.builder().limits(ReadLimits.defaults().withMaxNumberLength(5)
                .withMaxStringLength(40)).build();
        for (String number : List.of("1".repeat(2_000), "-" + "1".repeat(2_000), "1." + "5".repeat(2_000),
                "1e" + "9".repeat(2_000))) {
            String document = VALID.replace("\"status\": \"in-dialogue\"",
                    "\"status\": \"in-dialogue\", \"extensions\": {\"n\": " + number + "}");

            List<Violation> violations = strict.validate(document, Locale.ENGLISH).violations();

            assertThat(violations).extracting(Violation::code).as(number.substring(0, 3)).containsExactly("format.limit");
            assertThat(violations.get(0).arguments()).containsEntry("limit", "maxNumberLength");
            assertThat(violations.get(0).message()).contains("ReadLimits.maxNumberLength").contains("(5,")
                    .doesNotContain("maxStringLength");
        }
        String longString = VALID.replace("\"status\": \"in-dialogue\"",
                "\"status\": \"in-dialogue\", \"extensions\": {\"s\": \"" + "1".repeat(2_000) + "\"}");
        assertThat(strict.validate(longString, Locale.ENGLISH).violations().get(0).arguments())
                .containsEntry("limit", "maxStringLength");
    }

    @Test
    void theLimitOnElementsCanBeSetAndIsEnforced() {
        // 64 is the smallest limit (see docs/format.md, "Input limits").
        PolicyJson strict = PolicyJson.builder().limits(ReadLimits.defaults().withMaxElements(64)).build();
        String over = VALID.replace("\"status\": \"in-dialogue\"",
                "\"status\": \"in-dialogue\", \"extensions\": {\"a\": [" + "1, ".repeat(64) + "1]}");
        String at = VALID.replace("\"status\": \"in-dialogue\"",
                "\"status\": \"in-dialogue\", \"extensions\": {\"a\": [" + "1, ".repeat(63) + "1]}");

        Violation violation = strict.validate(over, Locale.ENGLISH).violations().get(0);

        assertThat(violation.code()).isEqualTo("format.limit");
        assertThat(violation.pointer()).isEqualTo("/extensions/a/64");
        assertThat(strict.validate(at, Locale.ENGLISH).isValid()).isTrue();
    }

    @Test
    void nestingDepthCannotBeSetBeyondWhatTheReaderCanRecurse() throws InterruptedException {
        assertThat(ReadLimits.defaults().withMaxNestingDepth(ReadLimits.MAX_NESTING_DEPTH).maxNestingDepth())
                .isEqualTo(256);
        assertThatThrownBy(() -> ReadLimits.defaults().withMaxNestingDepth(ReadLimits.MAX_NESTING_DEPTH + 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxNestingDepth");
        // At the highest depth, on a thread with the default stack size, the value can be read, validated,
        // written, compared, hashed and printed: the document's root, "extensions" and 254 arrays.
        PolicyJson deepest = PolicyJson.builder()
                .limits(ReadLimits.defaults().withMaxNestingDepth(ReadLimits.MAX_NESTING_DEPTH)).build();
        String deep = VALID.replace("\"status\": \"in-dialogue\"", "\"status\": \"in-dialogue\", \"extensions\": "
                + "{\"a\": " + "[".repeat(254) + "1" + "]".repeat(254) + "}");
        List<Object> outcome = new java.util.ArrayList<>();
        Thread thread = new Thread(() -> {
            var policy = deepest.read(deep);
            var again = deepest.read(deepest.write(policy));
            outcome.add(deepest.validate(deep, Locale.ENGLISH).isValid());
            outcome.add(again.equals(policy) && again.hashCode() == policy.hashCode());
            outcome.add(policy.toString().length() > 508);
        });
        thread.setUncaughtExceptionHandler((t, e) -> outcome.add(e));
        thread.start();
        thread.join();
        assertThat(outcome).containsExactly(true, true, true);
        // The standard writer refuses what its reader would reject, saying where, rather than writing it.
        assertThatThrownBy(() -> JSON.write(deepest.read(deep))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Cannot write the extension value at '/extensions/a/0/0/0")
                .hasMessageContaining("64 levels");
    }

    @Test
    void aTextEmptiedByAFormatProblemIsNotAlsoReportedAsEmpty() {
        String json = VALID.replace("\"status\": \"in-dialogue\"", "\"status\": \"in-dialogue\", \"vision\": {\"nb\": null}");

        ValidationReport report = JSON.validate(json, Locale.ENGLISH);

        assertThat(report.violations()).extracting(Violation::code, Violation::pointer)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("format.wrong-type", "/vision/nb"));
    }
}
