package io.github.frivillig.core.policy;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

import io.github.frivillig.core.internal.BuilderStyle;
import io.github.frivillig.core.municipality.Municipality;
import io.github.frivillig.core.text.LocalizedText;
import io.github.frivillig.core.validation.constraints.ValidPeriod;
import io.github.frivillig.core.validation.constraints.ValidPolicyId;
import io.github.frivillig.core.validation.constraints.ValidText;
import io.github.frivillig.core.value.Period;

/**
 * Another policy that a policy stands in relation to: the one it replaces or that replaces it (also one of the
 * municipality a merger made), a sibling of the same municipality, the wider policy it sits under or a narrower one
 * under it. The other policy is named by its id where a dataset holds it, otherwise by its title or address.
 * <p>
 * Validation requires the policy id, the title or the address.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param relation  how the other policy relates to this one, required
 * @param policy  the id of the other policy, null if it is not in a dataset
 * @param title  its title, null if not given
 * @param municipality  its municipality, where it is another one (a successor after a merger), null if the same
 * @param period  when it applies or applied, null if not stated
 * @param url  where it is published, null if not given
 * @param note  what the source says of the relation, null if nothing
 */
@Value.Builder
@BuilderStyle
public record RelatedPolicy(
        @NotNull @Nullable RelationKind relation,
        @ValidPolicyId @Nullable PolicyId policy,
        @ValidText @Nullable LocalizedText title,
        @Valid @Nullable Municipality municipality,
        @ValidPeriod @Nullable Period period,
        @Nullable URI url,
        @ValidText @Nullable LocalizedText note) {

    /** {@return a new builder, with every collection empty and every other value null} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a new builder that starts with the values of this {@code RelatedPolicy}} */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /**
     * Builds a {@link RelatedPolicy} through the canonical constructor, checking nothing more than it does:
     * validation reports every problem with the data. Its methods, generated from the components at compile time,
     * are a setter for each component, and for each list {@code addX} of one element, {@code addXs} of several and
     * {@code addAllXs} of an iterable.
     * <p>
     * This class is mutable and not thread-safe.
     */
    public static final class Builder extends RelatedPolicyBuilder {
        Builder() {
        }
    }
}
