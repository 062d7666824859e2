package io.github.frivillig.core.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import io.github.frivillig.core.validation.constraints.NotBlankIfGiven;

/** Checks {@link NotBlankIfGiven}. */
public final class NotBlankIfGivenValidator implements ConstraintValidator<NotBlankIfGiven, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || !value.toString().isBlank();
    }
}
