package io.github.frivillig.csv;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import io.github.frivillig.core.municipality.Country;
import io.github.frivillig.core.policy.Policy;

/**
 * The policy whose rows are being written: its id, which starts every row, and the language its readable text
 * columns are resolved in.
 *
 * @param policyId  the policy id, null if the policy has none
 * @param locale  the language for the readable text columns
 */
record PolicyContext(@Nullable String policyId, Locale locale) {

    static PolicyContext of(Policy policy) {
        return new PolicyContext(policy.id() == null ? null : policy.id().value(), readingLocale(policy));
    }

    // The policy's own language; failing that, the first official language of its country, so that a Danish
    // policy without a language tag still reads in Danish; failing that, the fallback chain of LocalizedText.
    private static Locale readingLocale(Policy policy) {
        String language = policy.language();
        if (language != null && !language.isBlank()) {
            return Locale.forLanguageTag(language);
        }
        Country country = policy.municipality() == null ? null : policy.municipality().country();
        return country == null ? Locale.ROOT : Locale.forLanguageTag(country.officialLanguages().get(0));
    }
}
