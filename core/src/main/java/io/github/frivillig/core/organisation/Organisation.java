package io.github.frivillig.core.organisation;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

import io.github.frivillig.core.internal.BuilderStyle;
import io.github.frivillig.core.code.IcnpoCode;
import io.github.frivillig.core.text.LocalizedText;
import io.github.frivillig.core.validation.constraints.NotBlankIfGiven;
import io.github.frivillig.core.validation.constraints.OrganisationNumber;
import io.github.frivillig.core.validation.constraints.ValidLocalId;
import io.github.frivillig.core.validation.constraints.ValidText;
import io.github.frivillig.core.value.Count;
import io.github.frivillig.core.value.ExtensionValue;
import io.github.frivillig.core.value.LocalId;

/**
 * An organisation that takes part in or is named by a policy: a voluntary association, an umbrella organisation
 * such as Frivillighet Norge, a volunteer centre, the municipality itself or one of its units, a university.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the local id, required
 * @param name  the name, null if the source does not state it, as for "a choir"; validation then requires the
 *              description
 * @param names  the name in other languages or written standards, keyed by language tag, null if none
 * @param kind  the kind of organisation, required
 * @param count  how many organisations the entry stands for, where the source speaks of several of one kind without
 *               naming them ("the seven volunteer centres"), null for one organisation
 * @param identifier  the identifier in a national register, null if not given
 * @param icnpo  its ICNPO groups or subgroups, most important first
 * @param website  its website, null if not given
 * @param partOf  the local id of the organisation it is part of, such as the municipality of a municipal unit, null if none
 * @param description  what the source says of the organisation and its part in the policy work, null if nothing
 * @param extensions  custom data that the model does not cover, kept and written back unchanged
 */
@Value.Builder
@BuilderStyle
public record Organisation(
        @NotNull @ValidLocalId @Nullable LocalId id,
        @NotBlankIfGiven @Nullable String name,
        @ValidText @Nullable LocalizedText names,
        @NotNull @Nullable OrganisationKind kind,
        @Valid @Nullable Count count,
        @OrganisationNumber @Nullable OrganisationIdentifier identifier,
        List<IcnpoCode> icnpo,
        @Nullable URI website,
        @ValidLocalId @Nullable LocalId partOf,
        @ValidText @Nullable LocalizedText description,
        Map<String, ExtensionValue> extensions) {

    /**
     * Creates an {@code Organisation}, copying its collections.
     *
     * @throws NullPointerException if a collection or an element of one is null
     */
    public Organisation {
        icnpo = List.copyOf(Objects.requireNonNull(icnpo, "icnpo"));
        extensions = ExtensionValue.copyOrdered(Objects.requireNonNull(extensions, "extensions"));
    }

    /** {@return a new builder, with every collection empty and every other value null} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a new builder that starts with the values of this {@code Organisation}} */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /**
     * Builds an {@link Organisation} through the canonical constructor, checking nothing more than it does:
     * validation reports every problem with the data. Its methods, generated from the components at compile time,
     * are a setter for each component, and for each list {@code addX} of one element, {@code addXs} of several and
     * {@code addAllXs} of an iterable.
     * <p>
     * This class is mutable and not thread-safe.
     */
    public static final class Builder extends OrganisationBuilder {
        Builder() {
        }
    }
}
