package io.github.frivillig.core.organisation;

import static io.github.frivillig.core.organisation.IdentifierScheme.DK_CVR;
import static io.github.frivillig.core.organisation.IdentifierScheme.FI_YTUNNUS;
import static io.github.frivillig.core.organisation.IdentifierScheme.NO_ORGNR;
import static io.github.frivillig.core.organisation.IdentifierScheme.SE_ORGNR;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The check-digit rules alone, with tables of numbers. Every valid sample is a real organisation's number, looked
 * up in public sources and checked by hand below; every invalid or constructed sample says so.
 */
class IdentifierSchemeTest {

    @Nested
    class NorwegianOrganisationNumber {

        // Brønnøysundregistrene's rule: weights 3,2,7,6,5,4,3,2 on the first eight digits; remainder of the sum
        // modulo 11; check digit 11 - remainder, 0 for remainder 0, no valid number for remainder 1.
        //
        // Worked example, 974760673 (Brønnøysundregistrene itself, registered as Registerenheten i Brønnøysund):
        //   9·3 + 7·2 + 4·7 + 7·6 + 6·5 + 0·4 + 6·3 + 7·2
        //   = 27 + 14 + 28 + 42 + 30 + 0 + 18 + 14 = 173
        //   173 = 15·11 + 8, remainder 8, check digit 11 - 8 = 3 ✓
        // 923609016: 27 + 4 + 21 + 36 + 0 + 36 + 0 + 2 = 126 = 11·11 + 5, check digit 11 - 5 = 6 ✓
        // 984851006: 27 + 16 + 28 + 48 + 25 + 4 + 0 + 0 = 148 = 13·11 + 5, check digit 11 - 5 = 6 ✓
        @ParameterizedTest
        @ValueSource(strings = {
                "974760673", // Brønnøysundregistrene (Registerenheten i Brønnøysund), Enhetsregisteret, brreg.no
                "923609016", // Equinor ASA, Enhetsregisteret (data.brreg.no)
                "984851006"  // DNB Bank ASA, Enhetsregisteret (data.brreg.no)
        })
        void acceptsRegisteredOrganisationNumbers(String number) {
            assertThat(NO_ORGNR.isWellFormed(number)).isTrue();
            assertThat(NO_ORGNR.hasValidCheckDigit(number)).isTrue();
        }

        @Test
        void acceptsCheckDigitZeroForRemainderZero() {
            // Constructed: 9·3 + 7·2 + 4·7 + 7·6 + 6·5 + 0·4 + 6·3 + 3·2 = 165 = 15·11, remainder 0, check digit 0.
            assertThat(NO_ORGNR.hasValidCheckDigit("974760630")).isTrue();
            assertThat(NO_ORGNR.hasValidCheckDigit("974760631")).isFalse();
        }

        @ParameterizedTest
        @ValueSource(strings = {"974760690", "974760691", "974760692", "974760693", "974760694", "974760695",
                "974760696", "974760697", "974760698", "974760699"})
        void rejectsOrganisationNumberWithRemainderOne(String number) {
            // Constructed: 9·3 + 7·2 + 4·7 + 7·6 + 6·5 + 0·4 + 6·3 + 9·2 = 177 = 16·11 + 1. Remainder 1 would need
            // check digit 10, so no number starting 97476069 is valid, whatever its last digit.
            assertThat(NO_ORGNR.isWellFormed(number)).isTrue();
            assertThat(NO_ORGNR.hasValidCheckDigit(number)).isFalse();
        }

        @ParameterizedTest
        @ValueSource(strings = {"974760674", "923609017", "984851000"})
        void rejectsAWrongCheckDigit(String number) {
            // Real numbers above with the last digit changed.
            assertThat(NO_ORGNR.isWellFormed(number)).isTrue();
            assertThat(NO_ORGNR.hasValidCheckDigit(number)).isFalse();
        }

        @ParameterizedTest
        @ValueSource(strings = {"97476067", "9747606730", "974 760 673", "97476067A", "", "NO974760673"})
        void isNotWellFormedWithoutExactlyNineDigits(String value) {
            assertThat(NO_ORGNR.isWellFormed(value)).isFalse();
            assertThat(NO_ORGNR.hasValidCheckDigit(value)).isFalse();
        }
    }

    @Nested
    class DanishCvrNumber {

