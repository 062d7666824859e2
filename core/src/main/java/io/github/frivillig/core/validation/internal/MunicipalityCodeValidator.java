package io.github.frivillig.core.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import io.github.frivillig.core.municipality.Municipality;
import io.github.frivillig.core.validation.constraints.MunicipalityCode;

/**
 * Checks {@link MunicipalityCode}; the violation points at the municipality's {@code code}. A missing country or
 * code is {@code @NotNull}'s to report, so it passes here.
 */
public final class MunicipalityCodeValidator implements ConstraintValidator<MunicipalityCode, Municipality> {

    @Override
    public boolean isValid(Municipality value, ConstraintValidatorContext context) {
        if (value == null || value.country() == null || value.code() == null
                || value.country().isWellFormedMunicipalityCode(value.code())) {
            return true;
        }
        return OneViolation.report(context, context.getDefaultConstraintMessageTemplate(), "code");
    }
}
