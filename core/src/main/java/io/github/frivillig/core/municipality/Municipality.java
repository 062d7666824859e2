package io.github.frivillig.core.municipality;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

import io.github.frivillig.core.validation.constraints.MunicipalityCode;

/**
 * A municipality as a policy names it: its country, its official code and its name, such as Gjøvik, Norway,
 * {@code 3407}, or Hjørring, Denmark, {@code 860}.
 * <p>
 * Codes change over time (Norway renumbered most municipalities in 2020 and many again in 2024). The municipality
 * holds what it was given; validation checks the code's format.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param country  the country, required
 * @param code  the official municipality code, required
 * @param name  the name, required
 */
@MunicipalityCode
public record Municipality(@NotNull @Nullable Country country, @NotNull @Nullable String code,
        @NotBlank @Nullable String name) {

    /**
     * Obtains a municipality.
     *
     * @param country  the country, not null
     * @param code  the official code, not null
     * @param name  the name, not null
     * @return the municipality, not null
     */
    public static Municipality of(Country country, String code, String name) {
        return new Municipality(java.util.Objects.requireNonNull(country, "country"),
                java.util.Objects.requireNonNull(code, "code"), java.util.Objects.requireNonNull(name, "name"));
    }

    /**
     * Returns the country code, municipality code and name, such as {@code NO 3407 Gjøvik}.
     *
     * @return the text form, not null
     */
    @Override
    public String toString() {
        return (country == null ? "?" : country.code()) + " " + code + " " + name;
    }
}
