package io.github.frivillig.core.municipality;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * One entry of the {@link MunicipalityRegister}: a municipality code of a country and the municipality it denoted
 * during an interval, with its official names and, when the code ended, its successors.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param country  the country, not null
 * @param code  the official municipality code, not null
 * @param validFrom  the first day the code denoted this municipality, null if before the register's coverage
 * @param validTo  the last day it did, null if it still does
 * @param names  the official names by language tag, the primary name first, not null, not empty
 * @param successors  the codes that took over the day after {@code validTo}, not null
 * @param change  what happened when the code ended, null if it still is valid
 */
public record MunicipalityRecord(Country country, String code, @Nullable LocalDate validFrom,
        @Nullable LocalDate validTo, Map<String, String> names, List<String> successors,
        @Nullable MunicipalityChange change) {

    /**
     * Creates a record.
     */
    public MunicipalityRecord {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(code, "code");
        if (names.isEmpty()) {
            throw new IllegalArgumentException("Municipality " + code + " has no name");
        }
        names = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(names));
        successors = List.copyOf(successors);
    }

    /**
     * Returns the primary official name, such as {@code Porsgrunn} or {@code Guovdageaidnu}.
     *
     * @return the primary name, not null
     */
    public String name() {
        return names.values().iterator().next();
    }

    /**
     * Returns the name in a language, if the municipality has an official name in it.
     *
     * @param languageTag  the language tag, such as {@code se} or {@code sv}, not null
     * @return the name, empty if none in that language
     */
    public Optional<String> name(String languageTag) {
        return Optional.ofNullable(names.get(languageTag));
    }

    /**
     * Checks whether the code denoted this municipality on a day.
     *
     * @param date  the day, not null
     * @return true if the day lies within the record's interval
     */
    public boolean isValidOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }

    /**
     * Returns the municipality as a policy would name it, with its primary name.
     *
     * @return the municipality, not null
     */
    public Municipality toMunicipality() {
        return Municipality.of(country, code, name());
    }

    /**
     * Returns the code, name and interval, such as {@code NO 3806 Porsgrunn 2020-01-01..2023-12-31}.
     *
     * @return the text form, not null
     */
    @Override
    public String toString() {
        return country.code() + " " + code + " " + name() + " " + (validFrom == null ? "" : validFrom) + ".."
                + (validTo == null ? "" : validTo);
    }
}
