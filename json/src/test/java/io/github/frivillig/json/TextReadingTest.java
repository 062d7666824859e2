package io.github.frivillig.json;

import static org.assertj.core.api.Assertions.assertThat;
import static io.github.frivillig.test.FrivilligAssertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.frivillig.test.PolicyGenerator;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.text.LocalizedText;
import io.github.frivillig.core.validation.ValidationReport;
import io.github.frivillig.core.validation.Violation;

/** Texts in the bytes: duplicate language tags and strings that are not valid Unicode are reported. */
class TextReadingTest {

    private static final PolicyJson JSON = PolicyJson.standard();

    /** A valid policy whose title is replaced by the given JSON text of a title object. */
    private static String withTitle(String titleJson) {
        Policy policy = PolicyGenerator.generate(3).toBuilder().title(LocalizedText.of("nb", "PLACEHOLDER")).build();
        return JSON.write(policy).replace("{\"nb\":\"PLACEHOLDER\"}", titleJson);
    }

    @Test
    void reportsADuplicateLanguageTagAndKeepsTheFirstText() {
        String json = withTitle("{\"nb\":\"Først\",\"nn\":\"Andre\",\"nb\":\"Sist\"}");

        PolicyJson.Result result = JSON.readAndValidate(json.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Locale.ENGLISH);

        assertThat(result.report().errors()).extracting(Violation::code).containsExactly("format.duplicate-key");
        assertThat(result.report().errors().get(0).pointer()).isEqualTo("/title/nb");
        assertThat(result.report().errors().get(0).arguments()).containsEntry("key", "nb");
    }

    @Test
    void reportsADuplicateLanguageTagAmongManyTags() {
        StringBuilder title = new StringBuilder("{");
        for (int i = 0; i < 40; i++) {
            title.append("\"nb-x-t").append(i).append("\":\"Tekst\",");
        }
        title.append("\"nb-x-t7\":\"Igjen\",\"nb-x-t39\":\"Igjen\",\"nb\":\"Tekst\"}");

        ValidationReport report = JSON.validate(withTitle(title.toString()), Locale.ENGLISH);

        assertThat(report.withCode("format.duplicate-key")).extracting(Violation::pointer)
                .containsExactly("/title/nb-x-t7", "/title/nb-x-t39");
    }

    @Test
    void keepsBothTagsThatDifferOnlyInCaseAndReportsTheLaterAtItsPlace() {
        String document = withTitle("{\"nb\":\"Liten\",\"NB\":\"Stor\"}");

        Policy policy = JSON.read(document);
        ValidationReport report = JSON.validate(document, Locale.ENGLISH);

        // Nothing is lost on reading; the validator says that the two are one language.
        assertThat(policy.title().texts()).containsOnlyKeys("nb", "NB");
        int at = document.indexOf("\"NB\"");
        assertThat(report).hasViolation("text.duplicate-language").times(1).at("/title/NB")
                .isLocatedAt(1, at + 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\ud800", "a\\udc00b", "\\ud83e", "\\ud83e\\ud83e", "x\\udd1d"})
    void reportsStringsWithLoneSurrogates(String text) {
        ValidationReport report = JSON.validate(withTitle("{\"nb\":\"" + text + "\"}"), Locale.ENGLISH);

        assertThat(report.errors()).extracting(Violation::code).contains("format.invalid-text");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\ud83e\\udd1d", "🤝", "Æøå \\u00e6", "a\\ud83e\\udd1db"})
    void acceptsSurrogatePairs(String text) {
        ValidationReport report = JSON.validate(withTitle("{\"nb\":\"" + text + "\"}"), Locale.ENGLISH);

        assertThat(report.errors()).isEmpty();
    }
}
