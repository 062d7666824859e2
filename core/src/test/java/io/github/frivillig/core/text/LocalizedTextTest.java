package io.github.frivillig.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

// The sample titles are those of the seeds: Porsgrunn's "Frivillighetsstrategi" and Hjørring's
// "Frivillighedspolitik på det sociale område".
class LocalizedTextTest {

    private static final Locale NB = Locale.forLanguageTag("nb");
    private static final Locale NN = Locale.forLanguageTag("nn");
    private static final Locale DA = Locale.forLanguageTag("da");
    private static final Locale SV = Locale.forLanguageTag("sv");
    private static final Locale EN = Locale.forLanguageTag("en");

    @Test
    void givesTheTextInTheLanguageAskedFor() {
        LocalizedText title = LocalizedText.builder()
                .text("nb", "Frivillighetsstrategi")
                .text("en", "Volunteer strategy")
                .build();

        assertThat(title.resolve(NB)).contains("Frivillighetsstrategi");
        assertThat(title.resolve(EN)).contains("Volunteer strategy");
    }

    @Test
    void givesANynorskReaderTheBokmålText() {
        LocalizedText title = LocalizedText.builder()
                .text("en", "Volunteer strategy")
                .text("nb", "Frivillighetsstrategi")
                .build();

        assertThat(title.resolve(NN)).contains("Frivillighetsstrategi");
    }

    @Test
    void givesADanishReaderTheNorwegianTextWhenThereIsNoDanish() {
        LocalizedText title = LocalizedText.builder()
                .text("en", "Volunteer strategy")
                .text("sv", "Volontärstrategi")
                .text("nb", "Frivillighetsstrategi")
                .build();

        assertThat(title.resolve(DA)).contains("Frivillighetsstrategi");
    }

    @Test
    void givesADanishReaderTheSwedishTextBeforeTheEnglish() {
        LocalizedText title = LocalizedText.builder()
                .text("en", "Volunteer strategy")
                .text("sv", "Volontärstrategi")
                .build();

        assertThat(title.resolve(DA)).contains("Volontärstrategi");
    }

    @Test
    void givesASwedishReaderTheSwedishTextFirst() {
        LocalizedText title = LocalizedText.builder()
                .text("nb", "Frivillighetsstrategi")
                .text("sv", "Volontärstrategi")
                .build();

        assertThat(title.resolve(SV)).contains("Volontärstrategi");
    }

    @Test
    void givesAnyReaderTheEnglishTextBeforeAnyOtherLanguage() {
        LocalizedText title = LocalizedText.builder()
                .text("fi", "Vapaaehtoisstrategia")
                .text("en", "Volunteer strategy")
                .build();

        assertThat(title.resolve(Locale.GERMAN)).contains("Volunteer strategy");
        assertThat(title.resolve(DA)).contains("Volunteer strategy");
    }

    @Test
    void givesTheFirstTextInAnyLanguageWhenTheChainFindsNone() {
        LocalizedText title = LocalizedText.builder()
                .text("fi", "Vapaaehtoisstrategia")
                .text("de", "Freiwilligenstrategie")
                .build();

        assertThat(title.resolve(DA)).contains("Vapaaehtoisstrategia");
    }

    @Test
    void prefersAHumanTextOverAMachineTranslationInTheSameLanguage() {
        LocalizedText title = LocalizedText.builder()
                .machineTranslation("en", "Volunteering strategy")
                .text("en-GB", "Volunteer strategy")
                .build();

        assertThat(title.resolve(EN)).contains("Volunteer strategy");
    }

    @Test
    void prefersAMachineTranslationInTheLanguageAskedForOverAHumanTextInAFallbackLanguage() {
        LocalizedText title = LocalizedText.builder()
                .text("nb", "Frivillighetsstrategi")
                .machineTranslation("da", "Frivillighedsstrategi")
                .build();

        assertThat(title.resolve(DA)).contains("Frivillighedsstrategi");
    }

    @Test
    void prefersAHumanTextOverAMachineTranslationWhenFallingBackToAnyLanguage() {
        LocalizedText title = LocalizedText.builder()
                .machineTranslation("fi", "Vapaaehtoisstrategia")
                .text("de", "Freiwilligenstrategie")
                .build();

        assertThat(title.resolve(DA)).contains("Freiwilligenstrategie");
    }

    @Test
    void prefersTheExactFullTagOverItsLanguage() {
        LocalizedText title = LocalizedText.builder()
                .text("en", "Volunteer strategy")
                .text("en-US", "Volunteering strategy")
                .build();

        assertThat(title.resolve(Locale.forLanguageTag("en-US"))).contains("Volunteering strategy");
        assertThat(title.resolve(EN)).contains("Volunteer strategy");
    }

    @Test
    void resolvesNothingInAnEmptyText() {
        assertThat(LocalizedText.empty().resolve(NB)).isEmpty();
        assertThat(LocalizedText.builder().build()).isSameAs(LocalizedText.empty());
    }

