package io.github.frivillig.core.validation.constraints;

import static io.github.frivillig.core.validation.constraints.Validators.assertOneViolation;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageTagTest {

    record Document(@LanguageTag String language) {
    }

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void buildValidator() {
        factory = Validators.newFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void closeFactory() {
        factory.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nb", "da", "nn-NO", "se", "en-t-nb-t0-und"})
    void acceptsAWellFormedTag(String tag) {
        assertThat(validator.validate(new Document(tag))).isEmpty();
    }

    @Test
    void acceptsNoTag() {
        assertThat(validator.validate(new Document(null))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nb_NO", "", "x-private", "norsk bokmål", "123"})
    void reportsAMalformedTag(String tag) {
        var violation = assertOneViolation(validator.validate(new Document(tag)), "language", "LanguageTag");

        assertThat(violation.getMessage()).isEqualTo("must be a well-formed BCP 47 language tag");
    }
}
