package io.github.frivillig.core.dialogue;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

import io.github.frivillig.core.internal.BuilderStyle;
import io.github.frivillig.core.code.Theme;
import io.github.frivillig.core.policy.CaseReference;
import io.github.frivillig.core.text.LocalizedText;
import io.github.frivillig.core.validation.constraints.ValidLocalId;
import io.github.frivillig.core.validation.constraints.ValidText;
import io.github.frivillig.core.value.Count;
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
 * @param phase  which phase of the policy's life the event belongs to, such as follow-up after adoption, null if
 *               not stated, which is read as the policy's development
 * @param date  when it took place or starts, null if not known
 * @param endDate  when it ended, for events over several days, null otherwise
 * @param startTime  the time of day it started, null if not known
 * @param endTime  the time of day it ended, null if not known
 * @param partOfDay  the part of the day it was held in, for sources that give no time, null if not known
 * @param occurrences  how many meetings the event stands for, for a series of meetings the source only counts, null
 *                     if one
 * @param place  where it took place, null if not known
 * @param access  who could come, null if not known
 * @param registration  how to register, null if the source does not say
 * @param partOf  the local id of the event it is part of, null if none
 * @param organisers  the local ids of the organisations that organised it
 * @param facilitators  the local ids of the organisations that facilitated it
 * @param audience  who it was for
 * @param guidingQuestions  the questions put to the participants
 * @param speakers  the people who spoke or had a role
 * @param participation  who took part, null if not known
 * @param responseDeadline  the last day for responses, for a consultation or survey, null if not stated
 * @param responseChannels  the ways responses could be given, such as a web form, e-mail or post
 * @param references  the case references of the event, such as the one to quote in a consultation response
 * @param themes  the themes it concerned
 * @param summary  what came out of it, null if not given
 * @param cancellationReason  why it was cancelled, required when cancelled
 * @param extensions  custom data that the model does not cover, kept and written back unchanged
 */
@Value.Builder
@BuilderStyle
public record DialogueEvent(
        @NotNull @ValidLocalId @Nullable LocalId id,
        @NotNull @Nullable EventKind kind,
        @ValidText @Nullable LocalizedText title,
        @ValidText @Nullable LocalizedText description,
        @NotNull @Nullable EventStatus status,
        @Nullable EventPhase phase,
        @Nullable PartialDate date,
        @Nullable PartialDate endDate,
        @Nullable LocalTime startTime,
        @Nullable LocalTime endTime,
        @Nullable PartOfDay partOfDay,
        @Valid @Nullable Count occurrences,
        @Valid @Nullable Place place,
        @Nullable EventAccess access,
        @Valid @Nullable Registration registration,
        @ValidLocalId @Nullable LocalId partOf,
        List<@ValidLocalId LocalId> organisers,
        List<@ValidLocalId LocalId> facilitators,
        List<Audience> audience,
        List<@ValidText LocalizedText> guidingQuestions,
        List<@Valid Speaker> speakers,
        @Valid @Nullable Participation participation,
        @Nullable PartialDate responseDeadline,
        List<InputChannel> responseChannels,
        List<@Valid CaseReference> references,
        List<Theme> themes,
        @ValidText @Nullable LocalizedText summary,
        @ValidText @Nullable LocalizedText cancellationReason,
        Map<String, ExtensionValue> extensions) {

    /**
     * Creates a {@code DialogueEvent}, copying its collections.
     *
     * @throws NullPointerException if a collection or an element of one is null
     */
    public DialogueEvent {
        references = List.copyOf(Objects.requireNonNull(references, "references"));
        responseChannels = List.copyOf(Objects.requireNonNull(responseChannels, "responseChannels"));
        organisers = List.copyOf(Objects.requireNonNull(organisers, "organisers"));
        facilitators = List.copyOf(Objects.requireNonNull(facilitators, "facilitators"));
        audience = List.copyOf(Objects.requireNonNull(audience, "audience"));
        guidingQuestions = List.copyOf(Objects.requireNonNull(guidingQuestions, "guidingQuestions"));
        speakers = List.copyOf(Objects.requireNonNull(speakers, "speakers"));
        themes = List.copyOf(Objects.requireNonNull(themes, "themes"));
        extensions = ExtensionValue.copyOrdered(Objects.requireNonNull(extensions, "extensions"));
    }

    /** {@return a new builder, with every collection empty and every other value null} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a new builder that starts with the values of this {@code DialogueEvent}} */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /**
     * Builds a {@link DialogueEvent} through the canonical constructor, checking nothing more than it does:
     * validation reports every problem with the data. Its methods, generated from the components at compile time,
     * are a setter for each component, and for each list {@code addX} of one element, {@code addXs} of several and
     * {@code addAllXs} of an iterable.
     * <p>
     * This class is mutable and not thread-safe.
     */
    public static final class Builder extends DialogueEventBuilder {
        Builder() {
        }
    }
}
