package io.github.frivillig.core.policy;

import java.time.Period;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;

import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

import io.github.frivillig.core.internal.BuilderStyle;
import io.github.frivillig.core.text.LocalizedText;
import io.github.frivillig.core.validation.constraints.ValidLocalId;
import io.github.frivillig.core.validation.constraints.ValidText;
import io.github.frivillig.core.value.LocalId;
import io.github.frivillig.core.value.PartialDate;

/**
 * How a policy is followed up: who does it, how often it is revised (<i>rullering</i>), and its indicators.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param description  how the policy says it will be followed up, null if not said
 * @param responsible  the local ids of the organisations responsible for the follow-up
 * @param revisionInterval  how often the policy is to be revised, such as four years, null if not said
 * @param nextRevision  when the next revision is due, null if not said
 * @param reportingInterval  how often the follow-up is reported, such as twice a year, null if not stated
 * @param reportsTo  the body the follow-up is reported to, null if not stated
 * @param indicators  the policy's indicators
 * @param reviews  its evaluations, reports and the prizes the policy won
 */
@Value.Builder
@BuilderStyle
public record FollowUp(
        @ValidText @Nullable LocalizedText description,
        List<@ValidLocalId LocalId> responsible,
        @Nullable Period revisionInterval,
        @Nullable PartialDate nextRevision,
        java.time.@Nullable Period reportingInterval,
        @Valid @Nullable GoverningBody reportsTo,
        List<@Valid Indicator> indicators,
        List<@Valid Review> reviews) {

    /**
     * Creates a {@code FollowUp}, copying its collections.
     *
     * @throws NullPointerException if a collection or an element of one is null
     */
    public FollowUp {
        reviews = List.copyOf(Objects.requireNonNull(reviews, "reviews"));
        responsible = List.copyOf(Objects.requireNonNull(responsible, "responsible"));
        indicators = List.copyOf(Objects.requireNonNull(indicators, "indicators"));
    }

    /** {@return a new builder, with every collection empty and every other value null} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a new builder that starts with the values of this {@code FollowUp}} */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /**
     * Builds a {@link FollowUp} through the canonical constructor, checking nothing more than it does:
     * validation reports every problem with the data. Its methods, generated from the components at compile time,
     * are a setter for each component, and for each list {@code addX} of one element, {@code addXs} of several and
     * {@code addAllXs} of an iterable.
     * <p>
     * This class is mutable and not thread-safe.
     */
    public static final class Builder extends FollowUpBuilder {
        Builder() {
        }
    }
}
