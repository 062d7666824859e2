package io.github.frivillig.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.github.frivillig.core.code.Codelists;
import io.github.frivillig.core.fixtures.ForeignDefaultLocale;
import io.github.frivillig.core.fixtures.MessageArguments;
import io.github.frivillig.core.organisation.GroupMember;
import io.github.frivillig.core.validation.Severity;
import io.github.frivillig.core.validation.SourceLocation;
import io.github.frivillig.json.internal.Problems;

/**
 * The messages of the problems in a document's bytes are complete in every shipped language, keep the English
 * file's keys, order and placeholders, and resolve fully, under a JVM whose default locale is none of them.
 */
@ExtendWith(ForeignDefaultLocale.class)
class JsonMessagesTest {

    private static final String BASE_NAME = "/io/github/frivillig/json/messages";
    private static final List<String> LANGUAGES = Codelists.LANGUAGES;
    /** The arguments Problems replaces by a word.* value, and the words each can take. */
    private static final Map<String, String> WORD_ARGUMENTS = Map.of(
            "expected", "element", "found", "nothing", "what", "partial-date", "type", "organisation-representative");
    /** The opening and closing quotation marks of each language. */
    private static final Map<String, String> QUOTES = Map.of(
            "en", "“”", "nb", "«»", "nn", "«»", "da", "»«", "sv", "””");

    @Test
    void everyLanguageHasExactlyTheEnglishKeysInTheirOrderWithTheSamePlaceholders() throws IOException {
        Map<String, String> english = entries("en");
        assertThat(english).containsKeys("format.syntax", "format.unknown-key", "word.object");

        for (String language : LANGUAGES.subList(1, LANGUAGES.size())) {
            Map<String, String> translated = entries(language);

            assertThat(new ArrayList<>(translated.keySet())).as(language)
                    .isEqualTo(new ArrayList<>(english.keySet()));
            english.forEach((key, template) -> {
                assertThat(translated.get(key)).as(language + " " + key).isNotBlank();
                assertThat(MessageArguments.names(translated.get(key))).as(language + " " + key)
                        .isEqualTo(MessageArguments.names(template));
            });
        }
    }

    @Test
    void everyMessageResolvesFullyInEveryLanguageAndIsTranslated() throws IOException {
        Map<String, String> english = entries("en");
        for (String language : LANGUAGES) {
            Locale locale = Locale.forLanguageTag(language);
            assertThat(Problems.MESSAGES.keys(language)).as(language).isEqualTo(english.keySet());
            for (String key : english.keySet()) {
                Map<String, Object> arguments = MessageArguments.dummies(english.get(key));
                String message = Problems.MESSAGES.format(key, locale, arguments);

                assertThat(message).as(language + " " + key).isNotBlank().doesNotContain("{", "}", "$");
                if (!language.equals("en") && !key.equals("word.null")) {
                    assertThat(message).as(language + " " + key)
                            .isNotEqualTo(Problems.MESSAGES.format(key, Locale.ENGLISH, arguments));
                }
            }
        }
    }

    @Test
    void everyProblemIsReportedInTheRequestedLanguageWithItsWordsFilledIn() throws IOException {
        Map<String, String> english = entries("en");
        for (String language : LANGUAGES) {
            Problems problems = new Problems(Locale.forLanguageTag(language), 1_000, 0);
            for (String key : english.keySet()) {
                if (key.startsWith("format.")) {
                    Map<String, Object> arguments = new LinkedHashMap<>(MessageArguments.dummies(english.get(key)));
                    arguments.putAll(WORD_ARGUMENTS);
                    arguments.keySet().retainAll(MessageArguments.names(english.get(key)));
                    problems.add(key, Severity.ERROR, SourceLocation.of(1, 1), "", arguments);
                }
            }

            assertThat(problems.violations()).isNotEmpty().allSatisfy(violation ->
                    assertThat(violation.message()).as(language + " " + violation.code())
                            .isNotBlank().doesNotContain("{", "}", "$"));
            String wrongType = problems.violations().stream()
                    .filter(violation -> violation.code().equals("format.wrong-type"))
                    .findFirst().orElseThrow().message();
            assertThat(wrongType).as(language)
                    .contains(Problems.MESSAGES.template("word.element", Locale.forLanguageTag(language)))
                    .contains(Problems.MESSAGES.template("word.nothing", Locale.forLanguageTag(language)));
        }
    }

    @Test
    void everyLanguageQuotesWithItsOwnQuotationMarks() throws IOException {
        for (String language : LANGUAGES) {
            String quotes = QUOTES.get(language);
            Set<Character> foreign = new TreeSet<>();
            for (char mark : "“”«»„‟\"".toCharArray()) {
                if (quotes.indexOf(mark) < 0) {
                    foreign.add(mark);
                }
            }
            entries(language).forEach((key, template) -> {
                for (char c : template.toCharArray()) {
                    assertThat(foreign).as(language + " " + key).doesNotContain(c);
                }
                if (template.indexOf(quotes.charAt(0)) >= 0) {
                    assertThat(template).as(language + " " + key).contains(quotes.substring(1));
                }
            });
            assertThat(entries(language).get("format.unknown-key")).as(language)
                    .startsWith(quotes.charAt(0) + "{key}" + quotes.charAt(1));
        }
    }

    @Test
    void everyKindOfGroupMemberHasAWordInEveryLanguage() {
        for (String language : LANGUAGES) {
            for (String type : Codelists.codes(GroupMember.Type.class)) {
                assertThat(Problems.MESSAGES.keys(language)).as(language).contains("word." + type);
            }
        }
    }

    /** The entries of one language's file, in the order the file has them. */
    private static Map<String, String> entries(String language) throws IOException {
        String resource = BASE_NAME + ("en".equals(language) ? "" : "_" + language) + ".properties";
        Map<String, String> entries = new LinkedHashMap<>();
        Properties properties = new Properties();
        try (InputStream in = JsonMessagesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            byte[] bytes = in.readAllBytes();
            properties.load(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                    new ByteArrayInputStream(bytes), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        int equals = line.indexOf('=');
                        entries.put(line.substring(0, equals), line.substring(equals + 1));
                    }
                }
            }
        }
        // The simple line reading above must agree with the Properties format.
        assertThat(entries).as(resource).isEqualTo(propertiesAsMap(properties));
        return entries;
    }

    private static Map<String, String> propertiesAsMap(Properties properties) {
        Map<String, String> map = new HashMap<>();
        properties.stringPropertyNames().forEach(name -> map.put(name, properties.getProperty(name)));
        return map;
    }
}
