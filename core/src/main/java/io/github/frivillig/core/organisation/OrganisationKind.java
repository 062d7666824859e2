package io.github.frivillig.core.organisation;

import io.github.frivillig.core.code.Coded;

/**
 * The kind of an organisation that takes part in or is named by a policy.
 * <p>
 * Each value has a stable {@link #code() code} for the JSON format and labels in English, Norwegian
 * (bokmål and nynorsk), Danish and Swedish.
 */
public enum OrganisationKind implements Coded {
    /** A voluntary association (<i>lag og forening</i>, <i>forening</i>). */
    VOLUNTARY_ASSOCIATION("voluntary-association"),
    /** An umbrella organisation, such as Frivillighet Norge. */
    UMBRELLA_ORGANISATION("umbrella-organisation"),
    /** A volunteer centre (<i>frivilligsentral</i>, <i>frivilligcenter</i>). */
    VOLUNTEER_CENTRE("volunteer-centre"),
    /** A municipality as an organisation. */
    MUNICIPALITY("municipality"),
    /** A department or unit of a municipality. */
    MUNICIPAL_UNIT("municipal-unit"),
    /** An elected body of a municipality, such as a council or a committee. */
    POLITICAL_BODY("political-body"),
    /** A public agency or public knowledge centre. */
    PUBLIC_AGENCY("public-agency"),
    /** A university or research institution. */
    RESEARCH_INSTITUTION("research-institution"),
    /** A religious or life-stance community. */
    RELIGIOUS_COMMUNITY("religious-community"),
    /** A foundation (<i>stiftelse</i>, <i>fond</i>). */
    FOUNDATION("foundation"),
    /** A business. */
    BUSINESS("business"),
    /** An informal group without legal form. */
    INFORMAL_GROUP("informal-group"),
    /** Any other kind of organisation. */
    OTHER("other"),
    /**
     * An office held by one person, known by that office: the mayor, the chief executive (<i>ordfører</i>,
     * <i>rådmann</i>).
     */
    OFFICE("office"),
    /** A municipal advisory council: the council for the elderly, for people with disabilities, the youth council. */
    ADVISORY_COUNCIL("advisory-council");

    private final String code;

    OrganisationKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
