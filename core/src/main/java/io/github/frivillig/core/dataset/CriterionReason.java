package io.github.frivillig.core.dataset;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import io.github.frivillig.core.code.Coded;
import io.github.frivillig.core.validation.LocalizedMessages;

/**
 * Why a policy got its outcome on a completeness criterion: a stable code for programs, its arguments, and a
 * message for people in English, Norwegian (bokmål and nynorsk), Danish or Swedish.
 * <p>
 * The codes and their arguments are listed in {@link CompletenessAssessment}. The {@linkplain #arguments()
 * arguments} are text: numbers in decimal, codelist values as their codes, names as the policy gives them. In the
 * {@linkplain #message(Locale) message}, codelist values appear as their labels in the message's language.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class CriterionReason {

    private static final LocalizedMessages MESSAGES = LocalizedMessages.of(CriterionReason.class, "reasons");

    private final String code;
    // The values as given, so that the message can show a codelist value by its label in any language.
    private final Map<String, Object> values;
    private final Map<String, String> arguments;

    CriterionReason(String code, Map<String, Object> values) {
        this.code = Objects.requireNonNull(code, "code");
        Map<String, Object> copiedValues = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : values.entrySet()) {
            Object value = Objects.requireNonNull(entry.getValue(), entry.getKey());
            copiedValues.put(entry.getKey(), value);
            texts.put(entry.getKey(), value instanceof Coded coded ? coded.code() : value.toString());
        }
        this.values = Collections.unmodifiableMap(copiedValues);
        this.arguments = Collections.unmodifiableMap(texts);
    }

    static LocalizedMessages messages() {
        return MESSAGES;
    }

    /**
     * Returns the stable code of this reason, such as {@code adoption.body-unknown}.
     *
     * @return the code, not null
     */
    public String code() {
        return code;
    }

    /**
     * Returns the arguments of this reason by name, in the order the message names them.
     *
     * @return the arguments as text, unmodifiable, not null
     */
    public Map<String, String> arguments() {
        return arguments;
    }

    /**
     * Returns the message of this reason in a language. Languages that are not shipped fall back to their nearest
     * shipped neighbour and then to English; the JVM's default locale never takes part.
     *
     * @param locale  the language wanted, not null
     * @return the message, not null
     */
    public String message(Locale locale) {
        return MESSAGES.format(code, Objects.requireNonNull(locale, "locale"), values);
    }

    /**
     * Checks whether this reason equals another: the same code with the same arguments.
     *
     * @param obj  the other object, null returns false
     * @return true if equal
     */
    @Override
    public boolean equals(@Nullable Object obj) {
        return obj == this || obj instanceof CriterionReason other
                && code.equals(other.code) && arguments.equals(other.arguments);
    }

    @Override
    public int hashCode() {
        return code.hashCode() * 31 + arguments.hashCode();
    }

    /**
     * Returns the code and the arguments, such as {@code dialogue.broad{organisations=45, minimum=10}}.
     *
     * @return the text form, not null
     */
    @Override
    public String toString() {
        return code + arguments;
    }
}
