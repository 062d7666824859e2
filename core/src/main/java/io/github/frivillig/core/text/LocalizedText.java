package io.github.frivillig.core.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A text in one or more languages, each keyed by a BCP 47 language tag such as {@code nb}, {@code nn},
 * {@code da}, {@code sv} or {@code en}.
 * <p>
 * A policy keeps its texts in the languages it was written in, and may add translations. A translation made by
 * a machine is flagged in its language tag with the BCP 47 transformed-content extension (RFC 6497) and its
 * machine-translation field {@code t0}: {@code en-t-nb-t0-und} is English machine-translated from bokmål,
 * {@code en-t-t0-und} English machine-translated from an unstated language ({@link #isMachineTranslated(String)},
 * {@link Builder#machineTranslation(String, String)}). The flag therefore travels with the text everywhere a
 * language tag goes, and the JSON form stays a plain object keyed by language tag.
 * <p>
 * {@link #resolve(Locale)} finds the best text for a reader: the requested language, then its neighbours
 * ({@link Languages#fallbackChain(Locale)}), then any language, preferring texts that were not machine
 * translated at each step.
 * <p>
 * The text holds what it was given: tags are kept as written and may be ill-formed, texts may be blank.
 * Validation reports such problems. Entries keep their insertion order.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class LocalizedText {

    private static final LocalizedText EMPTY = new LocalizedText(Map.of());

    private final Map<String, String> texts;

    private LocalizedText(Map<String, String> texts) {
        this.texts = texts;
    }

    /**
     * Returns a text with no languages at all.
     *
     * @return the empty text, not null
     */
    public static LocalizedText empty() {
        return EMPTY;
    }

    /**
     * Obtains a text in one language.
     *
     * @param languageTag  the BCP 47 language tag, not null
     * @param text  the text, not null
     * @return the localized text, not null
     */
    public static LocalizedText of(String languageTag, String text) {
        return builder().text(languageTag, text).build();
    }

    /**
     * Obtains a text from a map of language tag to text, none of them machine translated.
     *
     * @param texts  the texts by language tag, not null, without null keys or values
     * @return the localized text, not null
     */
    public static LocalizedText of(Map<String, String> texts) {
        Objects.requireNonNull(texts, "texts");
        Builder builder = builder();
        texts.forEach(builder::text);
        return builder.build();
    }

    /**
     * Returns a builder for a localized text.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the texts by language tag, in insertion order.
     *
     * @return the texts, unmodifiable, not null
     */
    public Map<String, String> texts() {
        return texts;
    }

    /**
     * Returns the language tags of the texts, in insertion order.
     *
     * @return the language tags, unmodifiable, not null
     */
    public Set<String> languages() {
        return texts.keySet();
    }

    /**
     * Checks whether there is no text in any language.
     *
     * @return true if there are no texts
     */
    public boolean isEmpty() {
        return texts.isEmpty();
    }

    /**
     * Returns the text with exactly this language tag.
     *
     * @param languageTag  the language tag, not null
     * @return the text, not null, empty if there is none with this tag
     */
    public Optional<String> text(String languageTag) {
        Objects.requireNonNull(languageTag, "languageTag");
        return Optional.ofNullable(texts.get(languageTag));
    }

    /**
     * Checks whether a language tag marks a machine translation: whether it has a transformed-content extension
     * ({@code -t-}) with the machine-translation field {@code t0}, as in {@code en-t-nb-t0-und}.
     *
     * @param languageTag  the language tag, not null
     * @return true if the tag marks a machine translation
     */
    public static boolean isMachineTranslated(String languageTag) {
        Objects.requireNonNull(languageTag, "languageTag");
        String[] subtags = languageTag.toLowerCase(Locale.ROOT).split("-");
        boolean inTransformExtension = false;
        for (int i = 1; i < subtags.length; i++) {
            String subtag = subtags[i];
            if (subtag.length() == 1) {
                if (subtag.equals("x")) {
                    return false;
                }
                inTransformExtension = subtag.equals("t");
            } else if (inTransformExtension && subtag.equals("t0")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the language tag that marks a machine translation into a language: {@code en} becomes
     * {@code en-t-t0-und}, {@code en-t-nb} becomes {@code en-t-nb-t0-und}; a tag that already marks one is
     * returned unchanged.
     *
     * @param languageTag  the language tag of the translation, not null
     * @return the tag with the machine-translation field, not null
     */
    public static String machineTranslationTag(String languageTag) {
        Objects.requireNonNull(languageTag, "languageTag");
        if (isMachineTranslated(languageTag)) {
            return languageTag;
        }
        List<String> subtags = new ArrayList<>(List.of(languageTag.split("-")));
        int transform = -1;
        int privateUse = subtags.size();
        for (int i = 1; i < subtags.size(); i++) {
            String subtag = subtags.get(i).toLowerCase(Locale.ROOT);
            if (subtag.equals("x")) {
                privateUse = i;
                break;
            }
            if (subtag.equals("t")) {
                transform = i;
            }
        }
        if (transform < 0) {
            subtags.addAll(privateUse, List.of("t", "t0", "und"));
        } else {
            int end = transform + 1;
            while (end < privateUse && subtags.get(end).length() > 1) {
                end++;
            }
            subtags.addAll(end, List.of("t0", "und"));
        }
        return String.join("-", subtags);
    }

    /**
     * Finds the best text for a reader of a locale's language.
     * <p>
     * Tries, in order: the locale's full tag; each language of {@link Languages#fallbackChain(Locale)}, matching
     * tags by their primary language; then any text. At each step a human-written text wins over a machine
     * translation.
     *
     * @param locale  the reader's locale, not null
     * @return the text, not null, empty only if this text has no languages
     */
    public Optional<String> resolve(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        if (texts.isEmpty()) {
            return Optional.empty();
        }
        String exact = texts.get(locale.toLanguageTag());
        if (exact != null && !isMachineTranslated(locale.toLanguageTag())) {
            return Optional.of(exact);
        }
        for (String language : Languages.fallbackChain(locale)) {
            Optional<String> found = bestWithPrimaryLanguage(language);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.of(bestWithPrimaryLanguage(null).orElseThrow());
    }

    private Optional<String> bestWithPrimaryLanguage(String language) {
        String machine = null;
        for (Map.Entry<String, String> entry : texts.entrySet()) {
            if (language == null || Languages.primaryLanguage(entry.getKey()).equals(language)) {
                if (!isMachineTranslated(entry.getKey())) {
                    return Optional.of(entry.getValue());
                }
                if (machine == null) {
                    machine = entry.getValue();
                }
            }
        }
        return Optional.ofNullable(machine);
    }

    /**
     * Returns a copy with a human-written text added or replaced.
     *
     * @param languageTag  the language tag, not null
     * @param text  the text, not null
     * @return a localized text with the text, not null
     */
    public LocalizedText with(String languageTag, String text) {
        return toBuilder().text(languageTag, text).build();
    }

    /**
     * Returns a copy with a machine-translated text added or replaced, under
     * {@link #machineTranslationTag(String) the tag that marks it}.
     *
     * @param languageTag  the language tag of the translation, such as {@code en}, not null
     * @param text  the machine-translated text, not null
     * @return a localized text with the text, not null
     */
    public LocalizedText withMachineTranslation(String languageTag, String text) {
        return toBuilder().machineTranslation(languageTag, text).build();
    }

    /**
     * Returns a builder that starts with the texts of this one.
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.texts.putAll(texts);
        return builder;
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof LocalizedText other && texts.equals(other.texts);
    }

    @Override
    public int hashCode() {
        return texts.hashCode();
    }

    /**
     * Returns the texts in a readable form, such as {@code {nb=Frivillighetsstrategi, en=Volunteer strategy}}.
     *
     * @return a description of the texts, not null
     */
    @Override
    public String toString() {
        return texts.toString();
    }

    /**
     * Builds a {@link LocalizedText}.
     * <p>
     * This class is mutable and not thread-safe.
     */
    public static final class Builder {

        // Handed to the texts built, without a copy, and copied only if the builder is used again afterwards:
        // a policy document holds hundreds of texts, each built once.
        private Map<String, String> texts = new LinkedHashMap<>(4);
        private boolean shared;

        private Builder() {
        }

        /**
         * Adds or replaces a human-written text.
         *
         * @param languageTag  the BCP 47 language tag, not null
         * @param text  the text, not null
         * @return this builder, not null
         */
        public Builder text(String languageTag, String text) {
            Objects.requireNonNull(languageTag, "languageTag");
            Objects.requireNonNull(text, "text");
            owned().put(languageTag, text);
            return this;
        }

        /**
         * Adds or replaces a machine-translated text, under {@link LocalizedText#machineTranslationTag(String) the
         * tag that marks it}.
         *
         * @param languageTag  the BCP 47 language tag of the translation, such as {@code en}, not null
         * @param text  the machine-translated text, not null
         * @return this builder, not null
         */
        public Builder machineTranslation(String languageTag, String text) {
            String tag = machineTranslationTag(languageTag);
            Objects.requireNonNull(text, "text");
            owned().put(tag, text);
            return this;
        }

        /**
         * Builds the localized text.
         *
         * @return the localized text, not null
         */
        public LocalizedText build() {
            if (texts.isEmpty()) {
                return EMPTY;
            }
            shared = true;
            return new LocalizedText(Collections.unmodifiableMap(texts));
        }

        private Map<String, String> owned() {
            if (shared) {
                texts = new LinkedHashMap<>(texts);
                shared = false;
            }
            return texts;
        }
    }
}
