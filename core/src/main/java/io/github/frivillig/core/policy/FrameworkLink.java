package io.github.frivillig.core.policy;

import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

import io.github.frivillig.core.text.LocalizedText;
import io.github.frivillig.core.validation.constraints.ValidLocalId;
import io.github.frivillig.core.validation.constraints.ValidText;
import io.github.frivillig.core.value.LocalId;

/**
 * A link from a principle to a commitment of a national framework or another foundation of the policy.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param foundation  the local id of the foundation, required
 * @param commitment  the commitment or section referred to, such as "4.2", null if the whole foundation
 * @param note  a note on the link, null if none
 */
public record FrameworkLink(
        @NotNull @ValidLocalId @Nullable LocalId foundation,
        @Nullable String commitment,
        @ValidText @Nullable LocalizedText note) {
}
