package io.github.frivillig.core.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Parsing organisation identifiers from the forms people write. The check-digit rules themselves are tested in
 * {@link IdentifierSchemeTest}, where the real organisations behind the numbers are cited.
 * <p>
 * Three samples are the examples used in Frivillig's own documentation (DESIGN.md, the javadoc), taken from
 * python-stdnum's documentation: 988077917 (no), 13585628 (dk) and 556036-0793 (se). They pass their check
 * digits, but which organisations hold them could not be confirmed; here they only exercise parsing.
 */
class OrganisationIdentifierTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // Norwegian VAT form, with country prefix, spaces and the MVA suffix
            "NO 988 077 917 MVA      | no-orgnr:988077917",
            "NO923609016MVA          | no-orgnr:923609016",
            // The VAT form as often written on invoices, without the country prefix
            "988 077 917 MVA         | no-orgnr:988077917",
            "923609016mva            | no-orgnr:923609016",
            "DK-13585628             | dk-cvr:13585628",
            "DK 24 25 67 90          | dk-cvr:24256790",
            "CVR-nr. 13 58 56 28     | dk-cvr:13585628",
            "cvr: 61056416           | dk-cvr:61056416",
            "Org.nr 556036-0793      | se-orgnr:556036-0793",
            "Organisasjonsnummer: 974 760 673 | no-orgnr:974760673",
            // Swedish VAT form: SE + the ten digits + 01
            "SE556036079301          | se-orgnr:556036-0793",
            "SE 556012-5790 01       | se-orgnr:556012-5790",
            "FI01120389              | fi-ytunnus:0112038-9",
            "FI 0112038-9            | fi-ytunnus:0112038-9",
            "Y-tunnus 1927400-1      | fi-ytunnus:1927400-1",
            // Nokia's business ID in the older six-digit form gets its leading zero
            "FI 112038-9             | fi-ytunnus:0112038-9",
            "no-orgnr:988077917      | no-orgnr:988077917",
            "SE-ORGNR:5560125790     | se-orgnr:556012-5790",
            "fi-ytunnus:01120389     | fi-ytunnus:0112038-9"
    })
    void readsTheSchemeFromACodeALabelOrACountryPrefix(String text, String identifier) {
        OrganisationIdentifier parsed = OrganisationIdentifier.parse(text);

        assertThat(parsed).hasToString(identifier);
        assertThat(parsed.isValid()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "974760673     | NO_ORGNR   | 974760673",
            "974 760 673   | NO_ORGNR   | 974760673",
            "5560360793    | SE_ORGNR   | 556036-0793",
            "556012-5790   | SE_ORGNR   | 556012-5790",
            "0112038-9     | FI_YTUNNUS | 0112038-9",
            "13585628      | DK_CVR     | 13585628",
            "'  24256790 ' | DK_CVR     | 24256790"
    })
    void tellsTheSchemeOfABareNumberByItsShape(String text, IdentifierScheme scheme, String value) {
        assertThat(OrganisationIdentifier.parse(text)).isEqualTo(OrganisationIdentifier.of(scheme, value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"974760674", "NO 974 760 674 MVA", "DK-24256791", "556012-5791", "FI 0112038-8",
            "974760690"})
    void parsesAWrongCheckDigitWithoutThrowing(String text) {
        OrganisationIdentifier parsed = OrganisationIdentifier.parse(text);

        assertThat(parsed.isWellFormed()).isTrue();
        assertThat(parsed.isValid()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"hello", "12345", "", "   ", "1234567", "12345678901", "US 12-3456789", "GB123456789",
            // MVA is Norwegian: eight or ten digits before it are not a Norwegian number
            "13585628 MVA", "5560360793 MVA"})
    void rejectsTextWhoseSchemeCannotBeWorkedOut(String text) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> OrganisationIdentifier.parse(text))
                .withMessageContaining("'" + text + "'");
    }

    @Test
    void parsesWithAGivenSchemeWithoutGuessing() {
        // Nine digits would be taken for a Norwegian number; the scheme given wins.
        OrganisationIdentifier parsed = OrganisationIdentifier.parse(IdentifierScheme.SE_ORGNR, "556012 5790");

        assertThat(parsed).isEqualTo(OrganisationIdentifier.of(IdentifierScheme.SE_ORGNR, "556012-5790"));
    }

    @Test
    void keepsADigitCountThatDoesNotFitItsSchemeForValidationToReport() {
        OrganisationIdentifier parsed = OrganisationIdentifier.parse("NO 12345");

        assertThat(parsed).isEqualTo(OrganisationIdentifier.of(IdentifierScheme.NO_ORGNR, "12345"));
        assertThat(parsed.isWellFormed()).isFalse();
        assertThat(parsed.isValid()).isFalse();
    }

    @Test
    void takesTheValueOfOfAsGiven() {
        OrganisationIdentifier spaced = OrganisationIdentifier.of(IdentifierScheme.NO_ORGNR, "974 760 673");

        assertThat(spaced.value()).isEqualTo("974 760 673");
        assertThat(spaced.isWellFormed()).isFalse();
        assertThat(spaced.isValid()).isFalse();
    }

    @Test
    void printsTheSchemeCodeAndTheValue() {
        assertThat(OrganisationIdentifier.of(IdentifierScheme.NO_ORGNR, "988077917")).hasToString("no-orgnr:988077917");
        assertThat(OrganisationIdentifier.of(IdentifierScheme.SE_ORGNR, "556012-5790"))
                .hasToString("se-orgnr:556012-5790");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NO 988 077 917 MVA", "DK-13585628", "556012-5790", "FI 0112038-9", "974760674",
            "NO 12345"})
    void readsBackWhatItPrints(String text) {
        OrganisationIdentifier parsed = OrganisationIdentifier.parse(text);

        assertThat(OrganisationIdentifier.parse(parsed.toString())).isEqualTo(parsed);
    }

    @Test
    void requiresASchemeAndAValue() {
        assertThatNullPointerException().isThrownBy(() -> OrganisationIdentifier.of(null, "974760673"))
                .withMessage("scheme");
        assertThatNullPointerException().isThrownBy(() -> OrganisationIdentifier.of(IdentifierScheme.NO_ORGNR, null))
                .withMessage("value");
    }
}
