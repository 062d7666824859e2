package io.github.frivillig.core.policy;

import java.net.URI;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
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
 * A political or administrative decision about a policy: the mandate to develop it, sending a draft to
 * consultation, a committee's recommendation, its adoption or signing, a revision or its repeal, and the steps
 * between (referral back, postponement, taking a part into account without adopting it).
 * <p>
 * Sources do not always say who decided or when; the body and the date may then be absent, and
 * {@link #note()} may say what is known. Validation warns about an adoption whose body is unknown.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param kind  what the decision did, required
 * @param status  whether the decision has been taken or is only planned, null if taken as far as the sources say
 * @param body  the body that decided, null if the source does not say
 * @param date  when the decision was taken, null if the source does not say
 * @param caseReference  the case or item reference, such as "PS 45/17", null if not given
 * @param references  further case and archive references, such as the archive case beside the agenda item
 * @param resolution  the text of the resolution, null if not given
 * @param vote  how the vote went, null if the source does not say
 * @param signatories  who signed, for a decision of kind signing
 * @param parts  the local ids of the parts of the policy the decision concerns, empty if it concerns the whole
 * @param url  where the decision is published, null if not given
 * @param note  a note on the decision, such as what the source leaves unsaid, null if none
 */
@Value.Builder
@BuilderStyle
public record Decision(
        @NotNull @Nullable DecisionKind kind,
        @Nullable DecisionStatus status,
        @Valid @Nullable GoverningBody body,
        @Nullable PartialDate date,
        @Nullable String caseReference,
        List<@Valid CaseReference> references,
        @ValidText @Nullable LocalizedText resolution,
        @Valid @Nullable Vote vote,
        List<@Valid Signatory> signatories,
        List<@ValidLocalId LocalId> parts,
        @Nullable URI url,
        @ValidText @Nullable LocalizedText note) {

    /**
     * Creates a {@code Decision}, copying its collections.
     *
     * @throws NullPointerException if a collection or an element of one is null
     */
    public Decision {
        references = List.copyOf(Objects.requireNonNull(references, "references"));
        signatories = List.copyOf(Objects.requireNonNull(signatories, "signatories"));
        parts = List.copyOf(Objects.requireNonNull(parts, "parts"));
    }

    /** {@return a new builder, with every collection empty and every other value null} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a new builder that starts with the values of this {@code Decision}} */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /**
     * Builds a {@link Decision} through the canonical constructor, checking nothing more than it does:
     * validation reports every problem with the data. Its methods, generated from the components at compile time,
     * are a setter for each component, and for each list {@code addX} of one element, {@code addXs} of several and
     * {@code addAllXs} of an iterable.
     * <p>
     * This class is mutable and not thread-safe.
     */
    public static final class Builder extends DecisionBuilder {
        Builder() {
        }
    }
}
