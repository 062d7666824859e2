package io.github.frivillig.core.validation.internal;

import java.util.Map;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import io.github.frivillig.core.text.Languages;
import io.github.frivillig.core.text.LocalizedText;
import io.github.frivillig.core.validation.constraints.ValidText;

/**
 * Checks {@link ValidText}. An empty text gets the {@code empty} message; each ill-formed language tag and each
 * blank text gets its own violation, pointing at the entry by its language tag.
 */
public final class LocalizedTextValidator implements ConstraintValidator<ValidText, LocalizedText> {

    static final String EMPTY_TEMPLATE = "{io.github.frivillig.core.validation.constraints.ValidText.empty.message}";
    static final String LANGUAGE_TAG_TEMPLATE =
            "{io.github.frivillig.core.validation.constraints.ValidText.languageTag.message}";
    static final String BLANK_TEMPLATE = "{io.github.frivillig.core.validation.constraints.ValidText.blank.message}";

    @Override
    public boolean isValid(LocalizedText value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        if (value.isEmpty()) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(EMPTY_TEMPLATE).addConstraintViolation();
            return false;
        }
        boolean valid = true;
        for (Map.Entry<String, String> entry : value.texts().entrySet()) {
            boolean wellFormed = Languages.isWellFormed(entry.getKey());
            boolean blank = entry.getValue().isBlank();
            if (wellFormed && !blank) {
                continue;
            }
            if (valid) {
                context.disableDefaultConstraintViolation();
                valid = false;
            }
            if (!wellFormed) {
                context.buildConstraintViolationWithTemplate(LANGUAGE_TAG_TEMPLATE)
                        .addPropertyNode(entry.getKey())
                        .addConstraintViolation();
            }
            if (blank) {
                context.buildConstraintViolationWithTemplate(BLANK_TEMPLATE)
                        .addPropertyNode(entry.getKey())
                        .addConstraintViolation();
            }
        }
        return valid;
    }
}
