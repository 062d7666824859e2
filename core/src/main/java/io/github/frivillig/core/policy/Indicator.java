package io.github.frivillig.core.policy;

import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

import io.github.frivillig.core.internal.BuilderStyle;
import io.github.frivillig.core.text.LocalizedText;
import io.github.frivillig.core.validation.constraints.ValidText;

/**
 * An indicator for following up a measure or a policy, with its baseline, target and actual value.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param name  what is measured, required
 * @param unit  the unit, such as "%" or "associations", null if a plain count
 * @param baseline  the value at the start, null if not given
 * @param target  the value aimed at, null if not given
 * @param actual  the latest measured value, null if not yet measured
 */
@Value.Builder
@BuilderStyle
public record Indicator(
        @NotNull @ValidText @Nullable LocalizedText name,
        @Nullable String unit,
        @Valid @Nullable Measurement baseline,
        @Valid @Nullable Measurement target,
        @Valid @Nullable Measurement actual) {

    /** {@return a new builder, with every collection empty and every other value null} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a new builder that starts with the values of this {@code Indicator}} */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /**
     * Builds an {@link Indicator} through the canonical constructor, checking nothing more than it does:
     * validation reports every problem with the data. Its methods, generated from the components at compile time,
     * are a setter for each component, and for each list {@code addX} of one element, {@code addXs} of several and
     * {@code addAllXs} of an iterable.
     * <p>
     * This class is mutable and not thread-safe.
     */
    public static final class Builder extends IndicatorBuilder {
        Builder() {
        }
    }
}
