package io.github.frivillig.core.dialogue;

import java.util.Objects;

import jakarta.validation.constraints.NotBlank;

import org.jspecify.annotations.Nullable;

/**
 * Where a dialogue event took place: a locality, and optionally a venue and an address.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param name  the locality, such as "Hirtshals", required
 * @param venue  the venue, such as a library or the council chamber, null if not given
 * @param address  the street address, null if not given
 */
public record Place(
        @NotBlank @Nullable String name,
        @Nullable String venue,
        @Nullable String address) {

    /**
     * Obtains a place known only by its locality.
     *
     * @param name  the locality, not null
     * @return the place, not null
     */
    public static Place named(String name) {
        return new Place(Objects.requireNonNull(name, "name"), null, null);
    }
}
