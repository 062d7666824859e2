package io.github.frivillig.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import io.github.frivillig.core.validation.Severity;
import io.github.frivillig.core.validation.ValidationReport;
import io.github.frivillig.core.validation.Violation;

/** What every problem found in the bytes of a document must carry, whatever the bytes were. */
final class FormatViolations {

    /** The problems that stop the parser; they must say where it stopped. */
    private static final Set<String> PARSER_CODES = Set.of("format.syntax", "format.limit");

    private FormatViolations() {
    }

    /**
     * Checks that the report has at least one format error, and that every format violation has a code, a JSON
     * Pointer, a message in plain words and, where the parser stopped, a line and column inside the document.
     *
     * @return the format violations of the report
     */
    static List<Violation> assertLocated(ValidationReport report, byte[] document) {
        List<Violation> format = report.violations().stream().filter(v -> v.code().startsWith("format.")).toList();
        assertThat(format).as("format violations").isNotEmpty();
        assertThat(format).as("format errors").anyMatch(v -> v.severity() == Severity.ERROR);
        long lines = new String(document, StandardCharsets.ISO_8859_1).lines().count();
        for (Violation violation : format) {
            assertThat(violation.code()).matches("format\\.[a-z-]+");
            assertThat(violation.pointer()).as("pointer of %s", violation.code()).matches("(/[^/]*)*");
            assertThat(violation.message()).as("message of %s", violation.code()).isNotBlank();
            if (PARSER_CODES.contains(violation.code())) {
                // The parser's own words, which may quote data only in the other problems' messages.
                assertThat(violation.message()).as("message of %s", violation.code())
                        .doesNotContain("StreamReadConstraints", "JsonReadFeature", "REDACTED", "{detail}");
                assertThat(violation.location()).as("location of %s", violation.code()).isPresent();
                assertThat(violation.location().get().line()).isBetween(1L, Math.max(1, lines) + 1);
                assertThat(violation.location().get().column()).isPositive();
            }
        }
        return format;
    }
}
