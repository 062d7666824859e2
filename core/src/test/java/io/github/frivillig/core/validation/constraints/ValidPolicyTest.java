package io.github.frivillig.core.validation.constraints;

import static io.github.frivillig.core.fixtures.TestPolicies.id;
import static io.github.frivillig.core.fixtures.TestPolicies.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ExpressionLanguageFeatureLevel;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.github.frivillig.core.fixtures.ForeignDefaultLocale;
import io.github.frivillig.core.municipality.Country;
import io.github.frivillig.core.municipality.Municipality;
import io.github.frivillig.core.policy.Measure;
import io.github.frivillig.core.policy.MeasureStatus;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.validation.PolicyValidator;
import io.github.frivillig.core.validation.Violation;

/**
 * A host's own Bean Validation, with nothing of Frivillig's set up, applies the whole-policy rules through the
 * constraint on {@code Policy}: each error a constraint violation at its place, with Frivillig's violation as its
 * payload and a message in the host's language.
 */
@ExtendWith(ForeignDefaultLocale.class)
class ValidPolicyTest {

    private static ValidatorFactory defaults;

    @BeforeAll
    static void bootstrapAsAHostDoes() {
        // Hibernate Validator's defaults, expression language included, as in Spring Boot and Jakarta EE.
        defaults = Validation.buildDefaultValidatorFactory();
    }

    @AfterAll
    static void close() {
        defaults.close();
    }

    private static Policy unknownMunicipalityCode() {
        return valid().municipality(Municipality.of(Country.NORWAY, "9999", "Porsgrunn")).build();
    }

    private static Violation payload(ConstraintViolation<?> violation) {
        HibernateConstraintViolation<?> hibernate = violation.unwrap(HibernateConstraintViolation.class);
        return hibernate.getDynamicPayload(Violation.class);
    }

    @Test
    void plainValidatorReportsAnUnknownMunicipalityCodeWithItsCode() {
        Set<ConstraintViolation<Policy>> violations = defaults.getValidator().validate(unknownMunicipalityCode());

        assertThat(violations).hasSize(1);
        ConstraintViolation<Policy> violation = violations.iterator().next();
        assertThat(payload(violation).code()).isEqualTo("municipality.unknown-code");
        assertThat(payload(violation).pointer()).isEqualTo("/municipality/code");
        assertThat(violation.getPropertyPath()).hasToString("municipality.code");
        assertThat(violation.getConstraintDescriptor().getAnnotation()).isInstanceOf(ValidPolicy.class);
        assertThat(violation.getMessageTemplate())
                .isEqualTo("{io.github.frivillig.violation.municipality.unknown-code}");
        assertThat(violation.getMessage()).isEqualTo("“9999” has never been a municipality code of NO.");
    }

    @Test
    void eachViolationIsAtItsPlaceWithListIndicesOnTheirNodes() {
        Policy policy = valid()
                .addMeasure(Measure.builder().id(id("ny")).title(valid().build().title()).status(MeasureStatus.PLANNED)
                        .addRespondsTo(id("lokaler")).addRespondsTo(id("ukjent")).addResponsible(id("kommunen"))
                        .build())
                .addMeasure(Measure.builder().id(id("ny")).title(valid().build().title()).status(MeasureStatus.PLANNED)
                        .addResponsible(id("kommunen")).build())
                .build();

        Set<ConstraintViolation<Policy>> violations = defaults.getValidator().validate(policy);

        assertThat(violations).extracting(violation -> payload(violation).code(),
                        violation -> violation.getPropertyPath().toString())
                .containsExactlyInAnyOrder(
                        tuple("reference.unknown-input", "measures[1].respondsTo[1]"),
                        tuple("id.duplicate", "measures[2].id"));
        assertThat(violations).allSatisfy(violation -> assertThat(violation.getPropertyPath())
                .hasToString(payload(violation).path()));
    }

    @Test
    void warningsAndInformationAreNotConstraintViolations() {
        Policy policy = valid().addMeasure(Measure.builder().id(id("uten-ansvar")).title(valid().build().title())
                .status(MeasureStatus.PLANNED).build()).build();

        assertThat(defaults.getValidator().validate(policy)).isEmpty();
        assertThat(PolicyValidator.create().validate(policy).warnings())
                .extracting(Violation::code).containsExactly("measure.no-responsible");
    }

    @Test
    void messagesAreInTheHostsLanguage() {
        try (ValidatorFactory norwegian = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.forLanguageTag("nb")),
                        Locale.forLanguageTag("nb"), false))
                .buildValidatorFactory()) {
            ConstraintViolation<Policy> violation =
                    norwegian.getValidator().validate(unknownMunicipalityCode()).iterator().next();

            assertThat(violation.getMessage()).isEqualTo(PolicyValidator.messages().format(
                    "io.github.frivillig.violation.municipality.unknown-code", Locale.forLanguageTag("nb"),
                    java.util.Map.of("value", "9999", "country", "NO")));
            assertThat(violation.getMessage()).contains("9999").doesNotContain("never", "{", "}");
        }
    }

    @Test
    void dataInAMessageIsNeverEvaluatedEvenWithExpressionLanguageEnabled() {
        try (ValidatorFactory permissive = Validation.byProvider(HibernateValidator.class).configure()
                .customViolationExpressionLanguageFeatureLevel(ExpressionLanguageFeatureLevel.BEAN_PROPERTIES)
                .buildValidatorFactory()) {
            Policy policy = valid().owner(id("${1+1}{value}\\")).build();

            List<String> messages = permissive.getValidator().validate(policy).stream()
                    .filter(violation -> payload(violation) != null)
                    .map(ConstraintViolation::getMessage).toList();

            assertThat(messages).containsExactly("No organisation has the id “${1+1}{value}\\”.");
        }
    }

    @Test
    void todayIsTheDateOfTheHostsClock() {
        // A policy with no date of its own is checked on "today"; the register knows Norway's codes from 1995 on,
        // so before then an unknown code may have existed.
        Policy undated = Policy.builder().id(unknownMunicipalityCode().id())
                .municipality(unknownMunicipalityCode().municipality()).title(unknownMunicipalityCode().title())
                .kind(unknownMunicipalityCode().kind()).status(io.github.frivillig.core.policy.PolicyStatus.INITIATED)
                .build();
        Clock in1990 = Clock.fixed(Instant.parse("1990-06-01T12:00:00Z"), ZoneOffset.UTC);
        try (ValidatorFactory then = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .clockProvider(() -> in1990)
                .buildValidatorFactory()) {
            Validator validator = then.getValidator();

            assertThat(validator.validate(undated)).isEmpty();
            assertThat(defaults.getValidator().validate(undated)).extracting(violation -> payload(violation).code())
                    .containsExactly("municipality.unknown-code");
        }
    }

    @Test
    void fieldRulesStayHibernateValidatorsOwnWithoutPayload() {
        Set<ConstraintViolation<Policy>> violations = defaults.getValidator()
                .validate(valid().title(null).build());

        assertThat(violations).hasSize(1);
        ConstraintViolation<Policy> violation = violations.iterator().next();
        assertThat(violation.getPropertyPath()).hasToString("title");
        assertThat(payload(violation)).isNull();
    }
}
