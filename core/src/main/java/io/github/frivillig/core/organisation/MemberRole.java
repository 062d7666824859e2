package io.github.frivillig.core.organisation;

import io.github.frivillig.core.code.Coded;

/**
 * The role of a member in a group.
 * <p>
 * Each value has a stable {@link #code() code} for the JSON format and labels in English, Norwegian
 * (bokmål and nynorsk), Danish and Swedish.
 */
public enum MemberRole implements Coded {
    /** Chairs the group. */
    CHAIR("chair"),
    /** An ordinary member. */
    MEMBER("member"),
    /** A deputy member (<i>varamedlem</i>, <i>suppleant</i>). */
    DEPUTY_MEMBER("deputy-member"),
    /** Serves as the secretary of the group. */
    SECRETARY("secretary"),
    /** Takes part without a vote. */
    OBSERVER("observer"),
    /** The deputy of the chair (<i>nestleder</i>, <i>næstformand</i>, <i>vice ordförande</i>). */
    VICE_CHAIR("vice-chair"),
    /** The source does not say what role the member has. */
    NOT_STATED("not-stated");

    private final String code;

    MemberRole(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
