package io.github.frivillig.core.text;

import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Language tags and the order in which Frivillig falls back from one language to another.
 * <p>
 * Readers of the Scandinavian languages read each other's: a Danish user is better served by a Norwegian text
 * than by an English one. The fallback chains reflect that, and end with English.
 * <p>
 * This class is thread-safe.
 */
public final class Languages {

    // Whether the tags seen so far are well-formed. Documents use a handful of tags over and over, and parsing one
    // with Locale.Builder costs more than all other checks of a text together. Bounded, since tags come from
    // documents that may be hostile: once full, further tags are parsed every time.
    private static final int MAX_REMEMBERED_TAGS = 512;
    private static final int MAX_REMEMBERED_TAG_LENGTH = 64;
    private static final Map<String, Boolean> WELL_FORMED = new ConcurrentHashMap<>();

    private Languages() {
    }

    /**
     * Returns the languages to try, in order, when text in a locale's language is wanted.
     * <p>
     * The chain starts with the locale's own language and ends with {@code en}: for example {@code nn → nb → no →
     * da → sv → en}, {@code da → nb → no → nn → sv → en}, {@code se → nb → no → nn → sv → fi → en}. The JVM's
     * default locale never takes part.
     *
     * @param locale  the locale wanted, not null
     * @return the language codes to try, not null, never empty
     */
    public static List<String> fallbackChain(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        String language = locale.getLanguage();
        switch (language) {
            case "nb":
                return List.of("nb", "no", "nn", "da", "sv", "en");
            case "no":
                return List.of("no", "nb", "nn", "da", "sv", "en");
            case "nn":
                return List.of("nn", "nb", "no", "da", "sv", "en");
            case "da":
                return List.of("da", "nb", "no", "nn", "sv", "en");
            case "sv":
                return List.of("sv", "nb", "no", "da", "nn", "en");
            case "fi":
                return List.of("fi", "sv", "en");
            case "is":
            case "fo":
                return List.of(language, "da", "nb", "no", "nn", "sv", "en");
            case "se":
            case "sma":
            case "smj":
            case "fkv":
                return List.of(language, "nb", "no", "nn", "sv", "fi", "en");
            case "en":
            case "":
                return List.of("en");
            default:
                return List.of(language, "en");
        }
    }

    /**
     * Checks whether a text is a well-formed BCP 47 language tag with a language subtag, such as {@code nb},
     * {@code en-GB} or {@code se-t-t0-und}.
     *
     * @param tag  the text to check, not null
     * @return true if the tag is well-formed
     */
    public static boolean isWellFormed(String tag) {
        Objects.requireNonNull(tag, "tag");
        Boolean known = WELL_FORMED.get(tag);
        if (known != null) {
            return known;
        }
        boolean wellFormed = parses(tag);
        if (tag.length() <= MAX_REMEMBERED_TAG_LENGTH && WELL_FORMED.size() < MAX_REMEMBERED_TAGS) {
            WELL_FORMED.put(tag, wellFormed);
        }
        return wellFormed;
    }

    private static boolean parses(String tag) {
        if (tag.isEmpty()) {
            return false;
        }
        try {
            return !new Locale.Builder().setLanguageTag(tag).build().getLanguage().isEmpty();
        } catch (IllformedLocaleException e) {
            return false;
        }
    }

    /**
     * Returns the primary language subtag of a tag, in lower case: {@code nb} for {@code nb-NO}.
     *
     * @param tag  the language tag, not null
     * @return the primary language subtag, not null; the whole tag in lower case if it has no hyphen
     */
    public static String primaryLanguage(String tag) {
        int hyphen = tag.indexOf('-');
        return (hyphen < 0 ? tag : tag.substring(0, hyphen)).toLowerCase(Locale.ROOT);
    }
}
