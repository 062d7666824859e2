package io.github.frivillig.core.organisation;

import io.github.frivillig.core.code.Coded;

/**
 * Whether a group exists yet.
 * <p>
 * Each value has a stable {@link #code() code} for the JSON format and labels in English, Norwegian
 * (bokmål and nynorsk), Danish and Swedish.
 */
public enum GroupStatus implements Coded {
    /** The group has been proposed or recommended but not yet formed. */
    PROPOSED("proposed"),
    /** The group has been formed and works. */
    ACTIVE("active"),
    /** The group has finished its work or been dissolved. */
    DISSOLVED("dissolved"),
    /** The source does not say whether the group was set up or is active. */
    NOT_STATED("not-stated");

    private final String code;

    GroupStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
