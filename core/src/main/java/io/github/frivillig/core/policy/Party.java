package io.github.frivillig.core.policy;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;

import io.github.frivillig.core.text.LocalizedText;
import io.github.frivillig.core.validation.constraints.ValidLocalId;
import io.github.frivillig.core.validation.constraints.ValidText;
import io.github.frivillig.core.value.Count;
import io.github.frivillig.core.value.LocalId;

/**
 * A party to an agreement between the municipality and the voluntary sector: one organisation, or a group of
 * parties the source describes or counts ("the associations that have signed", "90 organisations").
 * <p>
 * Validation requires the organisation or the description.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param side  which side of the agreement the party is on, null if the source does not say
 * @param organisation  the local id of the organisation, null for a party described as a group
 * @param description  the party as the source describes it, null if the organisation says it
 * @param count  how many organisations the party is, for a group, null if not given
 */
public record Party(
        @Nullable PartySide side,
        @ValidLocalId @Nullable LocalId organisation,
        @ValidText @Nullable LocalizedText description,
        @Valid @Nullable Count count) {

    /**
     * Obtains a party that is one organisation.
     *
     * @param side  which side it is on, not null
     * @param organisation  the organisation's local id, not null
     * @return the party, not null
     */
    public static Party of(PartySide side, LocalId organisation) {
        return new Party(java.util.Objects.requireNonNull(side, "side"),
                java.util.Objects.requireNonNull(organisation, "organisation"), null, null);
    }
}
