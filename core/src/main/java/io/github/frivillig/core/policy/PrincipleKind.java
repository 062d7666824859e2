package io.github.frivillig.core.policy;

import io.github.frivillig.core.code.Coded;

/**
 * What kind of statement a principle of a policy is.
 * <p>
 * Each value has a stable {@link #code() code} for the JSON format and labels in English, Norwegian
 * (bokmål and nynorsk), Danish and Swedish.
 */
public enum PrincipleKind implements Coded {
    /** A principle for the cooperation (<i>prinsipp</i>, <i>princip</i>). */
    PRINCIPLE("principle"),
    /** A value the cooperation rests on (<i>verdi</i>, <i>værdi</i>). */
    VALUE("value"),
    /** A goal (<i>mål</i>). */
    GOAL("goal"),
    /** A focus area (<i>satsingsområde</i>, <i>indsatsområde</i>). */
    FOCUS_AREA("focus-area"),
    /** A commitment the municipality makes ("the municipality will ..."). */
    COMMITMENT("commitment"),
    /** A strategy that serves a goal, between the goal and its focus areas. */
    STRATEGY("strategy"),
    /** The municipality's stance on an area (<i>grunnholdning</i>). */
    STANCE("stance"),
    /** A motto or slogan ("Bli med på laget"). */
    MOTTO("motto");

    private final String code;

    PrincipleKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
