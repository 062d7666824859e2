package io.github.frivillig.core.policy;

import java.net.URI;
import java.util.Objects;

import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

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
public record Foundation(
        @NotNull @ValidLocalId @Nullable LocalId id,
        @NotNull @Nullable FoundationKind kind,
        @Nullable NationalFramework framework,
        @ValidText @Nullable LocalizedText title,
        @ValidText @Nullable LocalizedText relation,
        @Nullable URI url) {

    /**
     * Returns a builder for a {@code Foundation}, with every collection empty and every other value null.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder that starts with the values of this {@code Foundation}.
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.id = id;
        builder.kind = kind;
        builder.framework = framework;
        builder.title = title;
        builder.relation = relation;
        builder.url = url;
        return builder;
    }

    /**
     * Builds a {@link Foundation}.
     * <p>
     * This class is mutable and not thread-safe.
     */
    public static final class Builder {
        private LocalId id;
        private FoundationKind kind;
        private NationalFramework framework;
        private LocalizedText title;
        private LocalizedText relation;
        private URI url;

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
         * Sets kind: the kind of document, required.
         *
         * @param kind  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder kind(@Nullable FoundationKind kind) {
            this.kind = kind;
            return this;
        }

        /**
         * Sets framework: the known national framework, null for other documents.
         *
         * @param framework  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder framework(@Nullable NationalFramework framework) {
            this.framework = framework;
            return this;
        }

        /**
         * Sets title: the document's title, null if the framework names it.
         *
         * @param title  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder title(@Nullable LocalizedText title) {
            this.title = title;
            return this;
        }

        /**
         * Sets relation: how the policy relates to it, such as "baseres på", null if not stated.
         *
         * @param relation  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder relation(@Nullable LocalizedText relation) {
            this.relation = relation;
            return this;
        }

        /**
         * Sets url: where the document is published, null if not given.
         *
         * @param url  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder url(@Nullable URI url) {
            this.url = url;
            return this;
        }

        /**
         * Builds the {@code Foundation}. Nothing is checked beyond non-null collections; validation reports every
         * problem with the data.
         *
         * @return the {@code Foundation}, not null
         */
        public Foundation build() {
            return new Foundation(id, kind, framework, title, relation, url);
        }
    }
}
