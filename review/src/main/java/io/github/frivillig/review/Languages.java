package io.github.frivillig.review;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The languages of the pages and reports, English, Norwegian bokmål and nynorsk, Danish and Swedish, and how a
 * request chooses one: the {@code lang} parameter of its query string, else the best of the browser's {@code
 * Accept-Language}, else English. Nothing is remembered between requests: no cookie, no session. Only the query
 * string is read, never the body: asking the servlet request for a parameter would consume a form-encoded body, which
 * the API reads as the document.
 */
public final class Languages implements LocaleResolver {

    /** The supported languages, in the order the language switch shows them. */
    public static final List<Locale> SUPPORTED = List.of(Locale.forLanguageTag("nb"), Locale.forLanguageTag("nn"),
            Locale.forLanguageTag("da"), Locale.forLanguageTag("sv"), Locale.ENGLISH);

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        Locale chosen = supported(queryParameter(request.getQueryString(), "lang"));
        if (chosen != null) {
            return chosen;
        }
        String accepted = request.getHeader("Accept-Language");
        if (accepted != null) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(accepted)) {
                    Locale locale = supported(range.getRange());
                    if (locale != null) {
                        return locale;
                    }
                }
            } catch (IllegalArgumentException malformed) {
                // A malformed header chooses nothing, as an absent one.
            }
        }
        return Locale.ENGLISH;
    }

    @Override
    public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response,
            @Nullable Locale locale) {
        throw new UnsupportedOperationException("The language is chosen per request, by 'lang' or Accept-Language");
    }

    /**
     * Returns the first value of a parameter in a query string.
     *
     * @param query  the query string, or null
     * @param name  the parameter's name
     * @return its value, decoded, or null if absent
     */
    static @Nullable String queryParameter(@Nullable String query, String name) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            if (key.equals(name)) {
                return equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    /**
     * Returns the supported language a tag names: its language, with Norwegian ({@code no}) read as bokmål.
     *
     * @param tag  a BCP 47 tag or a language range, or null
     * @return the supported locale, or null if the tag names none
     */
    static @Nullable Locale supported(@Nullable String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String language = Locale.forLanguageTag(tag.strip()).getLanguage();
        if (language.equals("no")) {
            language = "nb";
        }
        for (Locale locale : SUPPORTED) {
            if (locale.getLanguage().equals(language)) {
                return locale;
            }
        }
        return null;
    }
}
