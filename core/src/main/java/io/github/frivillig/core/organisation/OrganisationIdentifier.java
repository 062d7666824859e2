package io.github.frivillig.core.organisation;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import io.github.frivillig.core.code.Codelists;

/**
 * An organisation's identifier in a national register: a {@link IdentifierScheme scheme} and a value, such as
 * the Norwegian organisation number {@code 988077917} or the Danish CVR number {@code 13585628}.
 * <p>
 * {@link #of(IdentifierScheme, String)} takes the value as given; {@link #parse(CharSequence)} reads the forms
 * people write, with spaces, separators, country prefixes, labels and the Norwegian VAT suffix
 * ("NO 988 077 917 MVA", "DK-13585628", "CVR-nr. 13 58 56 28", "Org.nr 556036-0793", "FI0112038-9") and brings
 * the value into its canonical form. Neither throws for a wrong check digit: {@link #isValid()} tells, and
 * validation reports it.
 * <p>
 * {@link #toString()} gives {@code <scheme code>:<value>}, such as {@code no-orgnr:988077917}, which
 * {@link #parse(CharSequence)} reads back.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param scheme  the scheme, not null
 * @param value  the value, not null
 */
public record OrganisationIdentifier(IdentifierScheme scheme, String value) {

    // Labels people write before the number; longest first so that "cvr-nr." wins over "cvr".
    private static final List<String> LABELS = List.of(
            "organisasjonsnummer", "organisationsnummer", "business id", "fo-nummer", "y-tunnus",
            "org.nr.", "org. nr.", "org.nr", "org. nr", "org nr", "orgnr", "cvr-nr.", "cvr-nr", "cvr nr.", "cvr nr",
            "cvr");

    /**
     * Creates an identifier.
     *
     * @throws NullPointerException if either is null
     */
    public OrganisationIdentifier {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(value, "value");
    }

    /**
     * Obtains an identifier from a scheme and a value in canonical form, without any normalisation.
     *
     * @param scheme  the scheme, not null
     * @param value  the value, not null
     * @return the identifier, not null; never throws for a malformed value or a wrong check digit
     */
    public static OrganisationIdentifier of(IdentifierScheme scheme, String value) {
        return new OrganisationIdentifier(scheme, value);
    }

    /**
     * Obtains an identifier of a known scheme from text written with the usual separators, such as
     * "988 077 917" or "556036 0793".
     *
     * @param scheme  the scheme, not null
     * @param text  the text, not null
     * @return the identifier with its value in canonical form where the digits fit the scheme, not null
     */
    public static OrganisationIdentifier parse(IdentifierScheme scheme, CharSequence text) {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(text, "text");
        // Affixes are stripped until none is left: stripped once, "orgnr:9749" in "no-orgnr:NO-orgnr:9749" would
        // be the value, and parsing its own canonical text would strip the label and give another identifier.
        String value = text.toString().strip();
        for (String stripped = stripAffixes(value, scheme); !stripped.equals(value);
                stripped = stripAffixes(value, scheme)) {
            value = stripped;
        }
        return new OrganisationIdentifier(scheme, scheme.normalize(value));
    }

