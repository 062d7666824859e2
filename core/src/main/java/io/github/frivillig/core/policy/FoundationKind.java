package io.github.frivillig.core.policy;

import io.github.frivillig.core.code.Coded;

/**
 * The kind of document a policy builds on.
 * <p>
 * Each value has a stable {@link #code() code} for the JSON format and labels in English, Norwegian
 * (bokmål and nynorsk), Danish and Swedish.
 */
public enum FoundationKind implements Coded {
    /** A national framework such as the Norwegian <i>Frivillighetserklæringen</i> or the Danish charter. */
    NATIONAL_FRAMEWORK("national-framework"),
    /** A municipal plan, such as the social element of the master plan (<i>kommuneplanens samfunnsdel</i>). */
    MUNICIPAL_PLAN("municipal-plan"),
    /** An act or regulation. */
    LEGISLATION("legislation"),
    /** Another policy document of the municipality or of another authority. */
    POLICY("policy"),
    /** Any other foundation. */
    OTHER("other");

    private final String code;

    FoundationKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