        // Erhvervsstyrelsen's rule: all eight digits weighted 2,7,6,5,4,3,2,1 sum to a multiple of 11; the first
        // digit is not 0.
        //
        // 24256790 (Novo Nordisk A/S):
        //   2·2 + 4·7 + 2·6 + 5·5 + 6·4 + 7·3 + 9·2 + 0·1 = 4 + 28 + 12 + 25 + 24 + 21 + 18 + 0 = 132 = 12·11 ✓
        // 61056416 (Carlsberg A/S):
        //   12 + 7 + 0 + 25 + 24 + 12 + 2 + 6 = 88 = 8·11 ✓
        // 22756214 (A.P. Møller - Mærsk A/S):
        //   4 + 14 + 42 + 25 + 24 + 6 + 2 + 4 = 121 = 11·11 ✓
        @ParameterizedTest
        @ValueSource(strings = {
                "24256790", // Novo Nordisk A/S, CVR register (datacvr.virk.dk)
                "61056416", // Carlsberg A/S, CVR register (datacvr.virk.dk)
                "22756214"  // A.P. Møller - Mærsk A/S, CVR register (datacvr.virk.dk)
        })
        void acceptsRegisteredCvrNumbers(String number) {
            assertThat(DK_CVR.isWellFormed(number)).isTrue();
            assertThat(DK_CVR.hasValidCheckDigit(number)).isTrue();
        }

        @Test
        void rejectsACvrNumberStartingWithZero() {
            // Constructed: 0·2 + 4·7 + 2·6 + 5·5 + 6·4 + 7·3 + 0·2 + 0·1 = 110 = 10·11, so the sum alone would pass.
            assertThat(DK_CVR.isWellFormed("04256700")).isFalse();
            assertThat(DK_CVR.hasValidCheckDigit("04256700")).isFalse();
        }

        @ParameterizedTest
        @ValueSource(strings = {"24256791", "61056417", "22756215"})
        void rejectsAWeightedSumThatIsNotAMultipleOfEleven(String number) {
            // Real numbers above with the last digit raised by one: each sum becomes 1 more than a multiple of 11.
            assertThat(DK_CVR.isWellFormed(number)).isTrue();
            assertThat(DK_CVR.hasValidCheckDigit(number)).isFalse();
        }

        @Test
        void doesNotCheckProductionUnitNumbers() {
            // Danish P-numbers (production units) are ten digits and do not follow the CVR rule; the DK_CVR scheme
            // must not be used for them, and a ten-digit value is not a CVR number at all (constructed value).
            assertThat(DK_CVR.isWellFormed("1012345678")).isFalse();
            assertThat(DK_CVR.hasValidCheckDigit("1012345678")).isFalse();
        }

        @ParameterizedTest
        @ValueSource(strings = {"2425679", "242567900", "24 25 67 90", "DK24256790", ""})
        void isNotWellFormedWithoutExactlyEightDigits(String value) {
            assertThat(DK_CVR.isWellFormed(value)).isFalse();
        }
    }

    @Nested
    class SwedishOrganisationNumber {

        // Skatteverket (SKV 709): the tenth digit is a Luhn check digit; the third digit is at least 2, which
        // tells an organisation number from a personal identity number (whose third digit is a month's tens).
        //
        // Luhn over 556012-5790 (Volvo AB), doubling every other digit from the first:
        //   5·2=10→1, 5, 6·2=12→3, 0, 1·2=2, 2, 5·2=10→1, 7, 9·2=18→9, 0
        //   1 + 5 + 3 + 0 + 2 + 2 + 1 + 7 + 9 + 0 = 30, a multiple of 10 ✓
        // 202100-5448: 4 + 0 + 4 + 1 + 0 + 0 + 1 + 4 + 8 + 8 = 30 ✓
        // 556016-0680: 1 + 5 + 3 + 0 + 2 + 6 + 0 + 6 + 7 + 0 = 30 ✓
        @ParameterizedTest
        @ValueSource(strings = {
                "556012-5790", // Volvo AB (Aktiebolaget Volvo), Bolagsverket
                "202100-5448", // Skatteverket, the Swedish Tax Agency's own organisation number (skatteverket.se)
                "556016-0680"  // Telefonaktiebolaget LM Ericsson, Bolagsverket
        })
        void acceptsRegisteredOrganisationNumbers(String number) {
            assertThat(SE_ORGNR.isWellFormed(number)).isTrue();
            assertThat(SE_ORGNR.hasValidCheckDigit(number)).isTrue();
        }

        @Test
        void rejectsAPersonalIdentityNumberWhoseThirdDigitIsBelowTwo() {
            // 121212-1212 is Skatteverket's well-known test personal identity number ("Tolvan Tolvansson"). It passes
            // Luhn (the five 1s doubled give 10, the five 2s add 10: 20), but its third digit, 1, makes it a
            // person's number, not an organisation's.
            assertThat(SE_ORGNR.isWellFormed("121212-1212")).isFalse();
            assertThat(SE_ORGNR.hasValidCheckDigit("121212-1212")).isFalse();
        }

        @ParameterizedTest
        @ValueSource(strings = {"556012-5791", "202100-5440", "556016-0681"})
        void rejectsAWrongLuhnCheckDigit(String number) {
            // Real numbers above with the last digit changed.
            assertThat(SE_ORGNR.isWellFormed(number)).isTrue();
            assertThat(SE_ORGNR.hasValidCheckDigit(number)).isFalse();
        }

