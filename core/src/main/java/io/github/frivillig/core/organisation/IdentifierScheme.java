package io.github.frivillig.core.organisation;

import java.util.regex.Pattern;

import io.github.frivillig.core.code.Coded;

/**
 * A national register's scheme for identifying organisations, with its format and check-digit rule.
 * <table class="striped">
 * <caption>Schemes</caption>
 * <thead><tr><th>constant</th><th>code</th><th>canonical form</th><th>check digit</th><th>authority</th></tr></thead>
 * <tbody>
 * <tr><td>{@link #NO_ORGNR}</td><td>{@code no-orgnr}</td><td>9 digits</td>
 *     <td>modulus 11, weights 3,2,7,6,5,4,3,2; remainder 1 is invalid</td><td>Brønnøysundregistrene</td></tr>
 * <tr><td>{@link #DK_CVR}</td><td>{@code dk-cvr}</td><td>8 digits, the first not 0</td>
 *     <td>weights 2,7,6,5,4,3,2,1 sum to 0 modulo 11</td><td>Erhvervsstyrelsen</td></tr>
 * <tr><td>{@link #SE_ORGNR}</td><td>{@code se-orgnr}</td><td>{@code NNNNNN-NNNN}, third digit at least 2</td>
 *     <td>Luhn</td><td>Bolagsverket, Skatteverket</td></tr>
 * <tr><td>{@link #FI_YTUNNUS}</td><td>{@code fi-ytunnus}</td><td>{@code NNNNNNN-N}</td>
 *     <td>modulus 11, weights 7,9,10,5,8,4,2; remainder 1 is invalid</td><td>Patentti- ja rekisterihallitus</td></tr>
 * </tbody>
 * </table>
 * Danish production unit numbers (P-numbers) are not CVR numbers and do not follow the CVR rule.
 */
public enum IdentifierScheme implements Coded {
    /** Norwegian organisation number (<i>organisasjonsnummer</i>) from Enhetsregisteret. */
    NO_ORGNR("no-orgnr", "NO", Pattern.compile("[0-9]{9}")),
    /** Danish CVR number from the Central Business Register (<i>Det Centrale Virksomhedsregister</i>). */
    DK_CVR("dk-cvr", "DK", Pattern.compile("[1-9][0-9]{7}")),
    /** Swedish organisation number (<i>organisationsnummer</i>). */
    SE_ORGNR("se-orgnr", "SE", Pattern.compile("[0-9]{2}[2-9][0-9]{3}-[0-9]{4}")),
    /** Finnish business ID (<i>Y-tunnus</i>, <i>FO-nummer</i>). */
    FI_YTUNNUS("fi-ytunnus", "FI", Pattern.compile("[0-9]{7}-[0-9]"));

    private final String code;
    private final String countryPrefix;
    private final Pattern canonicalFormat;

    IdentifierScheme(String code, String countryPrefix, Pattern canonicalFormat) {
        this.code = code;
        this.countryPrefix = countryPrefix;
        this.canonicalFormat = canonicalFormat;
    }

    @Override
    public String code() {
        return code;
    }

    /**
     * Returns the ISO 3166-1 country code used as a prefix, such as {@code NO} in "NO 988 077 917 MVA".
     *
     * @return the country prefix, not null
     */
    public String countryPrefix() {
        return countryPrefix;
    }

    /**
     * Checks whether a value has this scheme's canonical format: {@code 988077917}, {@code 13585628},
     * {@code 556036-0793} or {@code 0112038-9}.
     *
     * @param value  the value, not null
     * @return true if the format is right, whatever the check digit
     */
    public boolean isWellFormed(String value) {
        return canonicalFormat.matcher(value).matches();
    }

    /**
     * Checks whether a well-formed value has the right check digit.
     *
     * @param value  the value, not null
     * @return true if the value is well-formed and its check digit is right
     */
    public boolean hasValidCheckDigit(String value) {
        if (!isWellFormed(value)) {
            return false;
        }
        switch (this) {
            case NO_ORGNR:
                return CheckDigits.norwegianOrganisationNumber(value);
            case DK_CVR:
                return CheckDigits.danishCvrNumber(value);
            case SE_ORGNR:
                return CheckDigits.swedishOrganisationNumber(value.substring(0, 6) + value.substring(7));
            default:
                return CheckDigits.finnishBusinessId(value.substring(0, 7) + value.substring(8));
        }
    }

    /**
     * Brings a value written with the usual separators into this scheme's canonical form: removes spaces, dots
     * and hyphens, then writes the hyphen where the scheme has one. Older six-digit Finnish business IDs get
     * their leading zero. A value whose digit count does not fit the scheme is returned trimmed, unchanged
     * otherwise, for validation to report.
     *
     * @param value  the value, not null
     * @return the canonical form if the digits fit the scheme, otherwise the trimmed value, not null
     */
    public String normalize(CharSequence value) {
        String trimmed = value.toString().strip();
        StringBuilder digits = new StringBuilder(trimmed.length());
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (!isSeparator(c)) {
                return trimmed;
            }
        }
        switch (this) {
            case NO_ORGNR:
            case DK_CVR:
                return digits.length() == (this == NO_ORGNR ? 9 : 8) ? digits.toString() : trimmed;
            case SE_ORGNR:
                return digits.length() == 10 ? digits.insert(6, '-').toString() : trimmed;
            default:
                // Business IDs issued before 1999 had six digits and a check digit ("112038-9"); they are written
                // with a leading zero today. Only the hyphen before the check digit tells that form from a
                // seven-digit number whose check digit is missing, which must stay malformed.
                if (digits.length() == 7 && trimmed.length() > 2 && trimmed.charAt(trimmed.length() - 2) == '-') {
                    digits.insert(0, '0');
                }
                return digits.length() == 8 ? digits.insert(7, '-').toString() : trimmed;
        }
    }

    static boolean isSeparator(char c) {
        return c == ' ' || c == '.' || c == '-' || c == '/' || c == '\u00a0' || c == '\u2009' || c == '\u2010'
                || c == '\u2011' || c == '\u2012' || c == '\u2013';
    }
}
