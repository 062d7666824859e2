package io.github.frivillig.core.policy;

import java.net.URI;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

import io.github.frivillig.core.text.LocalizedText;
import io.github.frivillig.core.validation.constraints.ValidText;
import io.github.frivillig.core.value.PartialDate;

/**
 * A political or administrative decision about a policy: the mandate to develop it, its adoption, a revision or
 * its repeal.
 * <p>
 * Sources do not always say who decided or when; the body and the date may then be absent, and
 * {@link #note()} may say what is known. Validation warns about an adoption whose body is unknown.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param kind  what the decision did, required
 * @param body  the body that decided, null if the source does not say
 * @param date  when the decision was taken, null if the source does not say
 * @param caseReference  the case or item reference, such as "PS 45/17", null if not given
 * @param resolution  the text of the resolution, null if not given
 * @param url  where the decision is published, null if not given
 * @param note  a note on the decision, such as what the source leaves unsaid, null if none
 */
public record Decision(
        @NotNull @Nullable DecisionKind kind,
        @Valid @Nullable GoverningBody body,
        @Nullable PartialDate date,
        @Nullable String caseReference,
        @ValidText @Nullable LocalizedText resolution,
        @Nullable URI url,
        @ValidText @Nullable LocalizedText note) {

    /**
     * Returns a builder for a {@code Decision}, with every collection empty and every other value null.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder that starts with the values of this {@code Decision}.
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.kind = kind;
        builder.body = body;
        builder.date = date;
        builder.caseReference = caseReference;
        builder.resolution = resolution;
        builder.url = url;
        builder.note = note;
        return builder;
    }

    /**
     * Builds a {@link Decision}.
     * <p>
     * This class is mutable and not thread-safe.
     */
    public static final class Builder {
        private DecisionKind kind;
        private GoverningBody body;
        private PartialDate date;
        private String caseReference;
        private LocalizedText resolution;
        private URI url;
        private LocalizedText note;

        private Builder() {
        }

        /**
         * Sets kind: what the decision did, required.
         *
         * @param kind  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder kind(@Nullable DecisionKind kind) {
            this.kind = kind;
            return this;
        }

        /**
         * Sets body: the body that decided, null if the source does not say.
         *
         * @param body  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder body(@Nullable GoverningBody body) {
            this.body = body;
            return this;
        }

        /**
         * Sets date: when the decision was taken, null if the source does not say.
         *
         * @param date  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder date(@Nullable PartialDate date) {
            this.date = date;
            return this;
        }

        /**
         * Sets caseReference: the case or item reference, such as "PS 45/17", null if not given.
         *
         * @param caseReference  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder caseReference(@Nullable String caseReference) {
            this.caseReference = caseReference;
            return this;
        }

        /**
         * Sets resolution: the text of the resolution, null if not given.
         *
         * @param resolution  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder resolution(@Nullable LocalizedText resolution) {
            this.resolution = resolution;
            return this;
        }

        /**
         * Sets url: where the decision is published, null if not given.
         *
         * @param url  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder url(@Nullable URI url) {
            this.url = url;
            return this;
        }

        /**
         * Sets note: a note on the decision, such as what the source leaves unsaid, null if none.
         *
         * @param note  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder note(@Nullable LocalizedText note) {
            this.note = note;
            return this;
        }

        /**
         * Builds the {@code Decision}. Nothing is checked beyond non-null collections; validation reports every
         * problem with the data.
         *
         * @return the {@code Decision}, not null
         */
        public Decision build() {
            return new Decision(kind, body, date, caseReference, resolution, url, note);
        }
    }
}
