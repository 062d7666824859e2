package io.github.frivillig.core.policy;

import io.github.frivillig.core.code.Coded;

/**
 * A role prescribed by law that a volunteer policy also fills.
 * <p>
 * Each value has a stable {@link #code() code} for the JSON format and labels in English, Norwegian
 * (bokmål and nynorsk), Danish and Swedish.
 */
public enum StatutoryRole implements Coded {
    /** Denmark: the policy for popular education that the municipality must have under <i>folkeoplysningsloven</i>. */
    DK_FOLKEOPLYSNINGSPOLITIK("dk-folkeoplysningspolitik"),
    /** Denmark: the policy for the cooperation with voluntary social work under section 18 of <i>serviceloven</i>. */
    DK_SERVICELOVEN_18("dk-serviceloven-18");

    private final String code;

    StatutoryRole(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
