package io.github.frivillig.core.dialogue;

import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;

import io.github.frivillig.core.text.LocalizedText;
import io.github.frivillig.core.validation.constraints.ValidLocalId;
import io.github.frivillig.core.validation.constraints.ValidText;
import io.github.frivillig.core.value.Count;
import io.github.frivillig.core.value.LocalId;

/**
 * Who took part in a dialogue event: the organisations known by name, and the counts a source gives.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param organisations  the local ids of the organisations known to have taken part
 * @param organisationCount  how many organisations took part, null if not given
 * @param registeredOrganisations  how many organisations registered, null if not given
 * @param registeredPeople  how many people registered, null if not given
 * @param attendees  how many people took part, null if not given
 * @param note  what the source says about the turnout, null if nothing
 */
public record Participation(
        List<@ValidLocalId LocalId> organisations,
        @Valid @Nullable Count organisationCount,
        @Valid @Nullable Count registeredOrganisations,
        @Valid @Nullable Count registeredPeople,
        @Valid @Nullable Count attendees,
        @ValidText @Nullable LocalizedText note) {

    /**
     * Creates a {@code Participation}, copying its collections.
     *
     * @param organisations  the local ids of the organisations known to have taken part, not null
     * @param organisationCount  how many organisations took part, null if not given
     * @param registeredOrganisations  how many organisations registered, null if not given
     * @param registeredPeople  how many people registered, null if not given
     * @param attendees  how many people took part, null if not given
     * @param note  what the source says about the turnout, null if nothing
     * @throws NullPointerException if a collection or an element of one is null
     */
    public Participation {
        organisations = List.copyOf(Objects.requireNonNull(organisations, "organisations"));
    }

    /**
     * Returns a builder for a {@code Participation}, with every collection empty and every other value null.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder that starts with the values of this {@code Participation}.
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.organisations.addAll(organisations);
        builder.organisationCount = organisationCount;
        builder.registeredOrganisations = registeredOrganisations;
        builder.registeredPeople = registeredPeople;
        builder.attendees = attendees;
        builder.note = note;
        return builder;
    }

    /**
     * Builds a {@link Participation}.
     * <p>
     * This class is mutable and not thread-safe.
     */
    public static final class Builder {
        private final java.util.ArrayList<LocalId> organisations = new java.util.ArrayList<>();
        private Count organisationCount;
        private Count registeredOrganisations;
        private Count registeredPeople;
        private Count attendees;
        private LocalizedText note;

        private Builder() {
        }

        /**
         * Replaces organisations: the local ids of the organisations known to have taken part.
         *
         * @param organisations  the values, not null
         * @return this builder, not null
         */
        public Builder organisations(java.util.Collection<? extends LocalId> organisations) {
            Objects.requireNonNull(organisations, "organisations");
            this.organisations.clear();
            this.organisations.addAll(organisations);
            return this;
        }

        /**
         * Adds to organisations: the local ids of the organisations known to have taken part.
         *
         * @param values  the values to add, not null
         * @return this builder, not null
         */
        public Builder addOrganisation(LocalId... values) {
            for (LocalId value : values) {
                this.organisations.add(Objects.requireNonNull(value, "value"));
            }
            return this;
        }

        /**
         * Sets organisationCount: how many organisations took part, null if not given.
         *
         * @param organisationCount  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder organisationCount(@Nullable Count organisationCount) {
            this.organisationCount = organisationCount;
            return this;
        }

        /**
         * Sets registeredOrganisations: how many organisations registered, null if not given.
         *
         * @param registeredOrganisations  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder registeredOrganisations(@Nullable Count registeredOrganisations) {
            this.registeredOrganisations = registeredOrganisations;
            return this;
        }

        /**
         * Sets registeredPeople: how many people registered, null if not given.
         *
         * @param registeredPeople  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder registeredPeople(@Nullable Count registeredPeople) {
            this.registeredPeople = registeredPeople;
            return this;
        }

        /**
         * Sets attendees: how many people took part, null if not given.
         *
         * @param attendees  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder attendees(@Nullable Count attendees) {
            this.attendees = attendees;
            return this;
        }

        /**
         * Sets note: what the source says about the turnout, null if nothing.
         *
         * @param note  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder note(@Nullable LocalizedText note) {
            this.note = note;
            return this;
        }

        /**
         * Builds the {@code Participation}. Nothing is checked beyond non-null collections; validation reports every
         * problem with the data.
         *
         * @return the {@code Participation}, not null
         */
        public Participation build() {
            return new Participation(organisations, organisationCount, registeredOrganisations, registeredPeople, attendees, note);
        }
    }
}