    /**
     * Obtains an identifier from text, working out the scheme.
     * <p>
     * The scheme comes from a scheme code ({@code no-orgnr:988077917}), a country prefix ({@code NO}, {@code DK},
     * {@code SE}, {@code FI}) or, failing those, the shape of the number: {@code NNNNNNN-N} is a Finnish business
     * ID, 9 digits a Norwegian organisation number, 10 digits a Swedish organisation number and 8 digits a Danish
     * CVR number (a Finnish business ID without its hyphen needs the {@code FI} prefix).
     *
     * @param text  the text, not null
     * @return the identifier, not null; never throws for a wrong check digit
     * @throws IllegalArgumentException if the scheme cannot be worked out from the text
     */
    public static OrganisationIdentifier parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString().strip();
        int colon = s.indexOf(':');
        if (colon > 0) {
            var scheme = Codelists.find(IdentifierScheme.class, s.substring(0, colon).toLowerCase(Locale.ROOT));
            if (scheme.isPresent()) {
                return parse(scheme.get(), s.substring(colon + 1));
            }
        }
        String unlabelled = stripLabel(s);
        if (unlabelled.length() >= 2) {
            String prefix = unlabelled.substring(0, 2).toUpperCase(Locale.ROOT);
            for (IdentifierScheme scheme : IdentifierScheme.values()) {
                if (scheme.countryPrefix().equals(prefix)
                        && (unlabelled.length() == 2 || !Character.isLetter(unlabelled.charAt(2)))) {
                    return parse(scheme, unlabelled);
                }
            }
        }
        IdentifierScheme byShape = schemeByShape(unlabelled);
        if (byShape == null && unlabelled.toUpperCase(Locale.ROOT).endsWith("MVA")) {
            // "988 077 917 MVA", the Norwegian VAT form, without its NO: only a Norwegian number can carry MVA.
            byShape = schemeByShape(unlabelled.substring(0, unlabelled.length() - 3).strip()) == IdentifierScheme.NO_ORGNR
                    ? IdentifierScheme.NO_ORGNR : null;
        }
        if (byShape == null) {
            throw new IllegalArgumentException("Cannot tell the scheme of organisation identifier '" + text
                    + "': give a scheme code (no-orgnr:, dk-cvr:, se-orgnr:, fi-ytunnus:) or a country prefix");
        }
        return parse(byShape, unlabelled);
    }

    private static IdentifierScheme schemeByShape(String s) {
        int digits = 0;
        int lastHyphen = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '-') {
                lastHyphen = digits;
            } else if (!IdentifierScheme.isSeparator(c)) {
                return null;
            }
        }
        if (digits == 8 && lastHyphen == 7) {
            return IdentifierScheme.FI_YTUNNUS;
        }
        switch (digits) {
            case 9:
                return IdentifierScheme.NO_ORGNR;
            case 10:
                return IdentifierScheme.SE_ORGNR;
            case 8:
                return IdentifierScheme.DK_CVR;
            default:
                return null;
        }
    }

    private static String stripAffixes(String s, IdentifierScheme scheme) {
        String rest = stripLabel(s);
        String upper = rest.toUpperCase(Locale.ROOT);
        boolean countryPrefixed = false;
        if (upper.startsWith(scheme.countryPrefix())
                && (rest.length() == 2 || !Character.isLetter(rest.charAt(2)))) {
            countryPrefixed = true;
            rest = stripLabel(rest.substring(2).strip());
            if (rest.startsWith("-") || rest.startsWith(":")) {
                rest = rest.substring(1).strip();
            }
            upper = rest.toUpperCase(Locale.ROOT);
        }
        if (scheme == IdentifierScheme.NO_ORGNR && upper.endsWith("MVA")) {
            rest = rest.substring(0, rest.length() - 3).strip();
        }
        if (scheme == IdentifierScheme.SE_ORGNR && countryPrefixed) {
            rest = stripSwedishVatSuffix(rest);
        }
        return rest;
    }

    // The Swedish VAT number is SE, the ten-digit organisation number and 01 (SE556036079301). Only with the SE
    // prefix: without it, twelve digits ending in 01 may be a personal identity number with its century.
    private static String stripSwedishVatSuffix(String s) {
        if (!s.endsWith("01")) {
            return s;
        }
        String number = s.substring(0, s.length() - 2).strip();
        int digits = 0;
        for (int i = 0; i < number.length(); i++) {
            if (number.charAt(i) >= '0' && number.charAt(i) <= '9') {
                digits++;
            }
        }
        return digits == 10 ? number : s;
    }

    private static String stripLabel(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        for (String label : LABELS) {
            if (lower.startsWith(label)) {
                String rest = s.substring(label.length()).strip();
                return rest.startsWith(":") ? rest.substring(1).strip() : rest;
            }
        }
        return s;
    }

    /**
     * Checks whether the value has the scheme's canonical format, whatever its check digit.
     *
     * @return true if the format is right
     */
    public boolean isWellFormed() {
        return scheme.isWellFormed(value);
    }

    /**
     * Checks whether the value has the scheme's format and the right check digit.
     *
     * @return true if the identifier is valid
     */
    public boolean isValid() {
        return scheme.hasValidCheckDigit(value);
    }

    /**
     * Returns the scheme code and the value, such as {@code no-orgnr:988077917}.
     *
     * @return the canonical text, not null
     */
    @Override
    public String toString() {
        return scheme.code() + ":" + value;
    }
}
