package io.github.frivillig.core.policy;

import java.time.Period;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;

import io.github.frivillig.core.text.LocalizedText;
import io.github.frivillig.core.validation.constraints.ValidLocalId;
import io.github.frivillig.core.validation.constraints.ValidText;
import io.github.frivillig.core.value.LocalId;
import io.github.frivillig.core.value.PartialDate;

/**
 * How a policy is followed up: who does it, how often it is revised (<i>rullering</i>), and its indicators.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param description  how the policy says it will be followed up, null if not said
 * @param responsible  the local ids of the organisations responsible for the follow-up
 * @param revisionInterval  how often the policy is to be revised, such as four years, null if not said
 * @param nextRevision  when the next revision is due, null if not said
 * @param indicators  the policy's indicators
 */
public record FollowUp(
        @ValidText @Nullable LocalizedText description,
        List<@ValidLocalId LocalId> responsible,
        @Nullable Period revisionInterval,
        @Nullable PartialDate nextRevision,
        List<@Valid Indicator> indicators) {

    /**
     * Creates a {@code FollowUp}, copying its collections.
     *
     * @param description  how the policy says it will be followed up, null if not said
     * @param responsible  the local ids of the organisations responsible for the follow-up, not null
     * @param revisionInterval  how often the policy is to be revised, such as four years, null if not said
     * @param nextRevision  when the next revision is due, null if not said
     * @param indicators  the policy's indicators, not null
     * @throws NullPointerException if a collection or an element of one is null
     */
    public FollowUp {
        responsible = List.copyOf(Objects.requireNonNull(responsible, "responsible"));
        indicators = List.copyOf(Objects.requireNonNull(indicators, "indicators"));
    }

    /**
     * Returns a builder for a {@code FollowUp}, with every collection empty and every other value null.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder that starts with the values of this {@code FollowUp}.
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.description = description;
        builder.responsible.addAll(responsible);
        builder.revisionInterval = revisionInterval;
        builder.nextRevision = nextRevision;
        builder.indicators.addAll(indicators);
        return builder;
    }

    /**
     * Builds a {@link FollowUp}.
     * <p>
     * This class is mutable and not thread-safe.
     */
    public static final class Builder {
        private LocalizedText description;
        private final java.util.ArrayList<LocalId> responsible = new java.util.ArrayList<>();
        private Period revisionInterval;
        private PartialDate nextRevision;
        private final java.util.ArrayList<Indicator> indicators = new java.util.ArrayList<>();

        private Builder() {
        }

        /**
         * Sets description: how the policy says it will be followed up, null if not said.
         *
         * @param description  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder description(@Nullable LocalizedText description) {
            this.description = description;
            return this;
        }

        /**
         * Replaces responsible: the local ids of the organisations responsible for the follow-up.
         *
         * @param responsible  the values, not null
         * @return this builder, not null
         */
        public Builder responsible(java.util.Collection<? extends LocalId> responsible) {
            Objects.requireNonNull(responsible, "responsible");
            this.responsible.clear();
            this.responsible.addAll(responsible);
            return this;
        }

        /**
         * Adds to responsible: the local ids of the organisations responsible for the follow-up.
         *
         * @param values  the values to add, not null
         * @return this builder, not null
         */
        public Builder addResponsible(LocalId... values) {
            for (LocalId value : values) {
                this.responsible.add(Objects.requireNonNull(value, "value"));
            }
            return this;
        }

        /**
         * Sets revisionInterval: how often the policy is to be revised, such as four years, null if not said.
         *
         * @param revisionInterval  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder revisionInterval(@Nullable Period revisionInterval) {
            this.revisionInterval = revisionInterval;
            return this;
        }

        /**
         * Sets nextRevision: when the next revision is due, null if not said.
         *
         * @param nextRevision  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder nextRevision(@Nullable PartialDate nextRevision) {
            this.nextRevision = nextRevision;
            return this;
        }

        /**
         * Replaces indicators: the policy's indicators.
         *
         * @param indicators  the values, not null
         * @return this builder, not null
         */
        public Builder indicators(java.util.Collection<? extends Indicator> indicators) {
            Objects.requireNonNull(indicators, "indicators");
            this.indicators.clear();
            this.indicators.addAll(indicators);
            return this;
        }

        /**
         * Adds to indicators: the policy's indicators.
         *
         * @param values  the values to add, not null
         * @return this builder, not null
         */
        public Builder addIndicator(Indicator... values) {
            for (Indicator value : values) {
                this.indicators.add(Objects.requireNonNull(value, "value"));
            }
            return this;
        }

        /**
         * Builds the {@code FollowUp}. Nothing is checked beyond non-null collections; validation reports every
         * problem with the data.
         *
         * @return the {@code FollowUp}, not null
         */
        public FollowUp build() {
            return new FollowUp(description, responsible, revisionInterval, nextRevision, indicators);
        }
    }
}