        @ParameterizedTest
        @ValueSource(strings = {"5560125790", "556012 5790", "556012-579", "16556012-5790", "SE556012579001"})
        void isNotWellFormedOutsideTheCanonicalForm(String value) {
            assertThat(SE_ORGNR.isWellFormed(value)).isFalse();
        }
    }

    @Nested
    class FinnishBusinessId {

        // Finnish Patent and Registration Office / Tax Administration: weights 7,9,10,5,8,4,2 on the seven digits;
        // check digit 11 - remainder modulo 11, 0 for remainder 0, no valid number for remainder 1.
        //
        // 0112038-9 (Nokia Oyj):
        //   0·7 + 1·9 + 1·10 + 2·5 + 0·8 + 3·4 + 8·2 = 0 + 9 + 10 + 10 + 0 + 12 + 16 = 57
        //   57 = 5·11 + 2, remainder 2, check digit 11 - 2 = 9 ✓
        // 1927400-1 (KONE Oyj):
        //   7 + 81 + 20 + 35 + 32 + 0 + 0 = 175 = 15·11 + 10, check digit 11 - 10 = 1 ✓
        @ParameterizedTest
        @ValueSource(strings = {
                "0112038-9", // Nokia Oyj, YTJ (ytj.fi)
                "1927400-1"  // KONE Oyj, YTJ (ytj.fi)
        })
        void acceptsRegisteredBusinessIds(String id) {
            assertThat(FI_YTUNNUS.isWellFormed(id)).isTrue();
            assertThat(FI_YTUNNUS.hasValidCheckDigit(id)).isTrue();
        }

        @Test
        void acceptsCheckDigitZeroForRemainderZero() {
            // Constructed: 0·7 + 1·9 + 1·10 + 2·5 + 0·8 + 3·4 + 7·2 = 55 = 5·11, remainder 0, check digit 0.
            assertThat(FI_YTUNNUS.hasValidCheckDigit("0112037-0")).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"0112032-0", "0112032-1", "0112032-9"})
        void rejectsABusinessIdWithRemainderOne(String id) {
            // Constructed: 0·7 + 1·9 + 1·10 + 2·5 + 0·8 + 3·4 + 2·2 = 45 = 4·11 + 1; remainder 1 has no check digit.
            assertThat(FI_YTUNNUS.isWellFormed(id)).isTrue();
            assertThat(FI_YTUNNUS.hasValidCheckDigit(id)).isFalse();
        }

        @ParameterizedTest
        @ValueSource(strings = {"0112038-8", "1927400-2"})
        void rejectsAWrongCheckDigit(String id) {
            // Real business IDs above with the check digit changed.
            assertThat(FI_YTUNNUS.hasValidCheckDigit(id)).isFalse();
        }

        @ParameterizedTest
        @ValueSource(strings = {"01120389", "112038-9", "0112038 9", "FI01120389", ""})
        void isNotWellFormedOutsideTheCanonicalForm(String value) {
            assertThat(FI_YTUNNUS.isWellFormed(value)).isFalse();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "NO_ORGNR   | 974 760 673  | 974760673",
            "NO_ORGNR   | 974.760.673  | 974760673",
            "DK_CVR     | 24 25 67 90  | 24256790",
            "SE_ORGNR   | 5560125790   | 556012-5790",
            "SE_ORGNR   | 556012 5790  | 556012-5790",
            "FI_YTUNNUS | 01120389     | 0112038-9",
            // Nokia's business ID in the older six-digit form, before the leading zero was added
            "FI_YTUNNUS | 112038-9     | 0112038-9"
    })
    void normalisesUsualSeparatorsIntoTheCanonicalForm(IdentifierScheme scheme, String written, String canonical) {
        assertThat(scheme.normalize(written)).isEqualTo(canonical);
    }

    @Test
    void leavesASevenDigitFinnishNumberWithoutItsCheckDigitMalformed() {
        // Nokia's business ID with its check digit left off: not the legacy six-digit form, so no zero is added
        // and the format check, not the check digit, reports it.
        assertThat(IdentifierScheme.FI_YTUNNUS.normalize("0112038")).isEqualTo("0112038");
        assertThat(IdentifierScheme.FI_YTUNNUS.isWellFormed("0112038")).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "NO_ORGNR | '  12345 '     | 12345",
            "NO_ORGNR | 97476067A      | 97476067A",
            "DK_CVR   | 242567900      | 242567900"
    })
    void leavesAValueWhoseDigitsDoNotFitTheSchemeTrimmedButOtherwiseUnchanged(IdentifierScheme scheme, String written,
            String result) {
        assertThat(scheme.normalize(written)).isEqualTo(result);
    }

    @Test
    void namesTheCountryPrefixOfEachScheme() {
        assertThat(NO_ORGNR.countryPrefix()).isEqualTo("NO");
        assertThat(DK_CVR.countryPrefix()).isEqualTo("DK");
        assertThat(SE_ORGNR.countryPrefix()).isEqualTo("SE");
        assertThat(FI_YTUNNUS.countryPrefix()).isEqualTo("FI");
    }
}
