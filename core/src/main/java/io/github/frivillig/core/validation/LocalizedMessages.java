package io.github.frivillig.core.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.github.frivillig.core.code.Coded;
import io.github.frivillig.core.code.Codelists;

/**
 * Violation messages in English, Norwegian bokmål and nynorsk, Danish and Swedish, read from UTF-8 properties
 * files ({@code <base>.properties} for English, {@code <base>_nb.properties} and so on).
 * <p>
 * A message template names its arguments in braces: {@code The id {id} is used twice}. Formatting replaces each
 * named argument with its value once; the values are never read as templates themselves, so text from a policy
 * that looks like a template ({@code {0}}, {@code ${x}}) appears in the message as it is. Codelist values are
 * shown by their label in the message's language.
 * <p>
 * A language that is not shipped falls back as {@link Codelists#fallbackLanguages(Locale)} says, ending in
 * English; the JVM's default locale never takes part.
 * <p>
 * This class is thread-safe.
 */
public final class LocalizedMessages {

    private final Class<?> anchor;
    private final String baseName;
    private final Map<String, Properties> byLanguage = new ConcurrentHashMap<>();

    private LocalizedMessages(Class<?> anchor, String baseName) {
        this.anchor = anchor;
        this.baseName = baseName;
    }

    /**
     * Obtains the messages of a set of properties files.
     *
     * @param anchor  a class of the module that holds the files, used to read them, not null
     * @param baseName  the resource name without language and extension, such as
     *                  {@code /ContributorValidationMessages}, not null
     * @return the messages, not null
     */
    public static LocalizedMessages of(Class<?> anchor, String baseName) {
        return new LocalizedMessages(Objects.requireNonNull(anchor, "anchor"), Objects.requireNonNull(baseName, "baseName"));
    }

    /**
     * Formats the message with a key in a language.
     *
     * @param key  the message key, not null
     * @param locale  the language wanted, not null
     * @param arguments  the named arguments; {@link Coded} values are shown by their label, not null
     * @return the message, not null
     * @throws MissingResourceException if no shipped language has the key
     */
    public String format(String key, Locale locale, Map<String, ?> arguments) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(arguments, "arguments");
        return substitute(template(key, locale), locale, arguments);
    }

    /**
     * Returns the template of a message in a language, falling back to neighbouring languages and English.
     *
     * @param key  the message key, not null
     * @param locale  the language wanted, not null
     * @return the template, not null
     * @throws MissingResourceException if no shipped language has the key
     */
    public String template(String key, Locale locale) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(locale, "locale");
        List<String> languages = Codelists.fallbackLanguages(locale);
        for (String language : languages) {
            String template = properties(language).getProperty(key);
            if (template != null) {
                return template;
            }
        }
        throw new MissingResourceException("No message '" + key + "' in " + baseName, baseName, key);
    }

    /**
     * Returns the keys defined in the file of one language itself, without fallback.
     *
     * @param language  a shipped language, such as {@code nn}, not null
     * @return the keys, unmodifiable, not null
     */
    public Set<String> keys(String language) {
        return Collections.unmodifiableSet(properties(language).stringPropertyNames());
    }

    private static String substitute(String template, Locale locale, Map<String, ?> arguments) {
        if (arguments.isEmpty() || template.indexOf('{') < 0) {
            return template;
        }
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i + 1) : -1;
            if (close > i) {
                String name = template.substring(i + 1, close);
                if (arguments.containsKey(name)) {
                    Object value = arguments.get(name);
                    out.append(value instanceof Coded coded ? coded.label(locale) : String.valueOf(value));
                    i = close + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private Properties properties(String language) {
        return byLanguage.computeIfAbsent(language, this::load);
    }

    private Properties load(String language) {
        String name = "en".equals(language) ? baseName + ".properties" : baseName + "_" + language + ".properties";
        Properties properties = new Properties();
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read messages " + name, e);
        }
        return properties;
    }
}
