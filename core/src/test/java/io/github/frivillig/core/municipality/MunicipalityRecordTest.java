package io.github.frivillig.core.municipality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.frivillig.core.fixtures.TestPolicies;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.validation.PolicyValidator;
import io.github.frivillig.core.validation.Violation;

/** A register's record names a municipality as a policy does, and a validator can check against any register. */
class MunicipalityRecordTest {

    /** Porsgrunn under the number it has had since 2024 (Statistics Norway, classification 131). */
    private static final MunicipalityRecord PORSGRUNN = new MunicipalityRecord(Country.NORWAY, "4001",
            LocalDate.of(2024, 1, 1), null, Map.of("nb", "Porsgrunn"), List.of(), null);

    @Test
    void namesTheMunicipalityAsAPolicyWouldWithItsPrimaryName() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("fi", "Helsinki");
        names.put("sv", "Helsingfors");
        MunicipalityRecord bilingual = new MunicipalityRecord(Country.FINLAND, "091", null, null, names, List.of(),
                null);

        assertThat(PORSGRUNN.toMunicipality()).isEqualTo(Municipality.of(Country.NORWAY, "4001", "Porsgrunn"));
        assertThat(bilingual.toMunicipality()).isEqualTo(Municipality.of(Country.FINLAND, "091", "Helsinki"));
    }

    @Test
    void aValidatorChecksAgainstTheRegisterItIsGiven() {
        PolicyValidator withOnlyPorsgrunn = PolicyValidator.builder()
                .municipalityRegister(MunicipalityRegister.of(List.of(PORSGRUNN))).build();
        Policy porsgrunn = TestPolicies.valid().build();
        Policy skien = TestPolicies.valid()
                .municipality(Municipality.of(Country.NORWAY, "4003", "Skien")).build();

        assertThat(withOnlyPorsgrunn.validate(porsgrunn).violations()).isEmpty();
        assertThat(withOnlyPorsgrunn.validate(skien).violations()).extracting(Violation::code)
                .contains("municipality.unknown-code");
        // The bundled register knows Skien's number of 2024.
        assertThat(PolicyValidator.create().validate(skien).violations()).extracting(Violation::code)
                .doesNotContain("municipality.unknown-code");
    }
}
