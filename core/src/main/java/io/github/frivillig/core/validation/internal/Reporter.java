package io.github.frivillig.core.validation.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.frivillig.core.code.Coded;
import io.github.frivillig.core.validation.LocalizedMessages;
import io.github.frivillig.core.validation.Violation;

/**
 * Collects the violations of one validation run, with their messages in one language. Not thread-safe: one
 * reporter per run.
 */
public final class Reporter {

    /** What personal data is replaced with in offending values. */
    public static final String MASK = "***";

    private static final int MAX_OFFENDING_VALUE_LENGTH = 200;
    // Violations at one place are ordered by code, then by message and offending value, so that the order never
    // depends on the order the rules were checked in.
    private static final Comparator<Violation> DOCUMENT_ORDER = (a, b) -> {
        int byPointer = Location.compare(a.pointer(), b.pointer());
        if (byPointer != 0) {
            return byPointer;
        }
        int byCode = a.code().compareTo(b.code());
        if (byCode != 0) {
            return byCode;
        }
        int byMessage = a.message().compareTo(b.message());
        return byMessage != 0 ? byMessage
                : a.offendingValue().orElse("").compareTo(b.offendingValue().orElse(""));
    };

    private final Locale locale;
    private final LocalizedMessages messages;
    private final boolean includePersonalData;
    private final List<Reported> reported = new ArrayList<>();

    /**
     * A violation with the key of the message it was made from, which a Bean Validation host interpolates again in
     * its own language.
     *
     * @param violation  the violation, not null
     * @param messageKey  the key of its message in {@code ContributorValidationMessages}, not null
     */
    public record Reported(Violation violation, String messageKey) {
    }

    /**
     * Creates a reporter.
     *
     * @param locale  the language of the messages, not null
     * @param messages  the message templates, not null
     * @param includePersonalData  whether offending values may show personal data
     */
    public Reporter(Locale locale, LocalizedMessages messages, boolean includePersonalData) {
        this.locale = locale;
        this.messages = messages;
        this.includePersonalData = includePersonalData;
    }

    /** Reports a violation at a place given as path segments; see {@link Location}. */
    void report(Rule rule, Map<String, Object> arguments, String offendingValue, Object... segments) {
        add(rule, rule.messageKey(), Location.pointer(segments), Location.beanPath(segments), arguments,
                offendingValue, false);
    }

    /** Reports a violation with one of the rule's message variants: the key {@code <rule's key>.<variant>}. */
    void reportVariant(Rule rule, String variant, Map<String, Object> arguments, String offendingValue,
            Object... segments) {
        add(rule, rule.messageKey() + "." + variant, Location.pointer(segments), Location.beanPath(segments),
                arguments, offendingValue, false);
    }

    /** Reports a violation at a place given as a pointer and a path. */
    void add(Rule rule, String pointer, String path, Map<String, Object> arguments, String offendingValue,
            boolean personalData) {
        add(rule, rule.messageKey(), pointer, path, arguments, offendingValue, personalData);
    }

    private void add(Rule rule, String messageKey, String pointer, String path, Map<String, Object> arguments,
            String offendingValue, boolean personalData) {
        Violation.Builder builder = Violation.builder(rule.code(), rule.severity())
                .pointer(pointer)
                .path(path)
                .message(messages.format(messageKey, locale, arguments));
        arguments.forEach((name, value) -> builder.argument(name,
                value instanceof Coded coded ? coded.code() : String.valueOf(value)));
        if (offendingValue != null) {
            builder.offendingValue(personalData && !includePersonalData ? MASK : truncate(offendingValue));
        }
        reported.add(new Reported(builder.build(), messageKey));
    }

    /**
     * Adds a violation made by another reporter with the same language and options, such as the whole-policy
     * constraint's, as it is.
     *
     * @param violation  the violation, not null
     */
    public void add(Violation violation) {
        reported.add(new Reported(violation, ""));
    }

    boolean includesPersonalData() {
        return includePersonalData;
    }

    /**
     * Returns the violations in document order.
     *
     * @return the violations, not null
     */
    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>(reported.size());
        for (Reported one : reported) {
            violations.add(one.violation());
        }
        violations.sort(DOCUMENT_ORDER);
        return violations;
    }

    /**
     * Returns the violations in the order they were reported, each with its message key.
     *
     * @return the reported violations, not null
     */
    List<Reported> reported() {
        return reported;
    }

    static Map<String, Object> args(Object... namesAndValues) {
        Map<String, Object> args = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                args.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return args;
    }

    private static String truncate(String value) {
        return value.length() <= MAX_OFFENDING_VALUE_LENGTH ? value
                : value.substring(0, MAX_OFFENDING_VALUE_LENGTH) + "…";
    }
}
