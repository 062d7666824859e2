package io.github.frivillig.core.policy;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;

import io.github.frivillig.core.text.LocalizedText;
import io.github.frivillig.core.validation.constraints.ValidLocalId;
import io.github.frivillig.core.validation.constraints.ValidPeriod;
import io.github.frivillig.core.validation.constraints.ValidText;
import io.github.frivillig.core.value.LocalId;
import io.github.frivillig.core.value.Money;
import io.github.frivillig.core.value.Period;

/**
 * Money for a measure from one source: a grant from a state agency or a foundation, a line of the municipal
 * budget, an application whose amount the source does not give.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param funder  the local id of the organisation that gives the money, null if the source does not say
 * @param amount  the amount, null if not stated
 * @param period  the years it is for, null if not stated
 * @param note  what the source says of it, such as "applied for", null if nothing
 */
public record Funding(
        @ValidLocalId @Nullable LocalId funder,
        @Valid @Nullable Money amount,
        @ValidPeriod @Nullable Period period,
        @ValidText @Nullable LocalizedText note) {
}
