package io.github.frivillig.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class LanguagesTest {

    private final Languages languages = new Languages();

    private Locale resolve(String query, String acceptLanguage) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/validate");
        request.setQueryString(query);
        if (acceptLanguage != null) {
            request.addHeader("Accept-Language", acceptLanguage);
        }
        return languages.resolveLocale(request);
    }

    @Test
    void takesTheBestSupportedLanguageOfAcceptLanguage() {
        assertThat(resolve(null, "de-DE, sv;q=0.8, da;q=0.9")).isEqualTo(Locale.forLanguageTag("da"));
    }

    @Test
    void readsNorwegianWithoutAWrittenStandardAsBokmal() {
        assertThat(resolve(null, "no-NO")).isEqualTo(Locale.forLanguageTag("nb"));
        assertThat(resolve("lang=no", null)).isEqualTo(Locale.forLanguageTag("nb"));
    }

    @Test
    void theLangParameterOfTheQueryStringWins() {
        assertThat(resolve("x=1&lang=nn", "sv")).isEqualTo(Locale.forLanguageTag("nn"));
    }

    @Test
    void fallsBackToEnglishForUnsupportedOrMalformedChoices() {
        assertThat(resolve("lang=fi", "de, fr;q=0.5")).isEqualTo(Locale.ENGLISH);
        assertThat(resolve(null, ";;;q=x")).isEqualTo(Locale.ENGLISH);
        assertThat(resolve(null, null)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void neverReadsTheBodyOfAFormPost() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/validate");
        request.setContentType("application/x-www-form-urlencoded");
        request.setContent("lang=sv".getBytes());
        request.addParameter("lang", "sv");
        assertThat(languages.resolveLocale(request)).isEqualTo(Locale.ENGLISH);
    }
}
