package io.github.frivillig.core.dialogue;

import io.github.frivillig.core.code.Coded;

/**
 * Who a dialogue event was for.
 * <p>
 * Each value has a stable {@link #code() code} for the JSON format and labels in English, Norwegian
 * (bokmål and nynorsk), Danish and Swedish.
 */
public enum Audience implements Coded {
    /** The municipality's citizens. */
    CITIZENS("citizens"),
    /** Voluntary associations and organisations. */
    VOLUNTARY_ORGANISATIONS("voluntary-organisations"),
    /** Elected representatives (politicians). */
    ELECTED_REPRESENTATIVES("elected-representatives"),
    /** The political and administrative leadership of the municipality (<i>kommuneledelsen</i>). */
    MUNICIPAL_LEADERSHIP("municipal-leadership"),
    /** Employees of the municipality. */
    MUNICIPAL_STAFF("municipal-staff"),
    /** Local businesses. */
    BUSINESSES("businesses");

    private final String code;

    Audience(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
