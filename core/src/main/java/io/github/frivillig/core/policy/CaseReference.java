package io.github.frivillig.core.policy;

import java.util.Objects;

import jakarta.validation.constraints.NotBlank;

import org.jspecify.annotations.Nullable;

import io.github.frivillig.core.text.LocalizedText;
import io.github.frivillig.core.validation.constraints.ValidText;

/**
 * A case or archive reference that a document cites: a case number such as {@code 17/2065}, an agenda item such as
 * {@code PS 0035/23}, a journal entry. A process often has several: the political case, the archive case, the
 * reference to quote in a consultation response.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param kind  what the reference refers to, null if the source does not say
 * @param value  the reference as the source writes it, required
 * @param note  what the source says of it, such as "to be quoted in responses", null if nothing
 */
public record CaseReference(
        @Nullable ReferenceKind kind,
        @NotBlank @Nullable String value,
        @ValidText @Nullable LocalizedText note) {

    /**
     * Obtains a reference of a kind.
     *
     * @param kind  what the reference refers to, not null
     * @param value  the reference as the source writes it, not null
     * @return the reference, not null
     */
    public static CaseReference of(ReferenceKind kind, String value) {
        return new CaseReference(Objects.requireNonNull(kind, "kind"), Objects.requireNonNull(value, "value"), null);
    }
}
