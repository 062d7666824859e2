package io.github.frivillig.core.dialogue;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

import io.github.frivillig.core.code.Theme;
import io.github.frivillig.core.text.LocalizedText;
import io.github.frivillig.core.validation.constraints.ValidLocalId;
import io.github.frivillig.core.validation.constraints.ValidText;
import io.github.frivillig.core.value.ExtensionValue;
import io.github.frivillig.core.value.LocalId;
import io.github.frivillig.core.value.PartialDate;

/**
 * An input from the voluntary sector: a need, a resource, a proposal or an observation, given at a dialogue event or
 * sent in another way, and what the municipality did with it (its {@link Disposition disposition}).
 * <p>
 * Inputs with no submitting organisation are collective or anonymous, such as the summary of a café dialogue.
 * Which measures answer an input is recorded on the measures ({@code respondsTo}).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the local id, required
 * @param kind  the kind of input, required
 * @param text  the input, required
 * @param event  the local id of the event it was given at, null if it arrived another way
 * @param channel  how it arrived, null if not given
 * @param themes  the themes it concerns
 * @param submittedBy  the local ids of the organisations that gave it; empty when collective or anonymous
 * @param received  when it was received, null if not given
 * @param disposition  what the municipality did with it, required
 * @param dispositionReason  why, required when declined or partly accepted
 * @param extensions  custom data that the model does not cover, kept and written back unchanged
 */
public record DialogueInput(
        @NotNull @ValidLocalId @Nullable LocalId id,
        @NotNull @Nullable InputKind kind,
        @NotNull @ValidText @Nullable LocalizedText text,
        @ValidLocalId @Nullable LocalId event,
        @Nullable InputChannel channel,
        List<Theme> themes,
        List<@ValidLocalId LocalId> submittedBy,
        @Nullable PartialDate received,
        @NotNull @Nullable Disposition disposition,
        @ValidText @Nullable LocalizedText dispositionReason,
        Map<String, ExtensionValue> extensions) {

    /**
     * Creates a {@code DialogueInput}, copying its collections.
     *
     * @param id  the local id, required
     * @param kind  the kind of input, required
     * @param text  the input, required
     * @param event  the local id of the event it was given at, null if it arrived another way
     * @param channel  how it arrived, null if not given
     * @param themes  the themes it concerns, not null
     * @param submittedBy  the local ids of the organisations that gave it; empty when collective or anonymous, not null
     * @param received  when it was received, null if not given
     * @param disposition  what the municipality did with it, required
     * @param dispositionReason  why, required when declined or partly accepted
     * @param extensions  custom data that the model does not cover, kept and written back unchanged, not null
     * @throws NullPointerException if a collection or an element of one is null
     */
    public DialogueInput {
        themes = List.copyOf(Objects.requireNonNull(themes, "themes"));
        submittedBy = List.copyOf(Objects.requireNonNull(submittedBy, "submittedBy"));
        extensions = ExtensionValue.copyOrdered(Objects.requireNonNull(extensions, "extensions"));
    }

    /**
     * Returns a builder for a {@code DialogueInput}, with every collection empty and every other value null.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder that starts with the values of this {@code DialogueInput}.
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.id = id;
        builder.kind = kind;
        builder.text = text;
        builder.event = event;
        builder.channel = channel;
        builder.themes.addAll(themes);
        builder.submittedBy.addAll(submittedBy);
        builder.received = received;
        builder.disposition = disposition;
        builder.dispositionReason = dispositionReason;
        builder.extensions.putAll(extensions);
        return builder;
    }

    /**
     * Builds a {@link DialogueInput}.
     * <p>
     * This class is mutable and not thread-safe.
     */
    public static final class Builder {
        private LocalId id;
        private InputKind kind;
        private LocalizedText text;
        private LocalId event;
        private InputChannel channel;
        private final java.util.ArrayList<Theme> themes = new java.util.ArrayList<>();
        private final java.util.ArrayList<LocalId> submittedBy = new java.util.ArrayList<>();
        private PartialDate received;
        private Disposition disposition;
        private LocalizedText dispositionReason;
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
         * Sets kind: the kind of input, required.
         *
         * @param kind  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder kind(@Nullable InputKind kind) {
            this.kind = kind;
            return this;
        }

        /**
         * Sets text: the input, required.
         *
         * @param text  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder text(@Nullable LocalizedText text) {
            this.text = text;
            return this;
        }

        /**
         * Sets event: the local id of the event it was given at, null if it arrived another way.
         *
         * @param event  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder event(@Nullable LocalId event) {
            this.event = event;
            return this;
        }

        /**
         * Sets channel: how it arrived, null if not given.
         *
         * @param channel  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder channel(@Nullable InputChannel channel) {
            this.channel = channel;
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
         * Replaces submittedBy: the local ids of the organisations that gave it; empty when collective or anonymous.
         *
         * @param submittedBy  the values, not null
         * @return this builder, not null
         */
        public Builder submittedBy(java.util.Collection<? extends LocalId> submittedBy) {
            Objects.requireNonNull(submittedBy, "submittedBy");
            this.submittedBy.clear();
            this.submittedBy.addAll(submittedBy);
            return this;
        }

        /**
         * Adds to submittedBy: the local ids of the organisations that gave it; empty when collective or anonymous.
         *
         * @param values  the values to add, not null
         * @return this builder, not null
         */
        public Builder addSubmittedBy(LocalId... values) {
            for (LocalId value : values) {
                this.submittedBy.add(Objects.requireNonNull(value, "value"));
            }
            return this;
        }

        /**
         * Sets received: when it was received, null if not given.
         *
         * @param received  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder received(@Nullable PartialDate received) {
            this.received = received;
            return this;
        }

        /**
         * Sets disposition: what the municipality did with it, required.
         *
         * @param disposition  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder disposition(@Nullable Disposition disposition) {
            this.disposition = disposition;
            return this;
        }

        /**
         * Sets dispositionReason: why, required when declined or partly accepted.
         *
         * @param dispositionReason  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder dispositionReason(@Nullable LocalizedText dispositionReason) {
            this.dispositionReason = dispositionReason;
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
         * Builds the {@code DialogueInput}. Nothing is checked beyond non-null collections; validation reports every
         * problem with the data.
         *
         * @return the {@code DialogueInput}, not null
         */
        public DialogueInput build() {
            return new DialogueInput(id, kind, text, event, channel, themes, submittedBy, received, disposition, dispositionReason, extensions);
        }
    }
}
