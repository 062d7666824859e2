package io.github.frivillig.core.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import io.github.frivillig.core.validation.constraints.ValidPeriod;
import io.github.frivillig.core.value.Period;

/** Checks {@link ValidPeriod}; the violation points at the period's {@code to}. */
public final class PeriodValidator implements ConstraintValidator<ValidPeriod, Period> {

    @Override
    public boolean isValid(Period value, ConstraintValidatorContext context) {
        if (value == null || !value.endsBeforeItStarts()) {
            return true;
        }
        return OneViolation.report(context, context.getDefaultConstraintMessageTemplate(), "to");
    }
}
