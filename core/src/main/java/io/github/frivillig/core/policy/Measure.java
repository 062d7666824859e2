package io.github.frivillig.core.policy;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

import io.github.frivillig.core.code.Theme;
import io.github.frivillig.core.text.LocalizedText;
import io.github.frivillig.core.validation.constraints.ValidLocalId;
import io.github.frivillig.core.validation.constraints.ValidPeriod;
import io.github.frivillig.core.validation.constraints.ValidText;
import io.github.frivillig.core.value.ExtensionValue;
import io.github.frivillig.core.value.LocalId;
import io.github.frivillig.core.value.Money;
import io.github.frivillig.core.value.Period;

/**
 * A concrete measure of a policy (<i>tiltak</i>, <i>virkemiddel</i>, <i>initiativ</i>, <i>indsats</i>).
 * <p>
 * A measure serves principles of the policy, may answer inputs from the dialogue, and has responsible and partner
 * organisations; all are referred to by local id. That a measure answers an input is recorded here only, in
 * {@link #respondsTo()}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the local id, required
 * @param title  the title, required
 * @param description  the description, null if none
 * @param themes  the themes it concerns
 * @param principles  the local ids of the principles it serves
 * @param respondsTo  the local ids of the dialogue inputs it answers
 * @param responsible  the local ids of the organisations responsible for it
 * @param partners  the local ids of its partner organisations
 * @param status  where the measure is, required
 * @param period  when it runs, null if not given
 * @param budget  its budget, null if not given
 * @param indicators  its indicators
 * @param extensions  custom data that the model does not cover, kept and written back unchanged
 */
