package io.github.frivillig.core.policy;

import io.github.frivillig.core.code.Coded;

/**
 * The kind of document a municipal volunteer policy is.
 * <p>
 * Each value has a stable {@link #code() code} for the JSON format and labels in English, Norwegian
 * (bokmål and nynorsk), Danish and Swedish.
 */
public enum PolicyKind implements Coded {
    /** A volunteer policy (Norwegian <i>frivillighetspolitikk</i>, Danish <i>frivillighedspolitik</i>). */
    POLICY("policy"),
    /** A volunteer strategy (<i>frivillighetsstrategi</i>). */
    STRATEGY("strategy"),
    /** A municipal white paper on volunteering (<i>frivillighetsmelding</i>). */
    WHITE_PAPER("white-paper"),
    /** A declaration on cooperation with the voluntary sector (<i>frivillighetserklæring</i>). */
    DECLARATION("declaration"),
    /** A charter for cooperation between the municipality and the voluntary sector. */
    CHARTER("charter"),
    /** A civil society strategy (Danish <i>civilsamfundsstrategi</i>). */
    CIVIL_SOCIETY_STRATEGY("civil-society-strategy"),
    /** An action plan for volunteering (<i>handlingsplan</i>). */
    ACTION_PLAN("action-plan"),
    /**
     * An agreement between the municipality and the voluntary sector, signed by the parties (the Swedish <i>lokal
     * överenskommelse</i>).
     */
    LOCAL_AGREEMENT("local-agreement"),
    /** A platform of shared values that later plans build on (<i>verdiplattform</i>, <i>værdigrundlag</i>). */
    VALUE_PLATFORM("value-platform"),
    /**
     * A municipal plan for the voluntary sector with goals and measures (<i>frivillighetsplan</i>, <i>temaplan</i>).
     */
    PLAN("plan");

    private final String code;

    PolicyKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
