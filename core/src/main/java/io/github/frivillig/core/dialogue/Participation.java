package io.github.frivillig.core.dialogue;

import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;

import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

import io.github.frivillig.core.internal.BuilderStyle;
import io.github.frivillig.core.text.LocalizedText;
import io.github.frivillig.core.validation.constraints.ValidLocalId;
import io.github.frivillig.core.validation.constraints.ValidText;
import io.github.frivillig.core.value.Count;
import io.github.frivillig.core.value.LocalId;

/**
 * Who took part in a dialogue event: the organisations known by name, and the counts a source gives.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param organisations  the local ids of the organisations known to have taken part
 * @param organisationCount  how many organisations took part, null if not given
 * @param invitedOrganisations  how many organisations were invited, null if not given
 * @param invitedPeople  how many people were invited, null if not given
 * @param registeredOrganisations  how many organisations registered, null if not given
 * @param registeredPeople  how many people registered, null if not given
 * @param attendees  how many people took part, null if not given
 * @param inputs  how many inputs or responses came in, such as "8 consultation responses" or "many inputs", null if
 *                not given
 * @param note  what the source says about the turnout, null if nothing
 */
@Value.Builder
@BuilderStyle
public record Participation(
        List<@ValidLocalId LocalId> organisations,
        @Valid @Nullable Count organisationCount,
        @Valid @Nullable Count invitedOrganisations,
        @Valid @Nullable Count invitedPeople,
        @Valid @Nullable Count registeredOrganisations,
        @Valid @Nullable Count registeredPeople,
        @Valid @Nullable Count attendees,
        @Valid @Nullable Count inputs,
        @ValidText @Nullable LocalizedText note) {

    /**
     * Creates a {@code Participation}, copying its collections.
     *
     * @throws NullPointerException if a collection or an element of one is null
     */
    public Participation {
        organisations = List.copyOf(Objects.requireNonNull(organisations, "organisations"));
    }

    /** {@return a new builder, with every collection empty and every other value null} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a new builder that starts with the values of this {@code Participation}} */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /**
     * Builds a {@link Participation} through the canonical constructor, checking nothing more than it does:
     * validation reports every problem with the data. Its methods, generated from the components at compile time,
     * are a setter for each component, and for each list {@code addX} of one element, {@code addXs} of several and
     * {@code addAllXs} of an iterable.
     * <p>
     * This class is mutable and not thread-safe.
     */
    public static final class Builder extends ParticipationBuilder {
        Builder() {
        }
    }
}
