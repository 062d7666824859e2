package io.github.frivillig.core.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import io.github.frivillig.core.policy.Measurement;
import io.github.frivillig.core.validation.constraints.StatedNumber;
import io.github.frivillig.core.value.Count;
import io.github.frivillig.core.value.CountQualifier;
import io.github.frivillig.core.value.Money;

/**
 * Checks {@link StatedNumber}. A count without the value its qualifier needs points at the count, as for anything
 * missing; a value or qualifier that should not be there, or the upper end of a range below its lower end, points at
 * itself.
 */
public final class StatedNumberValidator implements ConstraintValidator<StatedNumber, Object> {

    static final String MISSING = "{io.github.frivillig.core.validation.constraints.StatedNumber.missingValue.message}";
    static final String VAGUE_WITH_VALUE =
            "{io.github.frivillig.core.validation.constraints.StatedNumber.vagueWithValue.message}";
    static final String RANGE_REVERSED =
            "{io.github.frivillig.core.validation.constraints.StatedNumber.rangeReversed.message}";
    static final String VAGUE_AMOUNT =
            "{io.github.frivillig.core.validation.constraints.StatedNumber.vagueAmount.message}";

    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
        if (value instanceof Count count) {
            if (count.value() == null && !count.qualifier().isVague()) {
                return OneViolation.report(context, MISSING);
            }
            if ((count.value() != null || count.upTo() != null) && count.qualifier().isVague()) {
                return OneViolation.report(context, VAGUE_WITH_VALUE, "qualifier");
            }
            if (count.value() != null && count.upTo() != null && count.upTo() < count.value()) {
                return OneViolation.report(context, RANGE_REVERSED, "upTo");
            }
        } else if (value instanceof Money money && isVague(money.qualifier())) {
            return OneViolation.report(context, VAGUE_AMOUNT, "qualifier");
        } else if (value instanceof Measurement measurement && isVague(measurement.qualifier())) {
            return OneViolation.report(context, VAGUE_AMOUNT, "qualifier");
        }
        return true;
    }

    private static boolean isVague(CountQualifier qualifier) {
        return qualifier != null && qualifier.isVague();
    }
}
