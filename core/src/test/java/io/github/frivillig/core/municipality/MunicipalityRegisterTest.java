package io.github.frivillig.core.municipality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.junit.jupiter.api.Test;

/**
 * Facts from the official classifications, checked against the bundled register: Statistics Norway's
 * classification 131 (versions 2019, 2020 and 2024), Statistics Denmark's municipality codes, Statistics Sweden's
 * and Statistics Finland's.
 */
class MunicipalityRegisterTest {

    private static final MunicipalityRegister REGISTER = MunicipalityRegister.bundled();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void knowsTheSeedMunicipalitiesByTheirCurrentCodes() {
        assertThat(name(Country.NORWAY, "4001", TODAY)).isEqualTo("Porsgrunn");
        assertThat(name(Country.NORWAY, "4014", TODAY)).isEqualTo("Kragerø");
        assertThat(name(Country.NORWAY, "3407", TODAY)).isEqualTo("Gjøvik");
        assertThat(name(Country.DENMARK, "860", TODAY)).isEqualTo("Hjørring");
        assertThat(name(Country.DENMARK, "461", TODAY)).isEqualTo("Odense");
        assertThat(name(Country.DENMARK, "101", TODAY)).isEqualTo("København");
        assertThat(name(Country.DENMARK, "751", TODAY)).isEqualTo("Aarhus");
    }

    @Test
    void holdsEveryIntervalOfTheBundledFilesAsWritten() throws IOException {
        int intervals = 0;
        for (Country country : REGISTER.countries()) {
            String resource = "municipalities-" + country.code().toLowerCase(Locale.ROOT) + ".tsv";
            try (InputStream in = MunicipalityRegister.class.getResourceAsStream(resource)) {
                List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .filter(line -> !line.isBlank() && !line.startsWith("#")).skip(1).toList();
                for (String line : lines) {
                    String[] columns = line.split("\t", -1);
                    LocalDate from = columns[1].isEmpty() ? null : LocalDate.parse(columns[1]);
                    LocalDate to = columns[2].isEmpty() ? null : LocalDate.parse(columns[2]);
                    assertThat(REGISTER.records(country, columns[0])).as(line)
                            .anyMatch(record -> Objects.equals(record.validFrom(), from)
                                    && Objects.equals(record.validTo(), to));
                    intervals++;
                }
            }
        }
        assertThat(intervals).isGreaterThan(1000);
    }

    @Test
    void gjovikGotCode3407OnTheFirstOfJanuary2020() {
        assertThat(REGISTER.find(Country.NORWAY, "3407", LocalDate.of(2019, 12, 31))).isEmpty();
        assertThat(REGISTER.find(Country.NORWAY, "3407", LocalDate.of(2020, 1, 1))).get()
                .extracting(MunicipalityRecord::name).isEqualTo("Gjøvik");
        assertThat(name(Country.NORWAY, "0502", LocalDate.of(2019, 12, 31))).isEqualTo("Gjøvik");
        assertThat(REGISTER.find(Country.NORWAY, "0502", LocalDate.of(2020, 1, 1))).isEmpty();
    }

    @Test
    void baerumWasRenumberedTwice() {
        MunicipalityRecord old = REGISTER.find(Country.NORWAY, "0219", LocalDate.of(2019, 6, 1)).orElseThrow();
        List<MunicipalityRecord> next = REGISTER.successors(old);
        assertThat(next).extracting(MunicipalityRecord::code).containsExactly("3024");
        assertThat(next.get(0).change()).isEqualTo(MunicipalityChange.RENUMBERING);
        assertThat(REGISTER.successors(next.get(0))).extracting(MunicipalityRecord::code).containsExactly("3201");
        assertThat(REGISTER.relatedOn(old, TODAY)).extracting(MunicipalityRecord::code).containsExactly("3201");
    }

    @Test
    void alesundWasSplitIntoAlesundAndHaramIn2024() {
        MunicipalityRecord alesund2020 = REGISTER.find(Country.NORWAY, "1507", LocalDate.of(2023, 12, 31)).orElseThrow();
        assertThat(alesund2020.change()).isEqualTo(MunicipalityChange.SPLIT);
        assertThat(REGISTER.successors(alesund2020)).extracting(MunicipalityRecord::code, MunicipalityRecord::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1508", "Ålesund"),
                        org.assertj.core.groups.Tuple.tuple("1580", "Haram"));
        assertThat(REGISTER.predecessors(alesund2020)).extracting(MunicipalityRecord::code)
                .contains("1504", "1534");
    }

