package io.github.frivillig.core.dialogue;

import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;

import io.github.frivillig.core.text.LocalizedText;
import io.github.frivillig.core.validation.constraints.ValidText;
import io.github.frivillig.core.value.Count;
import io.github.frivillig.core.value.PartialDate;

/**
 * How to register for a meeting: the deadline, the ways to register, how many places there were and what else
 * the source says of it (who may bring whom, what it costs).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param deadline  the last day to register, null if not stated
 * @param channels  how to register, such as by a web form
 * @param capacity  how many places there were, null if not stated
 * @param note  what else the source says, null if nothing
 */
public record Registration(
        @Nullable PartialDate deadline,
        List<InputChannel> channels,
        @Valid @Nullable Count capacity,
        @ValidText @Nullable LocalizedText note) {

    /**
     * Creates a {@code Registration}, copying its collections.
     *
     * @throws NullPointerException if a collection or an element of one is null
     */
    public Registration {
        channels = List.copyOf(Objects.requireNonNull(channels, "channels"));
    }
}
