package io.github.frivillig.core.policy;

import jakarta.validation.constraints.PositiveOrZero;

import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

import io.github.frivillig.core.internal.BuilderStyle;
import io.github.frivillig.core.text.LocalizedText;
import io.github.frivillig.core.validation.constraints.ValidText;

/**
 * How a vote on a decision went, as far as the source says: unanimously, or by a majority with the votes counted.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param outcome  unanimous or by majority, null if the source gives only the votes
 * @param inFavour  the votes for, null if not given
 * @param against  the votes against, null if not given
 * @param abstentions  the members who abstained, null if not given
 * @param note  what the source says of the vote, such as which parties voted against, null if nothing
 */
@Value.Builder
@BuilderStyle
public record Vote(
        @Nullable VoteOutcome outcome,
        @PositiveOrZero @Nullable Integer inFavour,
        @PositiveOrZero @Nullable Integer against,
        @PositiveOrZero @Nullable Integer abstentions,
        @ValidText @Nullable LocalizedText note) {

    /**
     * Obtains a unanimous vote, without counts.
     *
     * @return the vote, not null
     */
    public static Vote unanimous() {
        return new Vote(VoteOutcome.UNANIMOUS, null, null, null, null);
    }

    /** {@return a new builder, with every collection empty and every other value null} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a new builder that starts with the values of this {@code Vote}} */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /**
     * Builds a {@link Vote} through the canonical constructor, checking nothing more than it does:
     * validation reports every problem with the data. Its methods, generated from the components at compile time,
     * are a setter for each component, and for each list {@code addX} of one element, {@code addXs} of several and
     * {@code addAllXs} of an iterable.
     * <p>
     * This class is mutable and not thread-safe.
     */
    public static final class Builder extends VoteBuilder {
        Builder() {
        }
    }
}
