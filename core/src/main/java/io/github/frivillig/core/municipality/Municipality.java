package io.github.frivillig.core.municipality;

import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

import io.github.frivillig.core.validation.constraints.MunicipalityCode;
import io.github.frivillig.core.validation.constraints.NotBlankIfGiven;

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
 * @param county  the county (<i>fylke</i>, <i>region</i>, <i>län</i>) as the document states it, null if it does not
 * @param successors  the municipalities it became part of, for a municipality that a merger or split has ended,
 *                    as the document or its sources name them
 */
@MunicipalityCode
public record Municipality(@NotNull @Nullable Country country, @NotNull @Nullable String code,
        @NotBlank @Nullable String name, @NotBlankIfGiven @Nullable String county,
        List<@Valid Municipality> successors) {

    /**
     * Creates a municipality, copying its successors.
     *
     * @throws NullPointerException if the successors or one of them is null
     */
    public Municipality {
        successors = List.copyOf(Objects.requireNonNull(successors, "successors"));
    }

    /**
     * Obtains a municipality.
     *
     * @param country  the country, not null
     * @param code  the official code, not null
     * @param name  the name, not null
     * @return the municipality, not null
     */
    public static Municipality of(Country country, String code, String name) {
        return new Municipality(Objects.requireNonNull(country, "country"), Objects.requireNonNull(code, "code"),
                Objects.requireNonNull(name, "name"), null, List.of());
    }

    /**
     * Returns this municipality with the municipalities it became part of, for a policy of a former municipality.
     *
     * @param successors  the successors, not null
     * @return the municipality with its successors, not null
     */
    public Municipality withSuccessors(Municipality... successors) {
        return new Municipality(country, code, name, county, List.of(successors));
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
