package io.github.frivillig.core.organisation;

import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;

import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

import io.github.frivillig.core.dialogue.Audience;
import io.github.frivillig.core.dialogue.InputChannel;
import io.github.frivillig.core.internal.BuilderStyle;
import io.github.frivillig.core.text.LocalizedText;
import io.github.frivillig.core.validation.constraints.ValidText;
import io.github.frivillig.core.value.Count;
import io.github.frivillig.core.value.PartialDate;

/**
 * An open call for members of a group: when it opened, its deadline, how many members it sought, whom it
 * addressed and how to answer.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param opened  when the call was published, null if not stated
 * @param deadline  the last day to answer, null if not stated
 * @param target  how many members were sought, null if not stated
 * @param responses  how many answered the call, null if not stated
 * @param channels  how to answer, such as by e-mail
 * @param audience  whom the call addressed
 * @param description  what the source says of the call, null if nothing
 */
@Value.Builder
@BuilderStyle
public record MemberCall(
        @Nullable PartialDate opened,
        @Nullable PartialDate deadline,
        @Valid @Nullable Count target,
        @Valid @Nullable Count responses,
        List<InputChannel> channels,
        List<Audience> audience,
        @ValidText @Nullable LocalizedText description) {

    /**
     * Creates a {@code MemberCall}, copying its collections.
     *
     * @throws NullPointerException if a collection or an element of one is null
     */
    public MemberCall {
        channels = List.copyOf(Objects.requireNonNull(channels, "channels"));
        audience = List.copyOf(Objects.requireNonNull(audience, "audience"));
    }

    /** {@return a new builder, with every collection empty and every other value null} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a new builder that starts with the values of this {@code MemberCall}} */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /**
     * Builds a {@link MemberCall} through the canonical constructor, checking nothing more than it does:
     * validation reports every problem with the data. Its methods, generated from the components at compile time,
     * are a setter for each component, and for each list {@code addX} of one element, {@code addXs} of several and
     * {@code addAllXs} of an iterable.
     * <p>
     * This class is mutable and not thread-safe.
     */
    public static final class Builder extends MemberCallBuilder {
        Builder() {
        }
    }
}
