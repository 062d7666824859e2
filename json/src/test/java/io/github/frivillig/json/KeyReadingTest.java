package io.github.frivillig.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import io.github.frivillig.test.PolicyGenerator;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.validation.Severity;
import io.github.frivillig.core.validation.ValidationReport;
import io.github.frivillig.core.validation.Violation;

/** The keys of objects in the bytes: known keys however written, unknown, duplicate and null ones. */
class KeyReadingTest {

    private static final PolicyJson JSON = PolicyJson.standard();
    private static final Policy POLICY = PolicyGenerator.generate(5);
    private static final String TEXT = JSON.write(POLICY);

    @Test
    void readsKeysWrittenWithEscapes() {
        String escaped = TEXT.replace("\"formatVersion\"", "\"format\\u0056ersion\"")
                .replace("\"municipality\"", "\"\\u006dunicipality\"");

        assertThat(JSON.read(escaped)).isEqualTo(POLICY);
    }

    @Test
    void reportsAnUnknownKeyWithItsPlaceAndType() {
        String json = TEXT.replaceFirst("\\{\"formatVersion\"", "{\"førsteVersjon\":[1,{\"a\":2}],\"formatVersion\"");

        ValidationReport report = JSON.validate(json, Locale.ENGLISH);

        assertThat(report.errors()).hasSize(1);
        Violation unknown = report.errors().get(0);
        assertThat(unknown.code()).isEqualTo("format.unknown-key");
        assertThat(unknown.pointer()).isEqualTo("/førsteVersjon");
        assertThat(unknown.arguments()).containsEntry("key", "førsteVersjon").containsEntry("type", "policy");
    }

    @Test
    void reportsAnUnknownKeyOfANestedObject() {
        String json = TEXT.replaceFirst("\"municipality\":\\{", "\"municipality\":{\"kode\":\"x\",");

        ValidationReport report = JSON.validate(json, Locale.ENGLISH);

        assertThat(report.errors()).extracting(Violation::pointer).containsExactly("/municipality/kode");
        assertThat(report.errors().get(0).arguments()).containsEntry("type", "municipality");
    }

    @Test
    void skipsAnUnknownKeyWithAWarningWhenLenient() {
        String json = TEXT.replaceFirst("\\{\"formatVersion\"", "{\"extra\":{\"formatVersion\":\"9\"},\"formatVersion\"");
        PolicyJson lenient = PolicyJson.builder().lenient().build();

        PolicyJson.Result result = lenient.readAndValidate(json.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Locale.ENGLISH);

        assertThat(result.policy()).isEqualTo(POLICY);
        assertThat(result.report().withCode("format.unknown-key")).extracting(Violation::severity)
                .containsExactly(Severity.WARNING);
    }

    @Test
    void reportsADuplicateKey() {
        String json = TEXT.replaceFirst("\\{\"formatVersion\"", "{\"owner\":\"first-owner\",\"formatVersion\"");

        ValidationReport report = JSON.validate(json, Locale.ENGLISH);

        assertThat(report.errors()).extracting(Violation::code).containsExactly("format.duplicate-key");
        assertThat(report.errors().get(0).pointer()).isEqualTo("/owner");
        assertThat(report.errors().get(0).arguments()).containsEntry("key", "owner");
    }

    @Test
    void reportsTheSameUnknownKeyTwiceAsADuplicateEvenWhenLenient() {
        String json = TEXT.replaceFirst("\\{\"formatVersion\"", "{\"extra\":1,\"extra\":2,\"formatVersion\"");

        ValidationReport lenient = PolicyJson.builder().lenient().build().validate(json, Locale.ENGLISH);
        ValidationReport strict = JSON.validate(json, Locale.ENGLISH);

        assertThat(lenient.errors()).extracting(Violation::code, Violation::pointer)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("format.duplicate-key", "/extra"));
        assertThat(lenient.warnings()).extracting(Violation::code).containsExactly("format.unknown-key");
        assertThat(strict.errors()).extracting(Violation::code)
                .containsExactly("format.unknown-key", "format.duplicate-key");
    }

    @Test
    void reportsAnUnpairedSurrogateInAKeyAsInvalidTextAtItsObject() {
        for (String key : List.of("\\ud800", "a\\udc00", "\\ud800\\u0041")) {
            String json = "{\"formatVersion\": \"1.0\", \"title\": {\"nb\": \"Tittel\", \"" + key + "\": \"x\"}}";

            ValidationReport report = JSON.validate(json, Locale.ENGLISH);

            assertThat(report.errors()).extracting(Violation::code, Violation::pointer)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("format.invalid-text", "/title"));
        }
    }

    @Test
    void pointsAnOverLongKeyAtItsObjectNotAtTheKeyBeforeIt() {
        String longKey = "k".repeat(ReadLimits.defaults().maxNameLength() + 1);
        String nested = "{\"formatVersion\": \"1.0\", \"extensions\": {\"a\": 1, \"" + longKey + "\": 2}}";
        String root = "{\"formatVersion\": \"1.0\", \"" + longKey + "\": 2}";

        Violation inExtensions = JSON.validate(nested, Locale.ENGLISH).errors().get(0);
        Violation atRoot = JSON.validate(root, Locale.ENGLISH).errors().get(0);

        assertThat(inExtensions.code()).isEqualTo("format.limit");
        assertThat(inExtensions.arguments()).containsEntry("limit", "maxNameLength");
        assertThat(inExtensions.pointer()).isEqualTo("/extensions");
        assertThat(atRoot.arguments()).containsEntry("limit", "maxNameLength");
        assertThat(atRoot.pointer()).isEmpty();
    }

    @Test
    void reportsANullValue() {
        // A policy without a vision, so that the null vision is its only one.
        String json = JSON.write(POLICY.toBuilder().vision(null).build())
                .replaceFirst("\\{\"formatVersion\"", "{\"vision\":null,\"formatVersion\"");

        ValidationReport report = JSON.validate(json, Locale.ENGLISH);

        assertThat(report.errors()).extracting(Violation::code).containsExactly("format.null");
        assertThat(report.errors().get(0).arguments()).containsEntry("key", "vision");
    }

    @Test
    void readsTheSameThroughTheModuleFromCharactersAsFromBytes() {
        JsonMapper mapper = JsonMapper.builder().addModule(new FrivilligModule()).build();

        assertThat(mapper.readValue(new StringReader(TEXT), Policy.class)).isEqualTo(POLICY);
        assertThat(mapper.readValue(TEXT.getBytes(java.nio.charset.StandardCharsets.UTF_8), Policy.class))
                .isEqualTo(POLICY);
    }
}
