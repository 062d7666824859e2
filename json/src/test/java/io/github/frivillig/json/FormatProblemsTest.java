package io.github.frivillig.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.frivillig.core.validation.ValidationReport;
import io.github.frivillig.core.validation.Violation;

/** A problem in the bytes is reported once, at the value at fault, and not again as a follow-on problem. */
class FormatProblemsTest {

    private static final String POLICY = "{\"formatVersion\":\"1.0\",\"id\":\"no-3407-frivillighetspolitikk\","
            + "\"municipality\":{\"country\":\"NO\",\"code\":\"3407\",\"name\":\"Gjøvik\"},"
            + "\"title\":{\"nb\":\"Frivillighetspolitikk\"},\"kind\":\"policy\",\"status\":\"draft\"";

    private static ValidationReport validate(String json) {
        return PolicyJson.standard().validate(json, Locale.ENGLISH);
    }

    private static void assertOnlyError(String json, String code, String pointer) {
        assertThat(validate(json).errors()).extracting(Violation::code, Violation::pointer)
                .containsExactly(tuple(code, pointer));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "{'value': 1.5}                    | format.wrong-type      | /events/0/participation/attendees/value",
        "{'value': 3000000000}             | format.number-range    | /events/0/participation/attendees/value",
        "{'value': null}                   | format.null            | /events/0/participation/attendees/value",
        "{'value': '12'}                   | format.wrong-type      | /events/0/participation/attendees/value",
        "{'qualifier': 'about'}            | count.value-missing    | /events/0/participation/attendees"})
    void reportsAnInvalidCountValueOnceAndAMissingOneAsMissing(String count, String code, String pointer) {
        String json = POLICY + ",\"events\":[{\"id\":\"kafedialog\",\"kind\":\"cafe-dialogue\",\"status\":\"held\","
                + "\"participation\":{\"attendees\":" + count.replace('\'', '"') + "}}]}";

        assertOnlyError(json, code, pointer);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "{'amount': 100, 'currency': 'kroner'} | format.malformed-value | /measures/0/budget/currency",
        "{'amount': '100', 'currency': 'NOK'}  | format.wrong-type      | /measures/0/budget/amount",
        "{'amount': 100, 'currency': null}     | format.null            | /measures/0/budget/currency",
        "{'amount': 100}                       | format.missing-key     | /measures/0/budget",
        "{'currency': 'NOK'}                   | format.missing-key     | /measures/0/budget"})
    void reportsAnInvalidAmountOrCurrencyOnceAndAMissingOneAsMissing(String money, String code, String pointer) {
        String json = POLICY + ",\"measures\":[{\"id\":\"moteplasser\",\"title\":{\"nb\":\"Møteplasser\"},"
                + "\"status\":\"planned\",\"budget\":" + money.replace('\'', '"') + "}]}";

        assertOnlyError(json, code, pointer);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "'type': 'volunteer', | format.unknown-code | /referenceGroups/0/members/0/type",
        "'type': 7,           | format.wrong-type   | /referenceGroups/0/members/0/type",
        "\"\"                   | format.missing-key  | /referenceGroups/0/members/0"})
    void reportsAnInvalidMemberTypeOnceAndAMissingOneAsMissing(String type, String code, String pointer) {
        String json = POLICY + ",\"referenceGroups\":[{\"id\":\"referansegruppe\",\"name\":{\"nb\":\"Gruppe\"},"
                + "\"kind\":\"reference-group\",\"status\":\"active\",\"members\":[{" + type.replace('\'', '"')
                + "\"person\":{\"name\":\"Kari Nordmann\"},\"role\":\"member\"}]}]}";

        assertOnlyError(json, code, pointer);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "1.0   | format.wrong-type          | /formatVersion",
        "null  | format.null                | /formatVersion",
        "'2.0' | format.version-unsupported | /formatVersion"})
    void reportsAnInvalidFormatVersionOnceAtTheVersion(String version, String code, String pointer) {
        String json = POLICY.replace("\"formatVersion\":\"1.0\"", "\"formatVersion\":" + version.replace('\'', '"'))
                + "}";

        ValidationReport report = validate(json);

        assertThat(report.errors()).extracting(Violation::code, Violation::pointer)
                .containsExactly(tuple(code, pointer));
        assertThat(report.errors().get(0).location()).hasValueSatisfying(location ->
                assertThat(location.column()).isEqualTo(json.indexOf(':') + 2));
    }

    @Test
    void reportsAMissingFormatVersionAtTheDocument() {
        String json = POLICY.replace("\"formatVersion\":\"1.0\",", "") + "}";

        assertOnlyError(json, "format.missing-key", "");
    }

    @Test
    void aMissingFormatVersionDoesNotHideTheProblemsOfTheValues() {
        // 9999 has never been a Norwegian municipality number.
        String json = POLICY.replace("\"formatVersion\":\"1.0\",", "").replace("3407", "9999") + "}";

        assertThat(validate(json).errors()).extracting(Violation::code, Violation::pointer)
                .containsExactlyInAnyOrder(tuple("format.missing-key", ""),
                        tuple("municipality.unknown-code", "/municipality/code"));
    }

    @Test
    void formatAndValidationProblemsComeInTheOrderOfTheBytes() {
        String json = POLICY.replace("3407", "9999") + ",\"colour\":\"blue\"}";

        ValidationReport report = validate(json);

        assertThat(report.errors()).extracting(Violation::code, Violation::pointer).containsExactly(
                tuple("municipality.unknown-code", "/municipality/code"), tuple("format.unknown-key", "/colour"));
        assertThat(PolicyJson.standard().readAndValidate(json.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Locale.ENGLISH).policyIfRead()).isEmpty();
    }
}
