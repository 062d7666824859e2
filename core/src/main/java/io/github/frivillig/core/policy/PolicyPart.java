package io.github.frivillig.core.policy;

import java.net.URI;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

import io.github.frivillig.core.code.Theme;
import io.github.frivillig.core.internal.BuilderStyle;
import io.github.frivillig.core.text.LocalizedText;
import io.github.frivillig.core.validation.constraints.ValidLocalId;
import io.github.frivillig.core.validation.constraints.ValidPeriod;
import io.github.frivillig.core.validation.constraints.ValidText;
import io.github.frivillig.core.value.LocalId;
import io.github.frivillig.core.value.Period;

/**
 * A part of a policy document: a chapter, an annex, a value policy, a white paper, an action plan with its own
 * editions and revision. Principles, measures and decisions may name the part they belong to or concern, so that
 * the structure of a document with several parts is kept.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the local id, required
 * @param kind  the kind of part, required
 * @param number  its number or label in the document, such as "4" or "Vedlegg 1", null if none
 * @param title  its title, null if not given
 * @param description  what the source says of it, null if nothing
 * @param partOf  the local id of the part it belongs to, null if none
 * @param period  when the part applies, for an action plan whose editions run for a few years, null if not stated
 * @param revisionInterval  how often the part is revised, such as every two years for an action plan, null if not
 *                          stated
 * @param themes  the themes it covers
 * @param url  where it is published, null if not given
 */
@Value.Builder
@BuilderStyle
public record PolicyPart(
        @NotNull @ValidLocalId @Nullable LocalId id,
        @NotNull @Nullable PartKind kind,
        @Nullable String number,
        @ValidText @Nullable LocalizedText title,
        @ValidText @Nullable LocalizedText description,
        @ValidLocalId @Nullable LocalId partOf,
        @ValidPeriod @Nullable Period period,
        java.time.@Nullable Period revisionInterval,
        List<Theme> themes,
        @Nullable URI url) {

    /**
     * Creates a {@code PolicyPart}, copying its collections.
     *
     * @throws NullPointerException if a collection or an element of one is null
     */
    public PolicyPart {
        themes = List.copyOf(Objects.requireNonNull(themes, "themes"));
    }

    /** {@return a new builder, with every collection empty and every other value null} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a new builder that starts with the values of this {@code PolicyPart}} */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /**
     * Builds a {@link PolicyPart} through the canonical constructor, checking nothing more than it does:
     * validation reports every problem with the data. Its methods, generated from the components at compile time,
     * are a setter for each component, and for each list {@code addX} of one element, {@code addXs} of several and
     * {@code addAllXs} of an iterable.
     * <p>
     * This class is mutable and not thread-safe.
     */
    public static final class Builder extends PolicyPartBuilder {
        Builder() {
        }
    }
}
