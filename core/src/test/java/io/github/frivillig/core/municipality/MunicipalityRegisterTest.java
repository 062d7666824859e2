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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.frivillig.core.code.Codelists;

/**
 * Facts from the official classifications, checked against the bundled register: Statistics Norway's
 * classification 131 (its versions from 1995 to 2024 and their change tables), Statistics Denmark's municipality
 * codes (1970-2006 and since 2007, with the conversion table of the 2007 reform), Statistics Sweden's and
 * Statistics Finland's (its yearly classifications since 2013).
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

    /** The number of municipalities of each version of the classifications, on its first and last day. */
    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
            // Statistics Norway, classification 131: versions 1995 (435) to 2017 (426) and 2018 (422).
            "NO, 1995-01-01, 435", "NO, 2000-01-01, 435", "NO, 2001-12-31, 435",
            "NO, 2002-01-01, 434", "NO, 2004-12-31, 434",
            "NO, 2005-01-01, 433", "NO, 2005-12-31, 433",
            "NO, 2006-01-01, 431", "NO, 2007-12-31, 431",
            "NO, 2008-01-01, 430", "NO, 2011-12-31, 430",
            "NO, 2012-01-01, 429", "NO, 2012-12-31, 429",
            "NO, 2013-01-01, 428", "NO, 2016-12-31, 428",
            "NO, 2017-01-01, 426", "NO, 2017-12-31, 426",
            "NO, 2018-01-01, 422",
            // Statistics Denmark: 275 municipalities from 1974, 271 after Bornholm, 270 after Ærø, 98 from 2007.
            "DK, 2000-01-01, 275", "DK, 2002-12-31, 275",
            "DK, 2003-01-01, 271", "DK, 2005-12-31, 271",
            "DK, 2006-01-01, 270", "DK, 2006-12-31, 270",
            "DK, 2007-01-01, 98",
            // Statistics Sweden: 289 until Knivsta, 290 since.
            "SE, 2000-01-01, 289", "SE, 2002-12-31, 289", "SE, 2003-01-01, 290",
            // Statistics Finland, kunta_1_YYYY0101.
            "FI, 2013-01-01, 320", "FI, 2014-12-31, 320",
            "FI, 2015-01-01, 317", "FI, 2016-01-01, 313", "FI, 2017-01-01, 311", "FI, 2019-12-31, 311",
            "FI, 2020-01-01, 310", "FI, 2021-01-01, 309", "FI, 2024-12-31, 309", "FI, 2025-01-01, 308"})
    void countsMatchEveryVersionOfTheOfficialClassifications(String country, LocalDate day, int count) {
        assertThat(REGISTER.inForce(Codelists.find(Country.class, country).orElseThrow(), day)).hasSize(count);
    }

    /** Every change since the start of the register's coverage, as the classifications' change tables give it. */
    @ParameterizedTest(name = "{0} {1} ended {2}: {3} -> {4}")
    @CsvSource(delimiter = ';', value = {
            // Norway, SSB's change table 2002-2018.
            "NO; 0716; 2001-12-31; merger; 0716", "NO; 0718; 2001-12-31; merger; 0716",
            "NO; 1214; 2001-12-31; renumbering; 1159",
            "NO; 1804; 2004-12-31; merger; 1804", "NO; 1842; 2004-12-31; merger; 1804",
            "NO; 1154; 2005-12-31; merger; 1160", "NO; 1159; 2005-12-31; merger; 1160",
            "NO; 1569; 2005-12-31; merger; 1576", "NO; 1572; 2005-12-31; merger; 1576",
            "NO; 1503; 2007-12-31; merger; 1505", "NO; 1556; 2007-12-31; merger; 1505",
            "NO; 1723; 2011-12-31; merger; 1756", "NO; 1729; 2011-12-31; merger; 1756",
            "NO; 1901; 2012-12-31; merger; 1903", "NO; 1915; 2012-12-31; merger; 1903",
            "NO; 0706; 2016-12-31; merger; 0710", "NO; 0719; 2016-12-31; merger; 0710",
            "NO; 0720; 2016-12-31; split; 0704,0710", "NO; 0704; 2016-12-31; boundary; 0704",
            "NO; 0709; 2017-12-31; merger; 0712", "NO; 0728; 2017-12-31; merger; 0712",
            "NO; 0702; 2017-12-31; merger; 0715", "NO; 0714; 2017-12-31; merger; 0715",
            "NO; 0722; 2017-12-31; merger; 0729", "NO; 0723; 2017-12-31; merger; 0729",
            "NO; 1601; 2017-12-31; renumbering; 5001", "NO; 1756; 2017-12-31; renumbering; 5053",
            "NO; 1624; 2017-12-31; merger; 5054", "NO; 1718; 2017-12-31; merger; 5054",
            // Denmark: Bornholm, Ærø and a sample of the 2007 reform.
            "DK; 401; 2002-12-31; merger; 400", "DK; 409; 2002-12-31; merger; 400",
            "DK; 443; 2005-12-31; merger; 492", "DK; 493; 2005-12-31; merger; 492",
            "DK; 171; 2006-12-31; merger; 240", "DK; 235; 2006-12-31; merger; 240", "DK; 237; 2006-12-31; merger; 240",
            "DK; 233; 2006-12-31; split; 219,250", "DK; 793; 2006-12-31; split; 791,820,846",
            "DK; 219; 2006-12-31; merger; 219", "DK; 707; 2006-12-31; merger; 707",
            "DK; 751; ; ; ", "DK; 101; ; ; ",
            // Sweden.
            "SE; 0380; 2002-12-31; split; 0330,0380", "SE; 1917; 2006-12-31; renumbering; 0331",
            // Finland, Statistics Finland's list of abolished municipalities.
            "FI; 413; 2014-12-31; merger; 609", "FI; 476; 2014-12-31; merger; 297", "FI; 838; 2014-12-31; merger; 423",
            "FI; 164; 2015-12-31; merger; 301", "FI; 283; 2015-12-31; merger; 098", "FI; 319; 2015-12-31; merger; 783",
            "FI; 532; 2015-12-31; merger; 398", "FI; 174; 2016-12-31; merger; 297", "FI; 442; 2016-12-31; merger; 051",
            "FI; 911; 2019-12-31; merger; 541", "FI; 099; 2020-12-31; merger; 214", "FI; 588; 2024-12-31; merger; 507"})
    void everyChangeLinksTheOldCodeToItsSuccessors(String country, String code, LocalDate lastDay, String change,
            String successors) {
        List<MunicipalityRecord> records = REGISTER.records(Codelists.find(Country.class, country).orElseThrow(), code);
        if (lastDay == null) {
            // Unchanged: one record from before the coverage on, still in force.
            assertThat(records).singleElement().satisfies(only -> assertThat(only.validFrom()).isNull())
                    .satisfies(only -> assertThat(only.validTo()).isNull());
            return;
        }
        MunicipalityRecord record = records.stream().filter(r -> lastDay.equals(r.validTo())).findFirst()
                .orElseThrow(() -> new AssertionError(country + " " + code + " has no record ending " + lastDay));
        assertThat(record.change()).isEqualTo(Codelists.find(MunicipalityChange.class, change).orElseThrow());
        assertThat(REGISTER.successors(record)).extracting(MunicipalityRecord::code)
                .containsExactly(successors.split(","));
        assertThat(REGISTER.successors(record)).allSatisfy(next -> assertThat(next.validFrom())
                .isEqualTo(lastDay.plusDays(1)));
    }

    @Test
    void gjovikWas0502FromBeforeTheCoverageUntil2019() {
        MunicipalityRecord gjovik = REGISTER.find(Country.NORWAY, "0502", LocalDate.of(1995, 1, 1)).orElseThrow();

        assertThat(gjovik.validFrom()).isNull();
        assertThat(REGISTER.relatedOn(gjovik, LocalDate.of(2020, 1, 1))).extracting(MunicipalityRecord::code)
                .containsExactly("3407");
        assertThat(REGISTER.relatedOn(REGISTER.find(Country.NORWAY, "3407", TODAY).orElseThrow(),
                LocalDate.of(2009, 6, 1))).extracting(MunicipalityRecord::code).containsExactly("0502");
    }

    @Test
    void kuopioKeptItsCodeThroughTwoMergers() {
        List<MunicipalityRecord> kuopio = REGISTER.records(Country.FINLAND, "297");

        assertThat(kuopio).extracting(MunicipalityRecord::validFrom)
                .containsExactly(null, LocalDate.of(2015, 1, 1), LocalDate.of(2017, 1, 1));
        assertThat(REGISTER.predecessors(kuopio.get(1))).extracting(MunicipalityRecord::code)
                .containsExactly("297", "476");
        MunicipalityRecord maaninka = REGISTER.records(Country.FINLAND, "476").get(0);
        assertThat(REGISTER.relatedOn(maaninka, TODAY)).containsExactly(kuopio.get(2));
    }

    @Test
    void danishCodesKeptThroughTheReformDenoteTheOldTerritoryUntil2006() {
        // 707 was Grenaa until 2006 and has been Norddjurs, which took in Grenaa, since 2007.
        assertThat(name(Country.DENMARK, "707", LocalDate.of(2006, 12, 31))).isEqualTo("Grenaa");
        assertThat(name(Country.DENMARK, "707", LocalDate.of(2007, 1, 1))).isEqualTo("Norddjurs");
        // 101 København continued unchanged: one record from before the coverage to today.
        assertThat(REGISTER.find(Country.DENMARK, "101", LocalDate.of(2000, 1, 1)))
                .isEqualTo(REGISTER.find(Country.DENMARK, "101", TODAY));
        assertThat(REGISTER.find(Country.DENMARK, "400", LocalDate.of(2002, 12, 31))).isEmpty();
    }

    @Test
    void everyCodeHasTheCountrysFormatAndEverySuccessorExists() {
        int checked = 0;
        for (Country country : REGISTER.countries()) {
            for (int year = 1995; year <= 2026; year++) {
                for (LocalDate day : List.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))) {
                    for (MunicipalityRecord record : REGISTER.inForce(country, day)) {
                        assertThat(country.isWellFormedMunicipalityCode(record.code())).as(record.toString()).isTrue();
                        if (record.validTo() != null) {
                            assertThat(record.change()).as(record.toString()).isNotNull();
                            assertThat(REGISTER.successors(record)).as(record.toString())
                                    .hasSameSizeAs(record.successors());
                        }
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(20_000);
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
        assertThat(REGISTER.coverageFrom(Country.NORWAY)).contains(LocalDate.of(1995, 1, 1));
        assertThat(REGISTER.coverageFrom(Country.DENMARK)).contains(LocalDate.of(2000, 1, 1));
        assertThat(REGISTER.coverageFrom(Country.SWEDEN)).contains(LocalDate.of(2000, 1, 1));
        assertThat(REGISTER.coverageFrom(Country.FINLAND)).contains(LocalDate.of(2013, 1, 1));
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
