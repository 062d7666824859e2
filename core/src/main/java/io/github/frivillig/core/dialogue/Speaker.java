package io.github.frivillig.core.dialogue;

import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

import io.github.frivillig.core.text.LocalizedText;
import io.github.frivillig.core.validation.constraints.ValidText;
import io.github.frivillig.core.value.Person;

/**
 * A person who spoke or had a role at a dialogue event: gave a talk, welcomed the participants, briefed them, or was
 * present to answer questions.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param person  the person, whose name may be unknown, required
 * @param role  what the person did, required
 * @param topic  the topic of the talk, null if not given
 */
public record Speaker(
        @NotNull @Valid @Nullable Person person,
        @NotNull @Nullable SpeakerRole role,
        @ValidText @Nullable LocalizedText topic) {

    /**
     * Obtains a speaker.
     *
     * @param person  the person, not null
     * @param role  what the person did, not null
     * @param topic  the topic, null if not given
     * @return the speaker, not null
     */
    public static Speaker of(Person person, SpeakerRole role, @Nullable LocalizedText topic) {
        return new Speaker(Objects.requireNonNull(person, "person"), Objects.requireNonNull(role, "role"), topic);
    }
}
