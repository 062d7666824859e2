package io.github.frivillig.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"nb", "nn", "da", "sv", "en", "se", "nn-NO", "en-GB", "en-t-t0-und", "en-t-nb-t0-und",
            "zh-Hant-TW", "NB"})
    void acceptsWellFormedTagsWithALanguage(String tag) {
        assertThat(Languages.isWellFormed(tag)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "nb_NO", "x-private", "123", "e", "nb-", "-nb", "nb NO", "bokmål"})
    void rejectsMalformedTagsAndTagsWithoutALanguage(String tag) {
        assertThat(Languages.isWellFormed(tag)).isFalse();
    }

    @Test
    void answersTheSameForTagsAskedAboutAgainAndForMoreTagsThanItRemembers() {
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 2000; i++) {
                assertThat(Languages.isWellFormed("nb-x-n" + i)).isTrue();
                assertThat(Languages.isWellFormed("nb_" + i)).isFalse();
            }
            assertThat(Languages.isWellFormed("en-t-nb-t0-und")).isTrue();
            assertThat(Languages.isWellFormed("und")).isFalse();
            assertThat(Languages.isWellFormed("a".repeat(100))).isFalse();
        }
    }

    @Test
    void fallsBackFromNynorskToBokmålBeforeDanish() {
        assertThat(Languages.fallbackChain(Locale.forLanguageTag("nn")))
                .containsExactly("nn", "nb", "no", "da", "sv", "en");
    }

    @Test
    void fallsBackFromDanishToNorwegianBeforeSwedish() {
        assertThat(Languages.fallbackChain(Locale.forLanguageTag("da")))
                .containsExactly("da", "nb", "no", "nn", "sv", "en");
    }

    @Test
    void fallsBackFromNorthernSamiToNorwegianSwedishAndFinnish() {
        assertThat(Languages.fallbackChain(Locale.forLanguageTag("se")))
                .containsExactly("se", "nb", "no", "nn", "sv", "fi", "en");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nb", "nn", "da", "sv", "fi", "is", "se", "de", "en", "nb-NO"})
    void endsEveryChainWithEnglishAndStartsWithTheLanguageItself(String tag) {
        Locale locale = Locale.forLanguageTag(tag);

        assertThat(Languages.fallbackChain(locale))
                .startsWith(locale.getLanguage())
                .endsWith("en")
                .doesNotHaveDuplicates();
    }

    @Test
    void ignoresTheRegionOfTheLocale() {
        assertThat(Languages.fallbackChain(Locale.forLanguageTag("da-GL")))
                .isEqualTo(Languages.fallbackChain(Locale.forLanguageTag("da")));
    }

    @Test
    void ignoresTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("da"));
            assertThat(Languages.fallbackChain(Locale.ROOT)).containsExactly("en");
            assertThat(Languages.fallbackChain(Locale.forLanguageTag("de"))).containsExactly("de", "en");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @ParameterizedTest
    @CsvSource({"nb, nb", "nb-NO, nb", "NN-no, nn", "en-t-nb-t0-und, en", "se, se"})
    void findsThePrimaryLanguageInLowerCase(String tag, String language) {
        assertThat(Languages.primaryLanguage(tag)).isEqualTo(language);
    }
}
