package io.github.frivillig.core.policy;

import java.net.URI;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

import io.github.frivillig.core.internal.BuilderStyle;
import io.github.frivillig.core.text.LocalizedText;
import io.github.frivillig.core.validation.constraints.ValidText;
import io.github.frivillig.core.value.PartialDate;

/**
 * A political or administrative decision about a policy: the mandate to develop it, its adoption, a revision or
 * its repeal.
 * <p>
 * Sources do not always say who decided or when; the body and the date may then be absent, and
 * {@link #note()} may say what is known. Validation warns about an adoption whose body is unknown.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param kind  what the decision did, required
 * @param body  the body that decided, null if the source does not say
 * @param date  when the decision was taken, null if the source does not say
 * @param caseReference  the case or item reference, such as "PS 45/17", null if not given
 * @param resolution  the text of the resolution, null if not given
 * @param url  where the decision is published, null if not given
 * @param note  a note on the decision, such as what the source leaves unsaid, null if none
 */
@Value.Builder
@BuilderStyle
public record Decision(
        @NotNull @Nullable DecisionKind kind,
        @Valid @Nullable GoverningBody body,
        @Nullable PartialDate date,
        @Nullable String caseReference,
        @ValidText @Nullable LocalizedText resolution,
        @Nullable URI url,
        @ValidText @Nullable LocalizedText note) {

    /**
     * Returns a builder for a {@code Decision}, with every collection empty and every other value null.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder that starts with the values of this {@code Decision}.
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /**
     * Builds a {@link Decision}: a setter for each component, and for each list {@code add} of one element,
     * of several, and {@code addAll}. It checks nothing beyond non-null elements, as the canonical constructor
     * does; validation reports every problem with the data. Its methods are generated from the record's
     * components at compile time.
     * <p>
     * This class is mutable and not thread-safe.
     */
    public static final class Builder extends DecisionBuilder {
        Builder() {
        }
    }
}
