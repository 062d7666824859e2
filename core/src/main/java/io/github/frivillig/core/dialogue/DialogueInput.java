package io.github.frivillig.core.dialogue;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.constraints.NotNull;

import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

import io.github.frivillig.core.internal.BuilderStyle;
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
@Value.Builder
@BuilderStyle
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
     * @throws NullPointerException if a collection or an element of one is null
     */
    public DialogueInput {
        themes = List.copyOf(Objects.requireNonNull(themes, "themes"));
        submittedBy = List.copyOf(Objects.requireNonNull(submittedBy, "submittedBy"));
        extensions = ExtensionValue.copyOrdered(Objects.requireNonNull(extensions, "extensions"));
    }

    /** {@return a new builder, with every collection empty and every other value null} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a new builder that starts with the values of this {@code DialogueInput}} */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /**
     * Builds a {@link DialogueInput} through the canonical constructor, checking nothing more than it does:
     * validation reports every problem with the data. Its methods, generated from the components at compile time,
     * are a setter for each component, and for each list {@code addX} of one element, {@code addXs} of several and
     * {@code addAllXs} of an iterable.
     * <p>
     * This class is mutable and not thread-safe.
     */
    public static final class Builder extends DialogueInputBuilder {
        Builder() {
        }
    }
}
