package io.github.frivillig.core.code;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import io.github.frivillig.core.text.Languages;

/**
 * Looks up codelist values by code and gives their labels.
 * <p>
 * Labels come from the resource files {@code labels_<language>.properties} beside this class, in English
 * ({@code en}, the base file), Norwegian bokmål ({@code nb}), nynorsk ({@code nn}), Danish ({@code da}) and
 * Swedish ({@code sv}). A language that is not shipped falls back through its nearest neighbours (for example
 * {@code no} to {@code nb}, {@code nn} to {@code nb}) and finally to English; the JVM's default locale never
 * takes part, so the same call gives the same label on every machine.
 * <p>
 * This class is thread-safe.
 */
public final class Codelists {

    /** The languages labels and messages are shipped in. */
    public static final List<String> LANGUAGES = List.of("en", "nb", "nn", "da", "sv");

    private static final ClassValue<Map<String, ? extends Enum<?>>> BY_CODE = new ClassValue<>() {
        @Override
        protected Map<String, ? extends Enum<?>> computeValue(Class<?> type) {
            Map<String, Enum<?>> byCode = new LinkedHashMap<>();
            for (Object constant : type.getEnumConstants()) {
                Enum<?> value = (Enum<?>) constant;
                Enum<?> previous = byCode.put(((Coded) constant).code(), value);
                if (previous != null) {
                    throw new IllegalStateException(type.getName() + " has two constants with code '"
                            + ((Coded) constant).code() + "'");
                }
            }
            return Collections.unmodifiableMap(byCode);
        }
    };

    private static final Map<String, Properties> LABELS = new ConcurrentHashMap<>();
    private static final Map<String, List<String>> SHIPPED_CHAINS = new ConcurrentHashMap<>();

    private Codelists() {
    }

    /**
     * Finds the value of a codelist with a given code.
     *
     * @param <E>  the codelist type
     * @param type  the codelist enum, not null
     * @param code  the code, not null
     * @return the value with that code, empty if the codelist has none
     */
    public static <E extends Enum<E> & Coded> Optional<E> find(Class<E> type, String code) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(code, "code");
        return Optional.ofNullable(type.cast(BY_CODE.get(type).get(code)));
    }

    /**
     * Returns the codes of a codelist, in declaration order.
     *
     * @param type  the codelist enum, not null
     * @return the codes, not null
     */
    public static List<String> codes(Class<? extends Enum<?>> type) {
        Objects.requireNonNull(type, "type");
        return List.copyOf(BY_CODE.get(type).keySet());
    }

    /**
     * Returns the label of a codelist value in a language.
     * <p>
     * The language is taken from the locale's language; unknown languages get the label of their nearest shipped
     * neighbour, or the English one.
     *
     * @param value  the codelist value, not null
     * @param locale  the language wanted, not null
     * @return the label, not null; the code itself if no label is defined, which a test prevents
     */
    public static String label(Coded value, Locale locale) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(locale, "locale");
        String key = labelKey(value);
        for (String language : fallbackLanguages(locale)) {
            String label = labels(language).getProperty(key);
            if (label != null) {
                return label;
            }
        }
        return value.code();
    }

    /**
     * Returns the key under which the label of a value is stored: the simple name of its enum (with the names of
     * enclosing types for a nested one), a dot and its code, such as {@code EventKind.cafe-dialogue} or
     * {@code GroupMember.Type.citizen}.
     *
     * @param value  the codelist value, not null
     * @return the label key, not null
     */
    public static String labelKey(Coded value) {
        Class<?> type = value instanceof Enum<?> constant ? constant.getDeclaringClass() : value.getClass();
        StringBuilder name = new StringBuilder(type.getSimpleName());
        for (Class<?> outer = type.getEnclosingClass(); outer != null; outer = outer.getEnclosingClass()) {
            name.insert(0, outer.getSimpleName() + ".");
        }
        return name.append('.').append(value.code()).toString();
    }

    /**
     * Returns the shipped languages to try, in order, for a locale: its {@link Languages#fallbackChain(Locale)
     * fallback chain} restricted to {@link #LANGUAGES}.
     *
     * @param locale  the language wanted, not null
     * @return the shipped languages to try, ending with {@code en}, not null
     */
    public static List<String> fallbackLanguages(Locale locale) {
        return SHIPPED_CHAINS.computeIfAbsent(locale.getLanguage(), language -> Languages.fallbackChain(locale).stream()
                .filter(LANGUAGES::contains)
                .toList());
    }

    private static Properties labels(String language) {
        return LABELS.computeIfAbsent(language, Codelists::loadLabels);
    }

    private static Properties loadLabels(String language) {
        String name = "en".equals(language) ? "labels.properties" : "labels_" + language + ".properties";
        Properties properties = new Properties();
        try (InputStream in = Codelists.class.getResourceAsStream(name)) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read codelist labels " + name, e);
        }
        return properties;
    }
}
