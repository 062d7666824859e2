package io.github.frivillig.core.validation.constraints;

import java.util.List;

import static io.github.frivillig.core.validation.constraints.Validators.assertOneViolation;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.frivillig.core.municipality.Country;
import io.github.frivillig.core.municipality.Municipality;

// Codes of the seed municipalities: Gjøvik 3407 (Statistics Norway; 0502 before 2020), Hjørring 860 and Odense 461
// (Statistics Denmark).
class MunicipalityCodeTest {

    record Host(@MunicipalityCode Municipality municipality) {
    }

    @RegisterExtension
    static final TestValidator validator = new TestValidator();

    @Test
    void acceptsFourDigitsInNorwayAndThreeInDenmark() {
        assertThat(validator.validate(new Host(Municipality.of(Country.NORWAY, "3407", "Gjøvik")))).isEmpty();
        assertThat(validator.validate(new Host(Municipality.of(Country.NORWAY, "0502", "Gjøvik")))).isEmpty();
        assertThat(validator.validate(new Host(Municipality.of(Country.DENMARK, "860", "Hjørring")))).isEmpty();
        assertThat(validator.validate(new Host(Municipality.of(Country.DENMARK, "461", "Odense")))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"502", "34070", "34O7", "", " 3407"})
    void reportsANorwegianCodeWithoutFourDigitsOnTheCode(String code) {
        var violations = validator.validate(new Host(Municipality.of(Country.NORWAY, code, "Gjøvik")));

        assertOneViolation(violations, "municipality.code", "MunicipalityCode");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0860", "86", "3407"})
    void reportsADanishCodeWithoutThreeDigitsOnTheCode(String code) {
        var violations = validator.validate(new Host(Municipality.of(Country.DENMARK, code, "Hjørring")));

        assertOneViolation(violations, "municipality.code", "MunicipalityCode");
    }

    @Test
    void leavesAMissingCountryOrCodeToNotNull() {
        assertThat(validator.validate(new Host(new Municipality(null, "3407", "Gjøvik", null, List.of())))).isEmpty();
        assertThat(validator.validate(new Host(new Municipality(Country.NORWAY, null, "Gjøvik", null, List.of())))).isEmpty();
        assertThat(validator.validate(new Host(null))).isEmpty();
    }

    @Test
    void guardsEveryMunicipalityOfTheModel() {
        // Municipality carries the constraint on its type.
        assertOneViolation(validator.validate(Municipality.of(Country.DENMARK, "0860", "Hjørring")), "code",
                "MunicipalityCode");
    }
}
