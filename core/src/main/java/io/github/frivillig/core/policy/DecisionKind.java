package io.github.frivillig.core.policy;

import io.github.frivillig.core.code.Coded;

/**
 * What a political or administrative decision about a policy did.
 * <p>
 * Each value has a stable {@link #code() code} for the JSON format and labels in English, Norwegian
 * (bokmål and nynorsk), Danish and Swedish.
 */
public enum DecisionKind implements Coded {
    /** Gave the mandate to develop the policy (<i>forankret i kommunestyret</i>). */
    MANDATE("mandate"),
    /** Adopted the policy (<i>vedtatt</i>, <i>godkendt</i>). */
    ADOPTION("adoption"),
    /** Adopted a revision of the policy. */
    REVISION("revision"),
    /** Repealed the policy. */
    REPEAL("repeal"),
    /** Sent a draft to public consultation (<i>høring</i>, <i>høyring</i>, <i>remiss</i>). */
    CONSULTATION("consultation"),
    /** A committee's recommendation to the body that decides (<i>innstilling</i>, <i>indstilling</i>). */
    RECOMMENDATION("recommendation"),
    /**
     * Sent the matter back to the administration or a committee instead of deciding it (<i>sendt tilbake</i>,
     * <i>återremiss</i>).
     */
    REFERRAL_BACK("referral-back"),
    /** Postponed the matter (<i>utsatt</i>). */
    POSTPONEMENT("postponement"),
    /** Signed the policy or agreement, by the parties that signed it. */
    SIGNING("signing"),
    /**
     * Took the document or a part of it into account without adopting it (<i>tatt til orientering</i>, <i>taget til
     * efterretning</i>).
     */
    NOTING("noting"),
    /**
     * Dealt with the matter, where the source does not say what was decided (<i>behandlet</i>, <i>handsama</i>,
     * <i>behandlat</i>).
     */
    CONSIDERATION("consideration");

    private final String code;

    DecisionKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
