package io.github.frivillig.core.validation.constraints;

import static io.github.frivillig.core.validation.constraints.Validators.assertOneViolation;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageTagTest {

    record Document(@LanguageTag String language) {
    }

    @RegisterExtension
    static final TestValidator validator = new TestValidator();

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
