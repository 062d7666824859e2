package io.github.frivillig.core.organisation;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

import io.github.frivillig.core.code.IcnpoCode;
import io.github.frivillig.core.text.LocalizedText;
import io.github.frivillig.core.validation.constraints.OrganisationNumber;
import io.github.frivillig.core.validation.constraints.ValidLocalId;
import io.github.frivillig.core.validation.constraints.ValidText;
import io.github.frivillig.core.value.ExtensionValue;
import io.github.frivillig.core.value.LocalId;

/**
 * An organisation that takes part in or is named by a policy: a voluntary association, an umbrella organisation
 * such as Frivillighet Norge, a volunteer centre, the municipality itself or one of its units, a university.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the local id, required
 * @param name  the name, required
 * @param kind  the kind of organisation, required
 * @param identifier  the identifier in a national register, null if not given
 * @param icnpo  its ICNPO groups or subgroups, most important first
 * @param website  its website, null if not given
 * @param partOf  the local id of the organisation it is part of, such as the municipality of a municipal unit, null if none
 * @param description  what the source says of the organisation and its part in the policy work, null if nothing
 * @param extensions  custom data that the model does not cover, kept and written back unchanged
 */
public record Organisation(
        @NotNull @ValidLocalId @Nullable LocalId id,
        @NotBlank @Nullable String name,
        @NotNull @Nullable OrganisationKind kind,
        @OrganisationNumber @Nullable OrganisationIdentifier identifier,
        List<IcnpoCode> icnpo,
        @Nullable URI website,
        @ValidLocalId @Nullable LocalId partOf,
        @ValidText @Nullable LocalizedText description,
        Map<String, ExtensionValue> extensions) {

    /**
     * Creates a {@code Organisation}, copying its collections.
     *
     * @param id  the local id, required
     * @param name  the name, required
     * @param kind  the kind of organisation, required
     * @param identifier  the identifier in a national register, null if not given
     * @param icnpo  its ICNPO groups or subgroups, most important first, not null
     * @param website  its website, null if not given
     * @param partOf  the local id of the organisation it is part of, such as the municipality of a municipal unit, null if none
     * @param description  what the source says of the organisation and its part in the policy work, null if nothing
     * @param extensions  custom data that the model does not cover, kept and written back unchanged, not null
     * @throws NullPointerException if a collection or an element of one is null
     */
    public Organisation {
        icnpo = List.copyOf(Objects.requireNonNull(icnpo, "icnpo"));
        extensions = ExtensionValue.copyOrdered(Objects.requireNonNull(extensions, "extensions"));
    }

    /**
     * Returns a builder for a {@code Organisation}, with every collection empty and every other value null.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder that starts with the values of this {@code Organisation}.
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.id = id;
        builder.name = name;
        builder.kind = kind;
        builder.identifier = identifier;
        builder.icnpo.addAll(icnpo);
        builder.website = website;
        builder.partOf = partOf;
        builder.description = description;
        builder.extensions.putAll(extensions);
        return builder;
    }

    /**
     * Builds a {@link Organisation}.
     * <p>
     * This class is mutable and not thread-safe.
     */
    public static final class Builder {
        private LocalId id;
        private String name;
        private OrganisationKind kind;
        private OrganisationIdentifier identifier;
        private final java.util.ArrayList<IcnpoCode> icnpo = new java.util.ArrayList<>();
        private URI website;
        private LocalId partOf;
        private LocalizedText description;
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
         * Sets name: the name, required.
         *
         * @param name  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder name(@Nullable String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets kind: the kind of organisation, required.
         *
         * @param kind  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder kind(@Nullable OrganisationKind kind) {
            this.kind = kind;
            return this;
        }

        /**
         * Sets identifier: the identifier in a national register, null if not given.
         *
         * @param identifier  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder identifier(@Nullable OrganisationIdentifier identifier) {
            this.identifier = identifier;
            return this;
        }

        /**
         * Replaces icnpo: its ICNPO groups or subgroups, most important first.
         *
         * @param icnpo  the values, not null
         * @return this builder, not null
         */
        public Builder icnpo(java.util.Collection<? extends IcnpoCode> icnpo) {
            Objects.requireNonNull(icnpo, "icnpo");
            this.icnpo.clear();
            this.icnpo.addAll(icnpo);
            return this;
        }

        /**
         * Adds to icnpo: its ICNPO groups or subgroups, most important first.
         *
         * @param values  the values to add, not null
         * @return this builder, not null
         */
        public Builder addIcnpo(IcnpoCode... values) {
            for (IcnpoCode value : values) {
                this.icnpo.add(Objects.requireNonNull(value, "value"));
            }
            return this;
        }

        /**
         * Sets website: its website, null if not given.
         *
         * @param website  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder website(@Nullable URI website) {
            this.website = website;
            return this;
        }

        /**
         * Sets partOf: the local id of the organisation it is part of, such as the municipality of a municipal unit, null if none.
         *
         * @param partOf  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder partOf(@Nullable LocalId partOf) {
            this.partOf = partOf;
            return this;
        }

        /**
         * Sets description: what the source says of the organisation and its part in the policy work, null if nothing.
         *
         * @param description  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder description(@Nullable LocalizedText description) {
            this.description = description;
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
         * Builds the {@code Organisation}. Nothing is checked beyond non-null collections; validation reports every
         * problem with the data.
         *
         * @return the {@code Organisation}, not null
         */
        public Organisation build() {
            return new Organisation(id, name, kind, identifier, icnpo, website, partOf, description, extensions);
        }
    }
}
