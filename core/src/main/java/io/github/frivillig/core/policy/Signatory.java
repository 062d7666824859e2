package io.github.frivillig.core.policy;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;

import io.github.frivillig.core.text.LocalizedText;
import io.github.frivillig.core.validation.constraints.ValidLocalId;
import io.github.frivillig.core.validation.constraints.ValidText;
import io.github.frivillig.core.value.Count;
import io.github.frivillig.core.value.LocalId;
import io.github.frivillig.core.value.Person;

/**
 * Who signed a policy or an agreement: an organisation, a person in an office (the mayor, the leader of an
 * association), or a number of signatories the source only counts ("59 associations").
 * <p>
 * Validation requires at least one of the organisation, the person and the description.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param organisation  the local id of the organisation that signed or on whose behalf the person signed, null if
 *                      not given
 * @param person  the person who signed, known by name or by office, null if not given
 * @param description  who signed, as the source describes them, such as "leaders of two associations", null if
 *                     the organisation or person says it
 * @param count  how many signed, for a description of several, null if not given
 */
public record Signatory(
        @ValidLocalId @Nullable LocalId organisation,
        @Valid @Nullable Person person,
        @ValidText @Nullable LocalizedText description,
        @Valid @Nullable Count count) {

    /**
     * Obtains a signatory who is an organisation.
     *
     * @param organisation  the organisation's local id, not null
     * @return the signatory, not null
     */
    public static Signatory organisation(LocalId organisation) {
        return new Signatory(java.util.Objects.requireNonNull(organisation, "organisation"), null, null, null);
    }
}
