package io.github.frivillig.core.policy;

import io.github.frivillig.core.code.Coded;

/**
 * Where a policy is in its lifecycle: initiated, mapping, in dialogue, draft, consultation, adopted, under revision, and finally superseded or repealed.
 * The constants are declared in lifecycle order.
 * <p>
 * Each value has a stable {@link #code() code} for the JSON format and labels in English, Norwegian
 * (bokmål and nynorsk), Danish and Swedish.
 */
public enum PolicyStatus implements Coded {
    /** Work on the policy has been decided or started. */
    INITIATED("initiated"),
    /** The voluntary sector is being mapped (<i>kartlegging</i>). */
    MAPPING("mapping"),
    /** The policy is being developed in dialogue with the voluntary sector. */
    IN_DIALOGUE("in-dialogue"),
    /** A draft exists. */
    DRAFT("draft"),
    /** The draft is out for public consultation (<i>høring</i>). */
    CONSULTATION("consultation"),
    /** The policy has been adopted and is in force. */
    ADOPTED("adopted"),
    /** The adopted policy is being revised (<i>rullering</i>). */
    UNDER_REVISION("under-revision"),
    /** A newer policy has replaced this one. */
    SUPERSEDED("superseded"),
    /** The policy has been repealed without replacement. */
    REPEALED("repealed");

    private final String code;

    PolicyStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /**
     * Checks whether a policy with this status has not been adopted yet: initiated, mapping, in dialogue, draft or
     * consultation.
     *
     * @return true before adoption
     */
    public boolean isBeforeAdoption() {
        return ordinal() < ADOPTED.ordinal();
    }

    /**
     * Checks whether a policy with this status has been adopted at some point: adopted, under revision,
     * superseded or repealed.
     *
     * @return true from adoption on
     */
    public boolean hasBeenAdopted() {
        return !isBeforeAdoption();
    }

    /**
     * Checks whether a policy with this status is being worked on: before adoption, or under revision.
     *
     * @return true while the policy is being developed
     */
    public boolean isBeingDeveloped() {
        return isBeforeAdoption() || this == UNDER_REVISION;
    }
}
