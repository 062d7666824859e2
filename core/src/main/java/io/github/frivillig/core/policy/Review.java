package io.github.frivillig.core.policy;

import java.net.URI;

import jakarta.validation.constraints.NotNull;

import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

import io.github.frivillig.core.internal.BuilderStyle;
import io.github.frivillig.core.text.LocalizedText;
import io.github.frivillig.core.validation.constraints.ValidLocalId;
import io.github.frivillig.core.validation.constraints.ValidText;
import io.github.frivillig.core.value.LocalId;
import io.github.frivillig.core.value.PartialDate;

/**
 * A step in the follow-up of a policy: an evaluation, a report to a committee, a survey of the voluntary sector, a
 * prize given to the municipality for the policy.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param kind  what the review was, required
 * @param date  when it was made or given, null if not stated
 * @param by  the local id of the organisation that made or gave it, null if not stated
 * @param summary  what it found or said, null if not given
 * @param url  where it is published, null if not given
 */
@Value.Builder
@BuilderStyle
public record Review(
        @NotNull @Nullable ReviewKind kind,
        @Nullable PartialDate date,
        @ValidLocalId @Nullable LocalId by,
        @ValidText @Nullable LocalizedText summary,
        @Nullable URI url) {

    /** {@return a new builder, with every collection empty and every other value null} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a new builder that starts with the values of this {@code Review}} */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /**
     * Builds a {@link Review} through the canonical constructor, checking nothing more than it does:
     * validation reports every problem with the data. Its methods, generated from the components at compile time,
     * are a setter for each component, and for each list {@code addX} of one element, {@code addXs} of several and
     * {@code addAllXs} of an iterable.
     * <p>
     * This class is mutable and not thread-safe.
     */
    public static final class Builder extends ReviewBuilder {
        Builder() {
        }
    }
}
