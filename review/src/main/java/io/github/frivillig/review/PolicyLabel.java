package io.github.frivillig.review;

import java.util.Locale;

import io.github.frivillig.core.municipality.Municipality;
import io.github.frivillig.core.policy.Policy;

/**
 * How a policy is named on the comparison page: its municipality's name and code, and its id, so that two policies of
 * one municipality, or one municipality under two codes (Trondheim 1601 and 5001), never look like duplicates.
 */
final class PolicyLabel {

    private PolicyLabel() {
    }

    /** Returns "Name (code)", or what is known of it. */
    static String municipality(Policy policy) {
        Municipality municipality = policy.municipality();
        if (municipality == null) {
            return "?";
        }
        String name = municipality.name() == null ? "?" : municipality.name();
        return municipality.code() == null ? name : name + " (" + municipality.code() + ")";
    }

    /** Returns the policy's id, or its title when it has no id. */
    static String policy(Policy policy, Locale locale) {
        if (policy.id() != null) {
            return policy.id().toString();
        }
        return policy.title() == null ? "?" : policy.title().resolve(locale).orElse("?");
    }

    /** Returns "Name (code) · id". */
    static String full(Policy policy, Locale locale) {
        return municipality(policy) + " · " + policy(policy, locale);
    }
}
