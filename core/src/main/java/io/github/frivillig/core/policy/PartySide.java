package io.github.frivillig.core.policy;

import io.github.frivillig.core.code.Coded;

/**
 * Which side of an agreement a party is on.
 * <p>
 * Each value has a stable {@link #code() code} for the JSON format and labels in English, Norwegian
 * (bokmål and nynorsk), Danish and Swedish.
 */
public enum PartySide implements Coded {
    /** The municipality, its bodies and its companies. */
    MUNICIPALITY("municipality"),
    /** The voluntary sector: associations, umbrella organisations, foundations. */
    CIVIL_SOCIETY("civil-society"),
    /** Another party. */
    OTHER("other");

    private final String code;

    PartySide(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
