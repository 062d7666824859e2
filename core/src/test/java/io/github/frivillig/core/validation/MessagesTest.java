package io.github.frivillig.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.frivillig.core.code.Codelists;
import io.github.frivillig.core.fixtures.ForeignDefaultLocale;
import io.github.frivillig.core.fixtures.MessageArguments;
import io.github.frivillig.core.municipality.Country;
import io.github.frivillig.core.municipality.Municipality;
import io.github.frivillig.core.organisation.IdentifierScheme;
import io.github.frivillig.core.organisation.OrganisationIdentifier;
import io.github.frivillig.core.policy.PolicyId;
import io.github.frivillig.core.text.LocalizedText;
import io.github.frivillig.core.validation.constraints.LanguageTag;
import io.github.frivillig.core.validation.constraints.MunicipalityCode;
import io.github.frivillig.core.validation.constraints.OrganisationNumber;
import io.github.frivillig.core.validation.constraints.PhoneNumber;
import io.github.frivillig.core.validation.constraints.ValidLocalId;
import io.github.frivillig.core.validation.constraints.ValidPeriod;
import io.github.frivillig.core.validation.constraints.ValidPolicyId;
import io.github.frivillig.core.validation.constraints.ValidText;
import io.github.frivillig.core.validation.internal.Rule;
import io.github.frivillig.core.value.LocalId;
import io.github.frivillig.core.value.PartialDate;
import io.github.frivillig.core.value.Period;

/**
 * The messages and labels are complete in every shipped language, and resolve fully, under a JVM whose default
 * locale is none of them.
 */
@ExtendWith(ForeignDefaultLocale.class)
class MessagesTest {

    private static final List<String> LANGUAGES = Codelists.LANGUAGES;
    private static final String STANDARD_CONSTRAINTS = "jakarta.validation.constraints.";

    @ParameterizedTest
    @ValueSource(strings = {"/ContributorValidationMessages", "/io/github/frivillig/core/code/labels"})
    void everyLanguageHasExactlyTheEnglishKeys(String baseName) throws IOException {
        Set<String> english = load(baseName + ".properties").stringPropertyNames();
        assertThat(english).isNotEmpty();
        for (String language : LANGUAGES.subList(1, LANGUAGES.size())) {
            Properties translated = load(baseName + "_" + language + ".properties");
            // Only the translations carry the standard constraints' messages: English is Hibernate Validator's.
            assertThat(translated.stringPropertyNames().stream()
                    .filter(key -> !key.startsWith(STANDARD_CONSTRAINTS)).toList())
                    .as(language).containsExactlyInAnyOrderElementsOf(english);
            for (String key : english) {
                assertThat(translated.getProperty(key)).as(language + " " + key).isNotBlank();
                assertThat(MessageArguments.names(translated.getProperty(key))).as(language + " " + key)
                        .isEqualTo(MessageArguments.names(load(baseName + ".properties").getProperty(key)));
            }
        }
    }

    @Test
    void everyRuleHasAMessageThatResolvesInEveryLanguage() {
        LocalizedMessages messages = PolicyValidator.messages();
        for (String language : LANGUAGES) {
            for (Rule rule : Rule.values()) {
                String key = rule.messageKey();
                assertThat(messages.keys(language)).as(language + " " + key).contains(key);
                String message = messages.format(key, Locale.forLanguageTag(language), MessageArguments.dummies(
                        messages.template(key, Locale.forLanguageTag(language))));
                assertThat(message).as(language + " " + key).doesNotContain("{", "}", "$").isNotBlank();
            }
        }
    }

    @Test
    void everyCodelistValueHasALabelInEveryLanguage() {
        for (String language : LANGUAGES) {
            Locale locale = Locale.forLanguageTag(language);
            for (Class<? extends Enum<?>> codelist : List.of(Country.class, IdentifierScheme.class,
                    io.github.frivillig.core.code.Theme.class, io.github.frivillig.core.code.IcnpoCode.class)) {
                for (Enum<?> constant : codelist.getEnumConstants()) {
                    io.github.frivillig.core.code.Coded coded = (io.github.frivillig.core.code.Coded) constant;
                    assertThat(coded.label(locale)).as(language + " " + constant).isNotBlank()
                            .isNotEqualTo(coded.code());
                }
            }
        }
        assertThat(io.github.frivillig.core.code.Theme.VOLUNTEER_CENTRES.label(Locale.forLanguageTag("da")))
                .isNotEqualTo(io.github.frivillig.core.code.Theme.VOLUNTEER_CENTRES.label(Locale.ENGLISH));
    }

    /** A bean with every constraint of the model, each violated once. */
    record EveryConstraint(
            @ValidLocalId LocalId localId,
            @ValidPolicyId PolicyId policyId,
            @ValidText LocalizedText emptyText,
            @ValidText LocalizedText blankText,
            @ValidText LocalizedText badTag,
            @LanguageTag String language,
            @ValidPeriod Period period,
            @OrganisationNumber OrganisationIdentifier malformedIdentifier,
            @OrganisationNumber OrganisationIdentifier wrongCheckDigit,
            @OrganisationNumber(scheme = IdentifierScheme.DK_CVR) String cvr,
            @PhoneNumber String phone,
            @jakarta.validation.Valid Municipality municipality) {
    }

    @Test
    void hibernateValidatorInterpolatesEveryConstraintMessageInEveryLanguage() {
        EveryConstraint bean = new EveryConstraint(LocalId.of("Bad"), PolicyId.of("Bad"), LocalizedText.empty(),
                LocalizedText.of("nb", " "), LocalizedText.of("nb_NO", "Tekst"), "nb_NO",
                Period.between(PartialDate.ofYear(2025), PartialDate.ofYear(2024)),
                OrganisationIdentifier.of(IdentifierScheme.NO_ORGNR, "12"),
                // 974760673 is Brønnøysundregistrene's own organisation number; the last digit is changed.
                OrganisationIdentifier.of(IdentifierScheme.NO_ORGNR, "974760674"),
                // 13585628 passes the CVR rule; 13585629 does not.
                "13585629", "ring meg", new Municipality(Country.DENMARK, "4001", "Odense", null, List.of()));
        Map<String, String> englishMessages = new HashMap<>();
        for (String language : LANGUAGES) {
            Locale locale = Locale.forLanguageTag(language);
            Validator validator = Validation.byProvider(HibernateValidator.class).configure()
                    .messageInterpolator(new ParameterMessageInterpolator(Set.of(locale), locale, false))
                    .buildValidatorFactory().getValidator();
            Set<ConstraintViolation<EveryConstraint>> violations = validator.validate(bean);

            assertThat(violations).hasSize(12);
            for (ConstraintViolation<EveryConstraint> violation : violations) {
                String where = language + " " + violation.getPropertyPath();
                assertThat(violation.getMessage()).as(where).doesNotContain("{", "}", "$").isNotBlank();
                if (language.equals("en")) {
                    englishMessages.put(violation.getPropertyPath().toString(), violation.getMessage());
                } else {
                    assertThat(violation.getMessage()).as(where)
                            .isNotEqualTo(englishMessages.get(violation.getPropertyPath().toString()));
                }
            }
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
