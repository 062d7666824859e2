package io.github.frivillig.core.policy;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

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
 * @param partOf  the local id of the principle it belongs to, such as the focus area of a goal, null if none
 * @param themes  the themes it concerns
 * @param frameworkLinks  the commitments of national frameworks and other foundations it refers to
 * @param extensions  custom data that the model does not cover, kept and written back unchanged
 */
public record Principle(
        @NotNull @ValidLocalId @Nullable LocalId id,
        @NotNull @Nullable PrincipleKind kind,
        @ValidText @Nullable LocalizedText title,
        @ValidText @Nullable LocalizedText statement,
        @ValidText @Nullable LocalizedText section,
        @ValidLocalId @Nullable LocalId partOf,
        List<Theme> themes,
        List<@Valid FrameworkLink> frameworkLinks,
        Map<String, ExtensionValue> extensions) {

    /**
     * Creates a {@code Principle}, copying its collections.
     *
     * @param id  the local id, required
     * @param kind  what kind of statement this is, required
     * @param title  the title, such as "Mangfoldighed og respekt", null if none
     * @param statement  the statement, null if the title says it all
     * @param section  the section of the document it stands in, such as "Rammer for samspillet", null if none
     * @param partOf  the local id of the principle it belongs to, such as the focus area of a goal, null if none
     * @param themes  the themes it concerns, not null
     * @param frameworkLinks  the commitments of national frameworks and other foundations it refers to, not null
     * @param extensions  custom data that the model does not cover, kept and written back unchanged, not null
     * @throws NullPointerException if a collection or an element of one is null
     */
    public Principle {
        themes = List.copyOf(Objects.requireNonNull(themes, "themes"));
        frameworkLinks = List.copyOf(Objects.requireNonNull(frameworkLinks, "frameworkLinks"));
        extensions = ExtensionValue.copyOrdered(Objects.requireNonNull(extensions, "extensions"));
    }

    /**
     * Returns a builder for a {@code Principle}, with every collection empty and every other value null.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder that starts with the values of this {@code Principle}.
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.id = id;
        builder.kind = kind;
        builder.title = title;
        builder.statement = statement;
        builder.section = section;
        builder.partOf = partOf;
        builder.themes.addAll(themes);
        builder.frameworkLinks.addAll(frameworkLinks);
        builder.extensions.putAll(extensions);
        return builder;
    }

    /**
     * Builds a {@link Principle}.
     * <p>
     * This class is mutable and not thread-safe.
     */
    public static final class Builder {
        private LocalId id;
        private PrincipleKind kind;
        private LocalizedText title;
        private LocalizedText statement;
        private LocalizedText section;
        private LocalId partOf;
        private final java.util.ArrayList<Theme> themes = new java.util.ArrayList<>();
        private final java.util.ArrayList<FrameworkLink> frameworkLinks = new java.util.ArrayList<>();
        private final java.util.LinkedHashMap<String, ExtensionValue> extensions = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets id: the local id, required.
         *
         * @param id  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder id(@Nullable LocalId id) {
            this.id = id;
            return this;
        }

        /**
         * Sets kind: what kind of statement this is, required.
         *
         * @param kind  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder kind(@Nullable PrincipleKind kind) {
            this.kind = kind;
            return this;
        }

        /**
         * Sets title: the title, such as "Mangfoldighed og respekt", null if none.
         *
         * @param title  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder title(@Nullable LocalizedText title) {
            this.title = title;
            return this;
        }

        /**
         * Sets statement: the statement, null if the title says it all.
         *
         * @param statement  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder statement(@Nullable LocalizedText statement) {
            this.statement = statement;
            return this;
        }

        /**
         * Sets section: the section of the document it stands in, such as "Rammer for samspillet", null if none.
         *
         * @param section  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder section(@Nullable LocalizedText section) {
            this.section = section;
            return this;
        }

        /**
         * Sets partOf: the local id of the principle it belongs to, such as the focus area of a goal, null if none.
         *
         * @param partOf  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder partOf(@Nullable LocalId partOf) {
            this.partOf = partOf;
            return this;
        }

        /**
         * Replaces themes: the themes it concerns.
         *
         * @param themes  the values, not null
         * @return this builder, not null
         */
        public Builder themes(java.util.Collection<? extends Theme> themes) {
            Objects.requireNonNull(themes, "themes");
            this.themes.clear();
            this.themes.addAll(themes);
            return this;
        }

        /**
         * Adds to themes: the themes it concerns.
         *
         * @param values  the values to add, not null
         * @return this builder, not null
         */
        public Builder addTheme(Theme... values) {
            for (Theme value : values) {
                this.themes.add(Objects.requireNonNull(value, "value"));
            }
            return this;
        }

        /**
         * Replaces frameworkLinks: the commitments of national frameworks and other foundations it refers to.
         *
         * @param frameworkLinks  the values, not null
         * @return this builder, not null
         */
        public Builder frameworkLinks(java.util.Collection<? extends FrameworkLink> frameworkLinks) {
            Objects.requireNonNull(frameworkLinks, "frameworkLinks");
            this.frameworkLinks.clear();
            this.frameworkLinks.addAll(frameworkLinks);
            return this;
        }

        /**
         * Adds to frameworkLinks: the commitments of national frameworks and other foundations it refers to.
         *
         * @param values  the values to add, not null
         * @return this builder, not null
         */
        public Builder addFrameworkLink(FrameworkLink... values) {
            for (FrameworkLink value : values) {
                this.frameworkLinks.add(Objects.requireNonNull(value, "value"));
            }
            return this;
        }

        /**
         * Replaces the extensions: custom data that the model does not cover, kept and written back unchanged.
         *
         * @param extensions  the extensions, not null
         * @return this builder, not null
         */
        public Builder extensions(Map<String, ExtensionValue> extensions) {
            Objects.requireNonNull(extensions, "extensions");
            this.extensions.clear();
            this.extensions.putAll(extensions);
            return this;
        }

        /**
         * Adds or replaces one extension.
         *
         * @param key  the key, not null
         * @param value  the value, not null
         * @return this builder, not null
         */
        public Builder extension(String key, ExtensionValue value) {
            this.extensions.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Builds the {@code Principle}. Nothing is checked beyond non-null collections; validation reports every
         * problem with the data.
         *
         * @return the {@code Principle}, not null
         */
        public Principle build() {
            return new Principle(id, kind, title, statement, section, partOf, themes, frameworkLinks, extensions);
        }
    }
}
