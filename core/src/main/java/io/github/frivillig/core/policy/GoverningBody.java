package io.github.frivillig.core.policy;

import java.util.Objects;

import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

import io.github.frivillig.core.validation.constraints.NotBlankIfGiven;

/**
 * The municipal body that took a decision, such as "Hjørring Byråd" or "Kragerø kommunestyre".
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param kind  the kind of body, required
 * @param name  the body's name, null if the source does not state it (as "the municipal council" does not)
 */
public record GoverningBody(
        @NotNull @Nullable GoverningBodyKind kind,
        @NotBlankIfGiven @Nullable String name) {

    /**
     * Obtains a governing body.
     *
     * @param kind  the kind of body, not null
     * @param name  the body's name, not null
     * @return the governing body, not null
     */
    public static GoverningBody of(GoverningBodyKind kind, String name) {
        return new GoverningBody(Objects.requireNonNull(kind, "kind"), Objects.requireNonNull(name, "name"));
    }
}
