package io.github.frivillig.core.policy;

import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

import io.github.frivillig.core.text.LocalizedText;
import io.github.frivillig.core.validation.constraints.LanguageTag;
import io.github.frivillig.core.validation.constraints.ValidLocalId;
import io.github.frivillig.core.validation.constraints.ValidText;
import io.github.frivillig.core.value.ExtensionValue;
import io.github.frivillig.core.value.LocalId;
import io.github.frivillig.core.value.PartialDate;

/**
 * A document a policy record was compiled from: the policy document itself, a web page, a news article,
 * minutes of a meeting.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the local id, required
 * @param kind  the kind of document, required
 * @param title  the title, required
 * @param publisher  the local id of the organisation that published it, null if not given
 * @param url  where it is published, null if not given
 * @param reference  another reference, such as an archive number or a file name, null if none
 * @param published  when it was published, null if not given
 * @param retrieved  when it was retrieved, null if not given
 * @param language  the BCP 47 tag of its language, null if not given
 * @param extensions  custom data that the model does not cover, kept and written back unchanged
 */
public record SourceDocument(
        @NotNull @ValidLocalId @Nullable LocalId id,
        @NotNull @Nullable SourceKind kind,
        @NotNull @ValidText @Nullable LocalizedText title,
        @ValidLocalId @Nullable LocalId publisher,
        @Nullable URI url,
        @Nullable String reference,
        @Nullable PartialDate published,
        @Nullable LocalDate retrieved,
        @LanguageTag @Nullable String language,
        Map<String, ExtensionValue> extensions) {

    /**
     * Creates a {@code SourceDocument}, copying its collections.
     *
     * @param id  the local id, required
     * @param kind  the kind of document, required
     * @param title  the title, required
     * @param publisher  the local id of the organisation that published it, null if not given
     * @param url  where it is published, null if not given
     * @param reference  another reference, such as an archive number or a file name, null if none
     * @param published  when it was published, null if not given
     * @param retrieved  when it was retrieved, null if not given
     * @param language  the BCP 47 tag of its language, null if not given
     * @param extensions  custom data that the model does not cover, kept and written back unchanged, not null
     * @throws NullPointerException if a collection or an element of one is null
     */
    public SourceDocument {
        extensions = ExtensionValue.copyOrdered(Objects.requireNonNull(extensions, "extensions"));
    }

    /**
     * Returns a builder for a {@code SourceDocument}, with every collection empty and every other value null.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder that starts with the values of this {@code SourceDocument}.
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.id = id;
        builder.kind = kind;
        builder.title = title;
        builder.publisher = publisher;
        builder.url = url;
        builder.reference = reference;
        builder.published = published;
        builder.retrieved = retrieved;
        builder.language = language;
        builder.extensions.putAll(extensions);
        return builder;
    }

    /**
     * Builds a {@link SourceDocument}.
     * <p>
     * This class is mutable and not thread-safe.
     */
    public static final class Builder {
        private LocalId id;
        private SourceKind kind;
        private LocalizedText title;
        private LocalId publisher;
        private URI url;
        private String reference;
        private PartialDate published;
        private LocalDate retrieved;
        private String language;
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
         * Sets kind: the kind of document, required.
         *
         * @param kind  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder kind(@Nullable SourceKind kind) {
            this.kind = kind;
            return this;
        }

        /**
         * Sets title: the title, required.
         *
         * @param title  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder title(@Nullable LocalizedText title) {
            this.title = title;
            return this;
        }

        /**
         * Sets publisher: the local id of the organisation that published it, null if not given.
         *
         * @param publisher  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder publisher(@Nullable LocalId publisher) {
            this.publisher = publisher;
            return this;
        }

        /**
         * Sets url: where it is published, null if not given.
         *
         * @param url  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder url(@Nullable URI url) {
            this.url = url;
            return this;
        }

        /**
         * Sets reference: another reference, such as an archive number or a file name, null if none.
         *
         * @param reference  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder reference(@Nullable String reference) {
            this.reference = reference;
            return this;
        }

        /**
         * Sets published: when it was published, null if not given.
         *
         * @param published  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder published(@Nullable PartialDate published) {
            this.published = published;
            return this;
        }

        /**
         * Sets retrieved: when it was retrieved, null if not given.
         *
         * @param retrieved  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder retrieved(@Nullable LocalDate retrieved) {
            this.retrieved = retrieved;
            return this;
        }

        /**
         * Sets language: the BCP 47 tag of its language, null if not given.
         *
         * @param language  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder language(@Nullable String language) {
            this.language = language;
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
         * Builds the {@code SourceDocument}. Nothing is checked beyond non-null collections; validation reports every
         * problem with the data.
         *
         * @return the {@code SourceDocument}, not null
         */
        public SourceDocument build() {
            return new SourceDocument(id, kind, title, publisher, url, reference, published, retrieved, language, extensions);
        }
    }
}
