package io.github.frivillig.core.validation.constraints;

import static io.github.frivillig.core.validation.constraints.Validators.assertOneViolation;
import static io.github.frivillig.core.validation.constraints.Validators.template;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.validation.ConstraintViolation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.frivillig.core.text.LocalizedText;

// The title is Porsgrunn's, from the seeds: "Frivillighetsstrategi for Porsgrunn kommune".
class ValidTextTest {

    record Titled(@ValidText LocalizedText title) {
    }

    @RegisterExtension
    static final TestValidator validator = new TestValidator();

    @Test
    void acceptsNonBlankTextsUnderWellFormedTags() {
        LocalizedText title = LocalizedText.builder()
                .text("nb", "Frivillighetsstrategi for Porsgrunn kommune")
                .machineTranslation("en", "Volunteer strategy for Porsgrunn municipality")
                .build();

        assertThat(validator.validate(new Titled(title))).isEmpty();
    }

    @Test
    void acceptsNoText() {
        assertThat(validator.validate(new Titled(null))).isEmpty();
    }

    @Test
    void reportsAnEmptyTextOnTheProperty() {
        var violation = assertOneViolation(validator.validate(new Titled(LocalizedText.empty())), "title",
                "ValidText.empty");

        assertThat(violation.getMessage()).isEqualTo("must have a text in at least one language");
    }

    @Test
    void reportsABlankEntryUnderItsLanguageTag() {
        LocalizedText title = LocalizedText.builder()
                .text("nb", "Frivillighetsstrategi for Porsgrunn kommune")
                .text("nn", " \t")
                .build();

        assertOneViolation(validator.validate(new Titled(title)), "title.nn", "ValidText.blank");
    }

    @Test
    void reportsAnIllFormedLanguageTagUnderTheTag() {
        LocalizedText title = LocalizedText.of("nb_NO", "Frivillighetsstrategi for Porsgrunn kommune");

        assertOneViolation(validator.validate(new Titled(title)), "title.nb_NO", "ValidText.languageTag");
    }

    @Test
    void reportsEachProblemOfEachEntrySeparately() {
        LocalizedText title = LocalizedText.builder()
                .text("nb", "Frivillighetsstrategi for Porsgrunn kommune")
                .text("nb_NO", "")
                .text("nn", "")
                .build();

        assertThat(validator.validate(new Titled(title)))
                .extracting(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessageTemplate)
                .containsExactlyInAnyOrder(
                        tuple("title.nb_NO", template("ValidText.languageTag")),
                        tuple("title.nb_NO", template("ValidText.blank")),
                        tuple("title.nn", template("ValidText.blank")));
    }
}
