package io.github.frivillig.core.organisation;

/**
 * The check-digit rules of the organisation identifier schemes; one place for both {@link IdentifierScheme} and
 * the constraint validators. Each method expects a value already known to have the scheme's digit count.
 */
final class CheckDigits {

    // Brønnøysundregistrene, "Organisasjonsnummer": modulus 11 over the first eight digits with these weights;
    // check digit = 11 - remainder, 0 when the remainder is 0, and no valid number when the remainder is 1.
    private static final int[] NO_ORGNR_WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};

    // Erhvervsstyrelsen, CVR: all eight digits weighted 2,7,6,5,4,3,2,1 must sum to a multiple of 11.
    private static final int[] DK_CVR_WEIGHTS = {2, 7, 6, 5, 4, 3, 2, 1};

    // Finnish Patent and Registration Office / Tax Administration, Y-tunnus: seven digits weighted 7,9,10,5,8,4,2;
    // check digit = 11 - remainder, 0 when the remainder is 0, and no valid number when the remainder is 1.
    private static final int[] FI_YTUNNUS_WEIGHTS = {7, 9, 10, 5, 8, 4, 2};

    private CheckDigits() {
    }

    static boolean norwegianOrganisationNumber(String digits) {
        int expected = modulus11CheckDigit(digits, NO_ORGNR_WEIGHTS);
        return expected >= 0 && expected == digits.charAt(8) - '0';
    }

    static boolean danishCvrNumber(String digits) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (digits.charAt(i) - '0') * DK_CVR_WEIGHTS[i];
        }
        return sum % 11 == 0;
    }

    // Skatteverket (SKV 709): the tenth digit is a Luhn (modulus 10) check digit over the other nine.
    static boolean swedishOrganisationNumber(String tenDigits) {
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            int digit = tenDigits.charAt(i) - '0';
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    static boolean finnishBusinessId(String eightDigits) {
        int expected = modulus11CheckDigit(eightDigits, FI_YTUNNUS_WEIGHTS);
        return expected >= 0 && expected == eightDigits.charAt(7) - '0';
    }

    /** Returns the modulus 11 check digit for the weighted digits, or -1 when the remainder is 1. */
    private static int modulus11CheckDigit(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        int remainder = sum % 11;
        if (remainder == 0) {
            return 0;
        }
        return remainder == 1 ? -1 : 11 - remainder;
    }
}
