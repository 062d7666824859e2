package io.github.frivillig.core.validation.internal;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import io.github.frivillig.core.municipality.MunicipalityRegister;

/**
 * What the whole-policy constraint needs to know of the run it is part of: {@code PolicyValidator} passes it to
 * Hibernate Validator as the constraint validator payload. A host's own Bean Validation run passes none, and the
 * constraint then uses {@link #standalone(LocalDate)}.
 *
 * @param locale  the language of the violations' messages, not null
 * @param includePersonalData  whether offending values may show personal data
 * @param register  the register the municipality is checked against, null for none
 * @param today  the date that applies to a policy that gives none, not null
 * @param allSeverities  whether warnings and information are reported too, not only errors
 */
public record RuleSettings(Locale locale, boolean includePersonalData, @Nullable MunicipalityRegister register,
        LocalDate today, boolean allSeverities) {

    /**
     * Creates settings.
     */
    public RuleSettings {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(today, "today");
    }

    /**
     * The settings of a host's Bean Validation run: English messages in the violations, personal data masked,
     * the bundled register, and only errors, since a constraint violation makes the validated object invalid.
     *
     * @param today  the date of the host's clock, not null
     * @return the settings, not null
     */
    public static RuleSettings standalone(LocalDate today) {
        return new RuleSettings(Locale.ENGLISH, false, MunicipalityRegister.bundled(), today, false);
    }
}
