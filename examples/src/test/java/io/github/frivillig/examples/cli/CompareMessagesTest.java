package io.github.frivillig.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.github.frivillig.core.code.Codelists;
import io.github.frivillig.core.dataset.CoverageSource;
import io.github.frivillig.core.validation.LocalizedMessages;

/** The text of {@code compare} is complete in every language, and names the same arguments in each. */
class CompareMessagesTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{([A-Za-z]+)\\}");
    private static final LocalizedMessages MESSAGES = LocalizedMessages.of(CompareText.class, "compare");

    @Test
    void everyLanguageHasEveryKeyWithTheArgumentsOfTheEnglishText() {
        Set<String> keys = MESSAGES.keys("en");
        assertThat(keys).isNotEmpty();
        for (String language : Codelists.LANGUAGES) {
            assertThat(MESSAGES.keys(language)).as(language).isEqualTo(keys);
            for (String key : keys) {
                assertThat(arguments(MESSAGES.template(key, Locale.forLanguageTag(language))))
                        .as(language + " " + key)
                        .isEqualTo(arguments(MESSAGES.template(key, Locale.ENGLISH)));
            }
        }
    }

    @Test
    void everyLanguageMarksTheFourSourcesWithFourDifferentLetters() {
        for (String language : Codelists.LANGUAGES) {
            Set<String> letters = new HashSet<>();
            for (CoverageSource source : CoverageSource.values()) {
                String letter = MESSAGES.template("source." + source.code(), Locale.forLanguageTag(language));
                assertThat(letter).as(language + " " + source.code()).hasSize(1);
                letters.add(letter);
                // The heading explains each letter.
                assertThat(MESSAGES.template("themes.by-municipality", Locale.forLanguageTag(language)))
                        .contains("(" + letter + ")");
            }
            assertThat(letters).as(language).hasSize(CoverageSource.values().length);
        }
    }

    private static Set<String> arguments(String template) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(template);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
