package io.github.frivillig.core.dataset;

import java.util.Collections;
import java.util.HashMap;
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

    private final ReasonCode reason;
    // The values as given, in the order of the reason's argument names, so that the message can show a codelist
    // value by its label in any language. Their text is made when asked for: a dataset keeps many reasons, and the
    // values alone are the smallest form of them.
    private final Object[] values;

    CriterionReason(ReasonCode reason, Object[] values) {
        this.reason = Objects.requireNonNull(reason, "reason");
        this.values = values.clone();
        for (int i = 0; i < this.values.length; i++) {
            Objects.requireNonNull(this.values[i], reason.argumentNames().get(i));
        }
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
        return reason.code();
    }

    /**
     * Returns the arguments of this reason by name, in the order the message names them.
     *
     * @return the arguments as text, unmodifiable, not null
     */
    public Map<String, String> arguments() {
        Map<String, String> arguments = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            arguments.put(reason.argumentNames().get(i), text(values[i]));
        }
        return Collections.unmodifiableMap(arguments);
    }

    /**
     * Returns the message of this reason in a language. Languages that are not shipped fall back to their nearest
     * shipped neighbour and then to English; the JVM's default locale never takes part.
     *
     * @param locale  the language wanted, not null
     * @return the message, not null
     */
    public String message(Locale locale) {
        Map<String, Object> named = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            named.put(reason.argumentNames().get(i), values[i]);
        }
        return MESSAGES.format(reason.code(), Objects.requireNonNull(locale, "locale"), named);
    }

    /**
     * Checks whether this reason equals another: the same code with the same arguments.
     *
     * @param obj  the other object, null returns false
     * @return true if equal
     */
    @Override
    public boolean equals(@Nullable Object obj) {
        if (obj == this) {
            return true;
        }
        if (!(obj instanceof CriterionReason other) || reason != other.reason || values.length != other.values.length) {
            return false;
        }
        for (int i = 0; i < values.length; i++) {
            if (!text(values[i]).equals(text(other.values[i]))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int hash = reason.code().hashCode();
        for (Object value : values) {
            hash = hash * 31 + text(value).hashCode();
        }
        return hash;
    }

    /**
     * Returns the code and the arguments, such as {@code dialogue.broad{organisations=45, minimum=10}}.
     *
     * @return the text form, not null
     */
    @Override
    public String toString() {
        return reason.code() + arguments();
    }

    private static String text(Object value) {
        return value instanceof Coded coded ? coded.code() : value.toString();
    }
}
