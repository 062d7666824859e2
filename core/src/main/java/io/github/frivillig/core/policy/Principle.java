package io.github.frivillig.core.policy;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.Valid;
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

/**
 * A principle, value, goal, focus area or commitment of a policy.
 * <p>
 * A principle has a title, a statement or both. Its themes, from the shared {@link Theme} vocabulary, let
 * policies in different languages be compared.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the local id, required
 * @param kind  what kind of statement this is, required
 * @param title  the title, such as "Mangfoldighed og respekt", null if none
 * @param statement  the statement, null if the title says it all
 * @param section  the section of the document it stands in, such as "Rammer for samspillet", null if none
 * @param part  the local id of the part of the policy it is in, null if not given
 * @param partOf  the local id of the principle it belongs to, such as the focus area of a goal, null if none
 * @param themes  the themes it concerns
 * @param frameworkLinks  the commitments of national frameworks and other foundations it refers to
 * @param extensions  custom data that the model does not cover, kept and written back unchanged
 */
@Value.Builder
@BuilderStyle
public record Principle(
        @NotNull @ValidLocalId @Nullable LocalId id,
        @NotNull @Nullable PrincipleKind kind,
        @ValidText @Nullable LocalizedText title,
        @ValidText @Nullable LocalizedText statement,
        @ValidText @Nullable LocalizedText section,
        @ValidLocalId @Nullable LocalId part,
        @ValidLocalId @Nullable LocalId partOf,
        List<Theme> themes,
        List<@Valid FrameworkLink> frameworkLinks,
        Map<String, ExtensionValue> extensions) {

    /**
     * Creates a {@code Principle}, copying its collections.
     *
     * @throws NullPointerException if a collection or an element of one is null
     */
    public Principle {
        themes = List.copyOf(Objects.requireNonNull(themes, "themes"));
        frameworkLinks = List.copyOf(Objects.requireNonNull(frameworkLinks, "frameworkLinks"));
        extensions = ExtensionValue.copyOrdered(Objects.requireNonNull(extensions, "extensions"));
    }

    /** {@return a new builder, with every collection empty and every other value null} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a new builder that starts with the values of this {@code Principle}} */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /**
     * Builds a {@link Principle} through the canonical constructor, checking nothing more than it does:
     * validation reports every problem with the data. Its methods, generated from the components at compile time,
     * are a setter for each component, and for each list {@code addX} of one element, {@code addXs} of several and
     * {@code addAllXs} of an iterable.
     * <p>
     * This class is mutable and not thread-safe.
     */
    public static final class Builder extends PrincipleBuilder {
        Builder() {
        }
    }
}
