package io.github.frivillig.core.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import io.github.frivillig.core.text.Languages;
import io.github.frivillig.core.validation.constraints.LanguageTag;

/** Checks {@link LanguageTag}. */
public final class LanguageTagValidator implements ConstraintValidator<LanguageTag, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || Languages.isWellFormed(value.toString());
    }
}
