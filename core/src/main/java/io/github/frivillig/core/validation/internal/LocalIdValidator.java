package io.github.frivillig.core.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import io.github.frivillig.core.validation.constraints.ValidLocalId;
import io.github.frivillig.core.value.LocalId;

/** Checks {@link ValidLocalId}. */
public final class LocalIdValidator implements ConstraintValidator<ValidLocalId, LocalId> {

    @Override
    public boolean isValid(LocalId value, ConstraintValidatorContext context) {
        return value == null || value.isWellFormed();
    }
}
