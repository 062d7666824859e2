package io.github.frivillig.core.organisation;

import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

import io.github.frivillig.core.code.IcnpoCode;
import io.github.frivillig.core.internal.BuilderStyle;
import io.github.frivillig.core.text.LocalizedText;
import io.github.frivillig.core.validation.constraints.ValidLocalId;
import io.github.frivillig.core.validation.constraints.ValidText;
import io.github.frivillig.core.value.Count;
import io.github.frivillig.core.value.LocalId;

/**
 * Some of a group's members as the source counts them, without naming them: "5 elected members", "9 citizens",
 * "a representative from each of sports, choir and youth club". A group's composition is a list of these; its
 * named members, where the source names them, are its {@link GroupMember}s.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param category  what kind of members they are, required
 * @param count  how many, null if the source does not say
 * @param description  who they are, as the source describes them, null if nothing more than the category
 * @param organisations  the local ids of the organisations they come from, where the source names them
 * @param icnpo  the fields they represent, such as sports and culture, where the source names them
 */
@Value.Builder
@BuilderStyle
public record Seats(
        @NotNull GroupMember.@Nullable Type category,
        @Valid @Nullable Count count,
        @ValidText @Nullable LocalizedText description,
        List<@ValidLocalId LocalId> organisations,
        List<IcnpoCode> icnpo) {

    /**
     * Creates a {@code Seats}, copying its collections.
     *
     * @throws NullPointerException if a collection or an element of one is null
     */
    public Seats {
        organisations = List.copyOf(Objects.requireNonNull(organisations, "organisations"));
        icnpo = List.copyOf(Objects.requireNonNull(icnpo, "icnpo"));
    }

    /** {@return a new builder, with every collection empty and every other value null} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a new builder that starts with the values of this {@code Seats}} */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /**
     * Builds a {@link Seats} through the canonical constructor, checking nothing more than it does:
     * validation reports every problem with the data. Its methods, generated from the components at compile time,
     * are a setter for each component, and for each list {@code addX} of one element, {@code addXs} of several and
     * {@code addAllXs} of an iterable.
     * <p>
     * This class is mutable and not thread-safe.
     */
    public static final class Builder extends SeatsBuilder {
        Builder() {
        }
    }
}
