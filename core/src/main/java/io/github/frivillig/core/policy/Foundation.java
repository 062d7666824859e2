package io.github.frivillig.core.policy;

import java.net.URI;
import java.util.Objects;

import jakarta.validation.constraints.NotNull;

import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

import io.github.frivillig.core.internal.BuilderStyle;
import io.github.frivillig.core.code.NationalFramework;
import io.github.frivillig.core.text.LocalizedText;
import io.github.frivillig.core.validation.constraints.ValidLocalId;
import io.github.frivillig.core.validation.constraints.ValidText;
import io.github.frivillig.core.value.LocalId;

/**
 * A document a policy builds on: a national framework such as the Norwegian <i>Frivillighetserklæringen</i>
 * (2015) or the Danish charter for cooperation (2013), a municipal plan, legislation or another policy.
 * <p>
 * A foundation names a known {@link NationalFramework} by its code, or describes itself with a title; that is
 * how users extend the list of frameworks through the data format. Principles point at foundations by id.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the local id, required
 * @param kind  the kind of document, required
 * @param framework  the known national framework, null for other documents
 * @param title  the document's title, null if the framework names it
 * @param relation  how the policy relates to it, such as "baseres på", null if not stated
 * @param url  where the document is published, null if not given
 */
@Value.Builder
@BuilderStyle
public record Foundation(
        @NotNull @ValidLocalId @Nullable LocalId id,
        @NotNull @Nullable FoundationKind kind,
        @Nullable NationalFramework framework,
        @ValidText @Nullable LocalizedText title,
        @ValidText @Nullable LocalizedText relation,
        @Nullable URI url) {

    /** {@return a new builder, with every collection empty and every other value null} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a new builder that starts with the values of this {@code Foundation}} */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /**
     * Builds a {@link Foundation} through the canonical constructor, checking nothing more than it does:
     * validation reports every problem with the data. Its methods, generated from the components at compile time,
     * are a setter for each component, and for each list {@code addX} of one element, {@code addXs} of several and
     * {@code addAllXs} of an iterable.
     * <p>
     * This class is mutable and not thread-safe.
     */
    public static final class Builder extends FoundationBuilder {
        Builder() {
        }
    }
}