    @Test
    void countsMatchTheOfficialClassifications() {
        assertThat(REGISTER.inForce(Country.NORWAY, LocalDate.of(2019, 12, 31))).hasSize(422);
        assertThat(REGISTER.inForce(Country.NORWAY, LocalDate.of(2020, 1, 1))).hasSize(356);
        assertThat(REGISTER.inForce(Country.NORWAY, LocalDate.of(2023, 12, 31))).hasSize(356);
        assertThat(REGISTER.inForce(Country.NORWAY, LocalDate.of(2024, 1, 1))).hasSize(357);
        assertThat(REGISTER.inForce(Country.DENMARK, TODAY)).hasSize(98);
        assertThat(REGISTER.inForce(Country.SWEDEN, TODAY)).hasSize(290);
        assertThat(REGISTER.inForce(Country.FINLAND, LocalDate.of(2024, 12, 31))).hasSize(309);
        assertThat(REGISTER.inForce(Country.FINLAND, TODAY)).hasSize(308);
        assertThat(REGISTER.covers(Country.ICELAND)).isFalse();
    }

    @Test
    void everyCodeHasTheCountrysFormatAndEverySuccessorExists() {
        for (Country country : REGISTER.countries()) {
            for (MunicipalityRecord record : REGISTER.inForce(country, LocalDate.of(2019, 12, 31))) {
                assertThat(country.isWellFormedMunicipalityCode(record.code())).as(record.toString()).isTrue();
                if (record.validTo() != null) {
                    assertThat(REGISTER.successors(record)).as(record.toString()).hasSameSizeAs(record.successors());
                }
            }
        }
    }

    @Test
    void findsMunicipalitiesByAnyOfTheirOfficialNames() {
        assertThat(REGISTER.findByName(Country.NORWAY, "gjøvik")).extracting(MunicipalityRecord::code)
                .containsExactly("0502", "3407");
        assertThat(REGISTER.findByName(Country.NORWAY, "Kautokeino")).isNotEmpty()
                .allSatisfy(record -> assertThat(record.names()).containsValue("Guovdageaidnu"));
        assertThat(REGISTER.findByName(Country.FINLAND, "Helsingfors")).extracting(MunicipalityRecord::code)
                .containsExactly("091");
        assertThat(REGISTER.findByName(Country.NORWAY, "Atlantis")).isEmpty();
    }

    @Test
    void unknownCodesGiveEmptyResultsNotNull() {
        assertThat(REGISTER.records(Country.NORWAY, "9999")).isEmpty();
        assertThat(REGISTER.find(Country.DENMARK, "999", TODAY)).isEmpty();
        assertThat(REGISTER.records(Country.ICELAND, "0000")).isEmpty();
    }

    private static String name(Country country, String code, LocalDate date) {
        return REGISTER.find(country, code, date).orElseThrow(() -> new AssertionError(country + " " + code)).name();
    }

    @Test
    void knowsFromWhichDayItCoversEachCountry() {
        assertThat(REGISTER.coverageFrom(Country.NORWAY)).contains(LocalDate.of(2018, 1, 1));
        assertThat(REGISTER.coverageFrom(Country.DENMARK)).contains(LocalDate.of(2007, 1, 1));
        assertThat(REGISTER.coverageFrom(Country.SWEDEN)).contains(LocalDate.of(2002, 1, 1));
        assertThat(REGISTER.coverageFrom(Country.FINLAND)).contains(LocalDate.of(2024, 1, 1));
        assertThat(REGISTER.coverageFrom(Country.ICELAND)).isEmpty();
    }

    @Test
    void matchesNamesIgnoringCaseAndRunsOfWhiteSpace() {
        MunicipalityRecord kautokeino = REGISTER.findByName(Country.NORWAY, "Kautokeino").get(0);

        assertThat(REGISTER.hasName(kautokeino, "  KAUTOKEINO ")).isTrue();
        assertThat(REGISTER.hasName(kautokeino, "Guovdageaidnu   -   Kautokeino")).isTrue();
        assertThat(REGISTER.hasName(kautokeino, "Karasjok")).isFalse();
    }
}