public record Measure(
        @NotNull @ValidLocalId @Nullable LocalId id,
        @NotNull @ValidText @Nullable LocalizedText title,
        @ValidText @Nullable LocalizedText description,
        List<Theme> themes,
        List<@ValidLocalId LocalId> principles,
        List<@ValidLocalId LocalId> respondsTo,
        List<@ValidLocalId LocalId> responsible,
        List<@ValidLocalId LocalId> partners,
        @NotNull @Nullable MeasureStatus status,
        @ValidPeriod @Nullable Period period,
        @Valid @Nullable Money budget,
        List<@Valid Indicator> indicators,
        Map<String, ExtensionValue> extensions) {

    /**
     * Creates a {@code Measure}, copying its collections.
     *
     * @param id  the local id, required
     * @param title  the title, required
     * @param description  the description, null if none
     * @param themes  the themes it concerns, not null
     * @param principles  the local ids of the principles it serves, not null
     * @param respondsTo  the local ids of the dialogue inputs it answers, not null
     * @param responsible  the local ids of the organisations responsible for it, not null
     * @param partners  the local ids of its partner organisations, not null
     * @param status  where the measure is, required
     * @param period  when it runs, null if not given
     * @param budget  its budget, null if not given
     * @param indicators  its indicators, not null
     * @param extensions  custom data that the model does not cover, kept and written back unchanged, not null
     * @throws NullPointerException if a collection or an element of one is null
     */
    public Measure {
        themes = List.copyOf(Objects.requireNonNull(themes, "themes"));
        principles = List.copyOf(Objects.requireNonNull(principles, "principles"));
        respondsTo = List.copyOf(Objects.requireNonNull(respondsTo, "respondsTo"));
        responsible = List.copyOf(Objects.requireNonNull(responsible, "responsible"));
        partners = List.copyOf(Objects.requireNonNull(partners, "partners"));
        indicators = List.copyOf(Objects.requireNonNull(indicators, "indicators"));
        extensions = ExtensionValue.copyOrdered(Objects.requireNonNull(extensions, "extensions"));
    }

    /**
     * Returns a builder for a {@code Measure}, with every collection empty and every other value null.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder that starts with the values of this {@code Measure}.
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.id = id;
        builder.title = title;
        builder.description = description;
        builder.themes.addAll(themes);
        builder.principles.addAll(principles);
        builder.respondsTo.addAll(respondsTo);
        builder.responsible.addAll(responsible);
        builder.partners.addAll(partners);
        builder.status = status;
        builder.period = period;
        builder.budget = budget;
        builder.indicators.addAll(indicators);
        builder.extensions.putAll(extensions);
        return builder;
    }

    /**
     * Builds a {@link Measure}.
     * <p>
     * This class is mutable and not thread-safe.
     */
    public static final class Builder {
        private LocalId id;
        private LocalizedText title;
        private LocalizedText description;
        private final java.util.ArrayList<Theme> themes = new java.util.ArrayList<>();
        private final java.util.ArrayList<LocalId> principles = new java.util.ArrayList<>();
        private final java.util.ArrayList<LocalId> respondsTo = new java.util.ArrayList<>();
        private final java.util.ArrayList<LocalId> responsible = new java.util.ArrayList<>();
        private final java.util.ArrayList<LocalId> partners = new java.util.ArrayList<>();
        private MeasureStatus status;
        private Period period;
        private Money budget;
        private final java.util.ArrayList<Indicator> indicators = new java.util.ArrayList<>();
        private final java.util.LinkedHashMap<String, ExtensionValue> extensions = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets id: the local id, required.
         *
         * @param id  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder id(@Nullable LocalId id) {
            this.id = id;
            return this;
        }

        /**
         * Sets title: the title, required.
         *
         * @param title  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder title(@Nullable LocalizedText title) {
            this.title = title;
            return this;
        }

        /**
         * Sets description: the description, null if none.
         *
         * @param description  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder description(@Nullable LocalizedText description) {
            this.description = description;
            return this;
        }

        /**
         * Replaces themes: the themes it concerns.
         *
         * @param themes  the values, not null
         * @return this builder, not null
         */
        public Builder themes(java.util.Collection<? extends Theme> themes) {
            Objects.requireNonNull(themes, "themes");
            this.themes.clear();
            this.themes.addAll(themes);
            return this;
        }

        /**
         * Adds to themes: the themes it concerns.
         *
         * @param values  the values to add, not null
         * @return this builder, not null
         */
        public Builder addTheme(Theme... values) {
            for (Theme value : values) {
                this.themes.add(Objects.requireNonNull(value, "value"));
            }
            return this;
        }

        /**
         * Replaces principles: the local ids of the principles it serves.
         *
         * @param principles  the values, not null
         * @return this builder, not null
         */
        public Builder principles(java.util.Collection<? extends LocalId> principles) {
            Objects.requireNonNull(principles, "principles");
            this.principles.clear();
            this.principles.addAll(principles);
            return this;
        }

        /**
         * Adds to principles: the local ids of the principles it serves.
         *
         * @param values  the values to add, not null
         * @return this builder, not null
         */
        public Builder addPrinciple(LocalId... values) {
            for (LocalId value : values) {
                this.principles.add(Objects.requireNonNull(value, "value"));
            }
            return this;
        }

        /**
         * Replaces respondsTo: the local ids of the dialogue inputs it answers.
         *
         * @param respondsTo  the values, not null
         * @return this builder, not null
         */
        public Builder respondsTo(java.util.Collection<? extends LocalId> respondsTo) {
            Objects.requireNonNull(respondsTo, "respondsTo");
            this.respondsTo.clear();
            this.respondsTo.addAll(respondsTo);
            return this;
        }

        /**
         * Adds to respondsTo: the local ids of the dialogue inputs it answers.
         *
         * @param values  the values to add, not null
         * @return this builder, not null
         */
        public Builder addRespondsTo(LocalId... values) {
            for (LocalId value : values) {
                this.respondsTo.add(Objects.requireNonNull(value, "value"));
            }
            return this;
        }

        /**
         * Replaces responsible: the local ids of the organisations responsible for it.
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
         * Adds to responsible: the local ids of the organisations responsible for it.
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
         * Replaces partners: the local ids of its partner organisations.
         *
         * @param partners  the values, not null
         * @return this builder, not null
         */
        public Builder partners(java.util.Collection<? extends LocalId> partners) {
            Objects.requireNonNull(partners, "partners");
            this.partners.clear();
            this.partners.addAll(partners);
            return this;
        }

        /**
         * Adds to partners: the local ids of its partner organisations.
         *
         * @param values  the values to add, not null
         * @return this builder, not null
         */
        public Builder addPartner(LocalId... values) {
            for (LocalId value : values) {
                this.partners.add(Objects.requireNonNull(value, "value"));
            }
            return this;
        }

        /**
         * Sets status: where the measure is, required.
         *
         * @param status  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder status(@Nullable MeasureStatus status) {
            this.status = status;
            return this;
        }

        /**
         * Sets period: when it runs, null if not given.
         *
         * @param period  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder period(@Nullable Period period) {
            this.period = period;
            return this;
        }

        /**
         * Sets budget: its budget, null if not given.
         *
         * @param budget  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder budget(@Nullable Money budget) {
            this.budget = budget;
            return this;
        }

        /**
         * Replaces indicators: its indicators.
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
         * Adds to indicators: its indicators.
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
         * Replaces the extensions: custom data that the model does not cover, kept and written back unchanged.
         *
         * @param extensions  the extensions, not null
         * @return this builder, not null
         */
        public Builder extensions(Map<String, ExtensionValue> extensions) {
            Objects.requireNonNull(extensions, "extensions");
            this.extensions.clear();
            this.extensions.putAll(extensions);
            return this;
        }

        /**
         * Adds or replaces one extension.
         *
         * @param key  the key, not null
         * @param value  the value, not null
         * @return this builder, not null
         */
        public Builder extension(String key, ExtensionValue value) {
            this.extensions.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Builds the {@code Measure}. Nothing is checked beyond non-null collections; validation reports every
         * problem with the data.
         *
         * @return the {@code Measure}, not null
         */
        public Measure build() {
            return new Measure(id, title, description, themes, principles, respondsTo, responsible, partners, status, period, budget, indicators, extensions);
        }
    }
}
