package io.github.frivillig.core.policy;

import java.math.BigDecimal;
import java.util.Objects;

import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

import io.github.frivillig.core.validation.constraints.StatedNumber;
import io.github.frivillig.core.value.CountQualifier;
import io.github.frivillig.core.value.PartialDate;

/**
 * A value of an indicator at a date: a baseline, a target or an actual value.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param value  the value, required
 * @param date  when the value was or is to be measured, null if not given
 * @param qualifier  how exactly the value is known ("nearly 1 000"), null if exactly
 */
@StatedNumber
public record Measurement(
        @NotNull @Nullable BigDecimal value,
        @Nullable PartialDate date,
        @Nullable CountQualifier qualifier) {

    /**
     * Obtains a measurement.
     *
     * @param value  the value, not null
     * @param date  the date, null if not given
     * @return the measurement, not null
     */
    public static Measurement of(BigDecimal value, @Nullable PartialDate date) {
        return new Measurement(Objects.requireNonNull(value, "value"), date, null);
    }
}
