package io.github.frivillig.core.policy;

import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

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
public record Indicator(
        @NotNull @ValidText @Nullable LocalizedText name,
        @Nullable String unit,
        @Valid @Nullable Measurement baseline,
        @Valid @Nullable Measurement target,
        @Valid @Nullable Measurement actual) {

    /**
     * Returns a builder for a {@code Indicator}, with every collection empty and every other value null.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder that starts with the values of this {@code Indicator}.
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.name = name;
        builder.unit = unit;
        builder.baseline = baseline;
        builder.target = target;
        builder.actual = actual;
        return builder;
    }

    /**
     * Builds a {@link Indicator}.
     * <p>
     * This class is mutable and not thread-safe.
     */
    public static final class Builder {
        private LocalizedText name;
        private String unit;
        private Measurement baseline;
        private Measurement target;
        private Measurement actual;

        private Builder() {
        }

        /**
         * Sets name: what is measured, required.
         *
         * @param name  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder name(@Nullable LocalizedText name) {
            this.name = name;
            return this;
        }

        /**
         * Sets unit: the unit, such as "%" or "associations", null if a plain count.
         *
         * @param unit  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder unit(@Nullable String unit) {
            this.unit = unit;
            return this;
        }

        /**
         * Sets baseline: the value at the start, null if not given.
         *
         * @param baseline  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder baseline(@Nullable Measurement baseline) {
            this.baseline = baseline;
            return this;
        }

        /**
         * Sets target: the value aimed at, null if not given.
         *
         * @param target  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder target(@Nullable Measurement target) {
            this.target = target;
            return this;
        }

        /**
         * Sets actual: the latest measured value, null if not yet measured.
         *
         * @param actual  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder actual(@Nullable Measurement actual) {
            this.actual = actual;
            return this;
        }

        /**
         * Builds the {@code Indicator}. Nothing is checked beyond non-null collections; validation reports every
         * problem with the data.
         *
         * @return the {@code Indicator}, not null
         */
        public Indicator build() {
            return new Indicator(name, unit, baseline, target, actual);
        }
    }
}
