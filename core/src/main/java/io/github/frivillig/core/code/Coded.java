package io.github.frivillig.core.code;

import java.util.Locale;

/**
 * A member of a Frivillig codelist: an enum constant with a stable code and labels in several languages.
 * <p>
 * The code is what the JSON format and exports use. It is lower kebab case (ISO country codes and ICNPO numbers
 * excepted), never translated, and never changes once published. Labels are for people and come in English,
 * Norwegian bokmål and nynorsk, Danish and Swedish.
 */
public interface Coded {

    /**
     * Returns the stable code of this value, as used in the JSON format.
     *
     * @return the code, not null
     */
    String code();

    /**
     * Returns the label of this value in a language, falling back as {@link Codelists#label(Coded, Locale)}
     * describes.
     *
     * @param locale  the language wanted, not null
     * @return the label, not null
     */
    default String label(Locale locale) {
        return Codelists.label(this, locale);
    }
}
