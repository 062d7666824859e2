package io.github.frivillig.core.policy;

import io.github.frivillig.core.code.Coded;

/**
 * How another policy relates to this one.
 * <p>
 * Each value has a stable {@link #code() code} for the JSON format and labels in English, Norwegian
 * (bokmål and nynorsk), Danish and Swedish.
 */
public enum RelationKind implements Coded {
    /** An earlier policy that this one follows or replaces. */
    PREDECESSOR("predecessor"),
    /** A later policy that follows or replaces this one, also of a merged municipality. */
    SUCCESSOR("successor"),
    /** A policy of the same municipality that stands beside this one. */
    SIBLING("sibling"),
    /** A wider policy that this one sits under. */
    UMBRELLA("umbrella"),
    /** A narrower policy that sits under this one. */
    SUBSIDIARY("subsidiary"),
    /** A policy on a related subject, where the sources state no closer relation. */
    RELATED("related");

    private final String code;

    RelationKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
