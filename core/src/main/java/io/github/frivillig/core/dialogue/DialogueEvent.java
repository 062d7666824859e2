package io.github.frivillig.core.dialogue;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.Valid;
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
 * An event in the dialogue that produced a policy: a café dialogue, a dialogue meeting, an information meeting, an
 * evening conference, a slot at a council meeting, a consultation.
 * <p>
 * An event may be part of another ({@link #partOf()}): a café dialogue held in the second half of an evening
 * conference, or the meetings of a series. A cancelled event needs a reason.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the local id, required
 * @param kind  the kind of event, required
 * @param title  the title, null if none
 * @param description  what the event was about, such as its main focus, null if not given
 * @param status  whether it was held, required
 * @param date  when it took place or starts, null if not known
 * @param endDate  when it ended, for events over several days, null otherwise
 * @param startTime  the time of day it started, null if not known
 * @param endTime  the time of day it ended, null if not known
 * @param partOfDay  the part of the day it was held in, for sources that give no time, null if not known
 * @param place  where it took place, null if not known
 * @param access  who could come, null if not known
 * @param partOf  the local id of the event it is part of, null if none
 * @param organisers  the local ids of the organisations that organised it
 * @param facilitators  the local ids of the organisations that facilitated it
 * @param audience  who it was for
 * @param guidingQuestions  the questions put to the participants
 * @param speakers  the people who spoke or had a role
 * @param participation  who took part, null if not known
 * @param themes  the themes it concerned
 * @param summary  what came out of it, null if not given
 * @param cancellationReason  why it was cancelled, required when cancelled
 * @param extensions  custom data that the model does not cover, kept and written back unchanged
 */
public record DialogueEvent(
        @NotNull @ValidLocalId @Nullable LocalId id,
        @NotNull @Nullable EventKind kind,
        @ValidText @Nullable LocalizedText title,
        @ValidText @Nullable LocalizedText description,
        @NotNull @Nullable EventStatus status,
        @Nullable PartialDate date,
        @Nullable PartialDate endDate,
        @Nullable LocalTime startTime,
        @Nullable LocalTime endTime,
        @Nullable PartOfDay partOfDay,
        @Valid @Nullable Place place,
        @Nullable EventAccess access,
        @ValidLocalId @Nullable LocalId partOf,
        List<@ValidLocalId LocalId> organisers,
        List<@ValidLocalId LocalId> facilitators,
        List<Audience> audience,
        List<@ValidText LocalizedText> guidingQuestions,
        List<@Valid Speaker> speakers,
        @Valid @Nullable Participation participation,
        List<Theme> themes,
        @ValidText @Nullable LocalizedText summary,
        @ValidText @Nullable LocalizedText cancellationReason,
        Map<String, ExtensionValue> extensions) {

    /**
     * Creates a {@code DialogueEvent}, copying its collections.
     *
     * @param id  the local id, required
     * @param kind  the kind of event, required
     * @param title  the title, null if none
     * @param description  what the event was about, such as its main focus, null if not given
     * @param status  whether it was held, required
     * @param date  when it took place or starts, null if not known
     * @param endDate  when it ended, for events over several days, null otherwise
     * @param startTime  the time of day it started, null if not known
     * @param endTime  the time of day it ended, null if not known
     * @param partOfDay  the part of the day it was held in, for sources that give no time, null if not known
     * @param place  where it took place, null if not known
     * @param access  who could come, null if not known
     * @param partOf  the local id of the event it is part of, null if none
     * @param organisers  the local ids of the organisations that organised it, not null
     * @param facilitators  the local ids of the organisations that facilitated it, not null
     * @param audience  who it was for, not null
     * @param guidingQuestions  the questions put to the participants, not null
     * @param speakers  the people who spoke or had a role, not null
     * @param participation  who took part, null if not known
     * @param themes  the themes it concerned, not null
     * @param summary  what came out of it, null if not given
     * @param cancellationReason  why it was cancelled, required when cancelled
     * @param extensions  custom data that the model does not cover, kept and written back unchanged, not null
     * @throws NullPointerException if a collection or an element of one is null
     */
    public DialogueEvent {
        organisers = List.copyOf(Objects.requireNonNull(organisers, "organisers"));
        facilitators = List.copyOf(Objects.requireNonNull(facilitators, "facilitators"));
        audience = List.copyOf(Objects.requireNonNull(audience, "audience"));
        guidingQuestions = List.copyOf(Objects.requireNonNull(guidingQuestions, "guidingQuestions"));
        speakers = List.copyOf(Objects.requireNonNull(speakers, "speakers"));
        themes = List.copyOf(Objects.requireNonNull(themes, "themes"));
        extensions = ExtensionValue.copyOrdered(Objects.requireNonNull(extensions, "extensions"));
    }

    /**
     * Returns a builder for a {@code DialogueEvent}, with every collection empty and every other value null.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder that starts with the values of this {@code DialogueEvent}.
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.id = id;
        builder.kind = kind;
        builder.title = title;
        builder.description = description;
        builder.status = status;
        builder.date = date;
        builder.endDate = endDate;
        builder.startTime = startTime;
        builder.endTime = endTime;
        builder.partOfDay = partOfDay;
        builder.place = place;
        builder.access = access;
        builder.partOf = partOf;
        builder.organisers.addAll(organisers);
        builder.facilitators.addAll(facilitators);
        builder.audience.addAll(audience);
        builder.guidingQuestions.addAll(guidingQuestions);
        builder.speakers.addAll(speakers);
        builder.participation = participation;
        builder.themes.addAll(themes);
        builder.summary = summary;
        builder.cancellationReason = cancellationReason;
        builder.extensions.putAll(extensions);
        return builder;
    }

    /**
     * Builds a {@link DialogueEvent}.
     * <p>
     * This class is mutable and not thread-safe.
     */
    public static final class Builder {
        private LocalId id;
        private EventKind kind;
        private LocalizedText title;
        private LocalizedText description;
        private EventStatus status;
        private PartialDate date;
        private PartialDate endDate;
        private LocalTime startTime;
        private LocalTime endTime;
        private PartOfDay partOfDay;
        private Place place;
        private EventAccess access;
        private LocalId partOf;
        private final java.util.ArrayList<LocalId> organisers = new java.util.ArrayList<>();
        private final java.util.ArrayList<LocalId> facilitators = new java.util.ArrayList<>();
        private final java.util.ArrayList<Audience> audience = new java.util.ArrayList<>();
        private final java.util.ArrayList<LocalizedText> guidingQuestions = new java.util.ArrayList<>();
        private final java.util.ArrayList<Speaker> speakers = new java.util.ArrayList<>();
        private Participation participation;
        private final java.util.ArrayList<Theme> themes = new java.util.ArrayList<>();
        private LocalizedText summary;
        private LocalizedText cancellationReason;
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
         * Sets kind: the kind of event, required.
         *
         * @param kind  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder kind(@Nullable EventKind kind) {
            this.kind = kind;
            return this;
        }

        /**
         * Sets title: the title, null if none.
         *
         * @param title  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder title(@Nullable LocalizedText title) {
            this.title = title;
            return this;
        }

        /**
         * Sets description: what the event was about, such as its main focus, null if not given.
         *
         * @param description  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder description(@Nullable LocalizedText description) {
            this.description = description;
            return this;
        }

        /**
         * Sets status: whether it was held, required.
         *
         * @param status  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder status(@Nullable EventStatus status) {
            this.status = status;
            return this;
        }

        /**
         * Sets date: when it took place or starts, null if not known.
         *
         * @param date  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder date(@Nullable PartialDate date) {
            this.date = date;
            return this;
        }

        /**
         * Sets endDate: when it ended, for events over several days, null otherwise.
         *
         * @param endDate  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder endDate(@Nullable PartialDate endDate) {
            this.endDate = endDate;
            return this;
        }

        /**
         * Sets startTime: the time of day it started, null if not known.
         *
         * @param startTime  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder startTime(@Nullable LocalTime startTime) {
            this.startTime = startTime;
            return this;
        }

        /**
         * Sets endTime: the time of day it ended, null if not known.
         *
         * @param endTime  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder endTime(@Nullable LocalTime endTime) {
            this.endTime = endTime;
            return this;
        }

        /**
         * Sets partOfDay: the part of the day it was held in, for sources that give no time, null if not known.
         *
         * @param partOfDay  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder partOfDay(@Nullable PartOfDay partOfDay) {
            this.partOfDay = partOfDay;
            return this;
        }

        /**
         * Sets place: where it took place, null if not known.
         *
         * @param place  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder place(@Nullable Place place) {
            this.place = place;
            return this;
        }

        /**
         * Sets access: who could come, null if not known.
         *
         * @param access  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder access(@Nullable EventAccess access) {
            this.access = access;
            return this;
        }

        /**
         * Sets partOf: the local id of the event it is part of, null if none.
         *
         * @param partOf  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder partOf(@Nullable LocalId partOf) {
            this.partOf = partOf;
            return this;
        }

        /**
         * Replaces organisers: the local ids of the organisations that organised it.
         *
         * @param organisers  the values, not null
         * @return this builder, not null
         */
        public Builder organisers(java.util.Collection<? extends LocalId> organisers) {
            Objects.requireNonNull(organisers, "organisers");
            this.organisers.clear();
            this.organisers.addAll(organisers);
            return this;
        }

        /**
         * Adds to organisers: the local ids of the organisations that organised it.
         *
         * @param values  the values to add, not null
         * @return this builder, not null
         */
        public Builder addOrganiser(LocalId... values) {
            for (LocalId value : values) {
                this.organisers.add(Objects.requireNonNull(value, "value"));
            }
            return this;
        }

        /**
         * Replaces facilitators: the local ids of the organisations that facilitated it.
         *
         * @param facilitators  the values, not null
         * @return this builder, not null
         */
        public Builder facilitators(java.util.Collection<? extends LocalId> facilitators) {
            Objects.requireNonNull(facilitators, "facilitators");
            this.facilitators.clear();
            this.facilitators.addAll(facilitators);
            return this;
        }

        /**
         * Adds to facilitators: the local ids of the organisations that facilitated it.
         *
         * @param values  the values to add, not null
         * @return this builder, not null
         */
        public Builder addFacilitator(LocalId... values) {
            for (LocalId value : values) {
                this.facilitators.add(Objects.requireNonNull(value, "value"));
            }
            return this;
        }

        /**
         * Replaces audience: who it was for.
         *
         * @param audience  the values, not null
         * @return this builder, not null
         */
        public Builder audience(java.util.Collection<? extends Audience> audience) {
            Objects.requireNonNull(audience, "audience");
            this.audience.clear();
            this.audience.addAll(audience);
            return this;
        }

        /**
         * Adds to audience: who it was for.
         *
         * @param values  the values to add, not null
         * @return this builder, not null
         */
        public Builder addAudience(Audience... values) {
            for (Audience value : values) {
                this.audience.add(Objects.requireNonNull(value, "value"));
            }
            return this;
        }

        /**
         * Replaces guidingQuestions: the questions put to the participants.
         *
         * @param guidingQuestions  the values, not null
         * @return this builder, not null
         */
        public Builder guidingQuestions(java.util.Collection<? extends LocalizedText> guidingQuestions) {
            Objects.requireNonNull(guidingQuestions, "guidingQuestions");
            this.guidingQuestions.clear();
            this.guidingQuestions.addAll(guidingQuestions);
            return this;
        }

        /**
         * Adds to guidingQuestions: the questions put to the participants.
         *
         * @param values  the values to add, not null
         * @return this builder, not null
         */
        public Builder addGuidingQuestion(LocalizedText... values) {
            for (LocalizedText value : values) {
                this.guidingQuestions.add(Objects.requireNonNull(value, "value"));
            }
            return this;
        }

        /**
         * Replaces speakers: the people who spoke or had a role.
         *
         * @param speakers  the values, not null
         * @return this builder, not null
         */
        public Builder speakers(java.util.Collection<? extends Speaker> speakers) {
            Objects.requireNonNull(speakers, "speakers");
            this.speakers.clear();
            this.speakers.addAll(speakers);
            return this;
        }

        /**
         * Adds to speakers: the people who spoke or had a role.
         *
         * @param values  the values to add, not null
         * @return this builder, not null
         */
        public Builder addSpeaker(Speaker... values) {
            for (Speaker value : values) {
                this.speakers.add(Objects.requireNonNull(value, "value"));
            }
            return this;
        }

        /**
         * Sets participation: who took part, null if not known.
         *
         * @param participation  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder participation(@Nullable Participation participation) {
            this.participation = participation;
            return this;
        }

        /**
         * Replaces themes: the themes it concerned.
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
         * Adds to themes: the themes it concerned.
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
         * Sets summary: what came out of it, null if not given.
         *
         * @param summary  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder summary(@Nullable LocalizedText summary) {
            this.summary = summary;
            return this;
        }

        /**
         * Sets cancellationReason: why it was cancelled, required when cancelled.
         *
         * @param cancellationReason  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder cancellationReason(@Nullable LocalizedText cancellationReason) {
            this.cancellationReason = cancellationReason;
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
         * Builds the {@code DialogueEvent}. Nothing is checked beyond non-null collections; validation reports every
         * problem with the data.
         *
         * @return the {@code DialogueEvent}, not null
         */
        public DialogueEvent build() {
            return new DialogueEvent(id, kind, title, description, status, date, endDate, startTime, endTime, partOfDay, place, access, partOf, organisers, facilitators, audience, guidingQuestions, speakers, participation, themes, summary, cancellationReason, extensions);
        }
    }
}
