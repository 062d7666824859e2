package io.github.frivillig.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.frivillig.core.fixtures.TestPolicies;
import io.github.frivillig.core.municipality.Country;
import io.github.frivillig.core.municipality.Municipality;
import io.github.frivillig.core.organisation.IdentifierScheme;
import io.github.frivillig.core.organisation.Organisation;
import io.github.frivillig.core.organisation.OrganisationIdentifier;
import io.github.frivillig.core.organisation.OrganisationKind;
import io.github.frivillig.core.policy.Measure;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.text.LocalizedText;
import io.github.frivillig.core.validation.PolicyValidator;
import io.github.frivillig.core.validation.ValidationReport;
import io.github.frivillig.core.validation.Violation;
import io.github.frivillig.core.value.LocalId;
import io.github.frivillig.core.value.Person;

/**
 * Data that looks like a message template, an expression or a format string appears in messages and reports
 * exactly as it was given, in every language, through the validator and through PolicyJson: never evaluated,
 * never looked up as a message key, never formatted.
 */
class HostileTemplateTest {

    private static final List<String> PAYLOADS = List.of("${1+1}", "#{1+1}", "{0}", "{value}", "{property}",
            "${jndi:ldap://example.invalid/a}", "${java.version}", "#{T(java.lang.Runtime).getRuntime()}",
            "{jakarta.validation.constraints.NotNull.message}",
            "{io.github.frivillig.violation.required}", "%s%n%d", "{{7*7}}", "<%= 7*7 %>", "'{'0'}'", "$\\{x}");
    private static final List<Locale> LANGUAGES = Stream.of("en", "nb", "nn", "da", "sv")
            .map(Locale::forLanguageTag).toList();
    private static final PolicyValidator VALIDATOR = PolicyValidator.builder().includePersonalData().build();
    private static final PolicyJson JSON = PolicyJson.builder().validator(VALIDATOR).build();

    static Stream<Arguments> payloadsInEveryLanguage() {
        return PAYLOADS.stream().flatMap(payload -> LANGUAGES.stream().map(language -> Arguments.of(payload,
                language)));
    }

    /** A valid policy with the payload planted where validation must quote it. */
    private static Policy planted(String payload) {
        Policy valid = TestPolicies.valid().build();
        Measure measure = valid.measures().get(0).toBuilder().addPrinciple(LocalId.of(payload)).build();
        return valid.toBuilder()
                .language(payload)
                .municipality(Municipality.of(Country.NORWAY, "4001", payload))
                .title(LocalizedText.builder().text("nb", "Tittel").text("nn", "Tittel").text(payload, "x").build())
                .addOrganisation(Organisation.builder().id(LocalId.of("lag")).name(payload)
                        .kind(OrganisationKind.VOLUNTARY_ASSOCIATION)
                        .identifier(OrganisationIdentifier.of(IdentifierScheme.NO_ORGNR, payload)).build())
                .measures(List.of(measure))
                .addContact(Person.builder().name(payload).email(payload).phone(payload).build())
                .build();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("payloadsInEveryLanguage")
    void theValidatorQuotesTemplateLikeDataVerbatim(String payload, Locale language) {
        ValidationReport report = VALIDATOR.validate(planted(payload), language);

        assertQuoted(report, payload, "/language", "/municipality/name", "/organisations/1/identifier",
                "/measures/0/principles/1", "/title/" + token(payload));
        assertThat(report.violations()).filteredOn(v -> v.pointer().equals("/contacts/0/email")).singleElement()
                .satisfies(v -> assertThat(v.offendingValue()).contains(payload));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("payloadsInEveryLanguage")
    void policyJsonQuotesTemplateLikeDataVerbatim(String payload, Locale language) {
        byte[] json = JSON.writeBytes(planted(payload));

        ValidationReport report = JSON.validate(json, language);

        assertQuoted(report, payload, "/language", "/municipality/name", "/organisations/1/identifier",
                "/measures/0/principles/1", "/title/" + token(payload));
        assertThat(report.violations()).filteredOn(v -> v.pointer().equals("/language")).first()
                .satisfies(v -> assertThat(v.location()).isPresent());
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("payloadsInEveryLanguage")
    void formatProblemsQuoteTemplateLikeDataVerbatim(String payload, Locale language) {
        String quoted = "\"" + payload.replace("\\", "\\\\") + "\"";
        String json = "{\"formatVersion\": " + quoted + ", \"kind\": " + quoted + ", " + quoted + ": 1,"
                + " \"events\": [{\"id\": \"e\", \"date\": " + quoted + "}]}";

        ValidationReport report = JSON.validate(json, language);

        assertQuoted(report, payload, "/formatVersion", "/kind", "/" + token(payload),
                "/events/0/date");
    }

    /** Escapes a key as a JSON Pointer token (RFC 6901). */
    private static String token(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    /** Each pointer has a violation whose message holds the payload as it was given, and its arguments too. */
    private static void assertQuoted(ValidationReport report, String payload, String... pointers) {
        for (String pointer : pointers) {
            assertThat(report.violations()).as("violations at %s", pointer)
                    .filteredOn(v -> v.pointer().equals(pointer))
                    .anySatisfy(v -> {
                        assertThat(v.message()).contains(payload);
                        assertThat(v.arguments()).containsValue(payload);
                    });
        }
        // Apart from the payload itself, no message holds a placeholder or message key left unresolved.
        for (Violation violation : report.violations()) {
            String rest = violation.message().replace(payload, "");
            assertThat(rest).as(violation.code()).doesNotContain("{io.github.", "{jakarta.")
                    .doesNotContainPattern("\\{[a-z]+\\}");
        }
    }
}