    @ParameterizedTest
    @CsvSource({
            "en,             en-t-t0-und",
            "en-t-nb,        en-t-nb-t0-und",
            "en-x-foo,       en-t-t0-und-x-foo",
            "en-t-nb-x-foo,  en-t-nb-t0-und-x-foo",
            "en-GB,          en-GB-t-t0-und",
            "en-t-t0-und,    en-t-t0-und",
            "en-t-nb-t0-und, en-t-nb-t0-und"
    })
    void marksAMachineTranslationInTheLanguageTag(String tag, String machineTag) {
        assertThat(LocalizedText.machineTranslationTag(tag)).isEqualTo(machineTag);
        assertThat(LocalizedText.isMachineTranslated(machineTag)).isTrue();
        assertThat(Languages.isWellFormed(machineTag)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-t-t0-und", "en-t-nb-t0-und", "EN-T-NB-T0-UND", "da-t-nb-t0-deepl"})
    void recognisesTheMachineTranslationField(String tag) {
        assertThat(LocalizedText.isMachineTranslated(tag)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "en-t-nb", "nb-NO", "en-x-t0", "en-x-t-t0-und", "en-u-t0-und"})
    void doesNotTakeATagWithoutTheTransformedContentFieldForAMachineTranslation(String tag) {
        assertThat(LocalizedText.isMachineTranslated(tag)).isFalse();
    }

    @Test
    void storesAMachineTranslationUnderItsMarkedTag() {
        LocalizedText title = LocalizedText.of("nb", "Frivillighetsstrategi")
                .withMachineTranslation("en", "Volunteer strategy");

        assertThat(title.languages()).containsExactly("nb", "en-t-t0-und");
        assertThat(title.text("en-t-t0-und")).contains("Volunteer strategy");
        assertThat(title.text("en")).isEmpty();
    }

    @Test
    void keepsTheInsertionOrderOfItsLanguages() {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("nn", "Frivilligstrategi");
        texts.put("nb", "Frivillighetsstrategi");
        texts.put("en", "Volunteer strategy");

        assertThat(LocalizedText.of(texts).languages()).containsExactly("nn", "nb", "en");
        assertThat(LocalizedText.builder().text("en", "a").text("da", "b").text("nb", "c").build().languages())
                .containsExactly("en", "da", "nb");
    }

    @Test
    void holdsIllFormedTagsAndBlankTextsForValidationToReport() {
        LocalizedText text = LocalizedText.builder().text("nb_NO", " ").build();

        assertThat(text.texts()).containsExactly(Map.entry("nb_NO", " "));
    }

    @Test
    void equalsATextWithTheSameTextsUnderTheSameTags() {
        LocalizedText title = LocalizedText.builder().text("nb", "Frivillighetsstrategi").text("en", "Strategy").build();

        assertThat(title)
                .isEqualTo(LocalizedText.builder().text("nb", "Frivillighetsstrategi").text("en", "Strategy").build())
                .hasSameHashCodeAs(LocalizedText.of(Map.of("nb", "Frivillighetsstrategi", "en", "Strategy")))
                .isNotEqualTo(LocalizedText.of("nb", "Frivillighetsstrategi"))
                .isNotEqualTo(LocalizedText.builder().text("nn", "Frivillighetsstrategi").text("en", "Strategy").build())
                .isNotEqualTo(LocalizedText.builder().text("nb", "Frivillighetsstrategi")
                        .machineTranslation("en", "Strategy").build());
    }

    @Test
    void equalityDoesNotDependOnTheOrderOfLanguages() {
        // Like the JSON object it is written as, a text is a map: the order is kept but is not part of its value.
        assertThat(LocalizedText.builder().text("nb", "a").text("en", "b").build())
                .isEqualTo(LocalizedText.builder().text("en", "b").text("nb", "a").build());
    }

    @Test
    void isNotChangedByChangingTheMapItWasMadeFrom() {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("nb", "Frivillighetsstrategi");
        LocalizedText title = LocalizedText.of(texts);

        texts.put("nb", "Endret");
        texts.put("en", "Changed");

        assertThat(title.texts()).containsExactly(Map.entry("nb", "Frivillighetsstrategi"));
    }

    @Test
    void isNotChangedByUsingItsBuilderAgain() {
        LocalizedText.Builder builder = LocalizedText.builder().text("nb", "Frivillighetsstrategi");
        LocalizedText title = builder.build();

        builder.text("en", "Volunteer strategy");

        assertThat(title.languages()).containsExactly("nb");
    }

    @Test
    void isNotChangedByReplacingOrAddingTextsInItsBuilderAfterSeveralBuilds() {
        LocalizedText.Builder builder = LocalizedText.builder().text("nb", "Frivillighetsstrategi");
        LocalizedText first = builder.build();
        LocalizedText second = builder.build();

        builder.text("nb", "Frivilligstrategi").machineTranslation("en", "Volunteer strategy");
        LocalizedText third = builder.build();
        builder.text("da", "Frivillighedsstrategi");

        assertThat(first.texts()).containsExactly(Map.entry("nb", "Frivillighetsstrategi"));
        assertThat(second).isEqualTo(first);
        assertThat(third.texts()).containsExactly(Map.entry("nb", "Frivilligstrategi"),
                Map.entry("en-t-t0-und", "Volunteer strategy"));
        assertThat(builder.build().languages()).containsExactly("nb", "en-t-t0-und", "da");
    }

    @Test
    void rejectsChangesToItsTexts() {
        LocalizedText title = LocalizedText.of("nb", "Frivillighetsstrategi");

        assertThatThrownBy(() -> title.texts().put("en", "Volunteer strategy"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> title.languages().remove("nb"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void addingATextGivesANewTextAndLeavesTheOriginalAlone() {
        LocalizedText nb = LocalizedText.of("nb", "Frivillighetsstrategi");

        LocalizedText both = nb.with("da", "Frivillighedsstrategi");

        assertThat(both.languages()).containsExactly("nb", "da");
        assertThat(nb.languages()).containsExactly("nb");
    }
}
