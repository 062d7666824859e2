package io.github.frivillig.core.code;

/**
 * The shared vocabulary of themes that lets policies written in different languages be compared.
 * <p>
 * Principles, measures, inputs and dialogue events carry themes. The vocabulary was drawn from the Norwegian and
 * Danish policies Frivillig was built on and from the national frameworks they refer to.
 * <p>
 * Each value has a stable {@link #code() code} for the JSON format and labels in English, Norwegian
 * (bokmål and nynorsk), Danish and Swedish.
 */
public enum Theme implements Coded {
    /** Dialogue between the municipality and the voluntary sector. */
    DIALOGUE("dialogue"),
    /** Cooperation and partnership on equal terms (<i>samspill</i>, <i>samspil</i>, <i>likeverdig partnerskap</i>). */
    PARTNERSHIP("partnership"),
    /** Trust and mutual respect. */
    TRUST("trust"),
    /** The voluntary sector's independence and its own role. */
    INDEPENDENCE("independence"),
    /** Predictable and long-term conditions. */
    PREDICTABILITY("predictability"),
    /** Good framework conditions and support for volunteering (<i>rammevilkår</i>, <i>gode rammer</i>). */
    FRAMEWORK_CONDITIONS("framework-conditions"),
    /** Grants and funding schemes (<i>tilskuddsordninger</i>). */
    GRANTS("grants"),
    /** Premises and venues (<i>lokaler</i>, <i>lokaliteter</i>). */
    PREMISES("premises"),
    /** Competence building, courses and training. */
    COMPETENCE("competence"),
    /** Regular meeting places and arenas (<i>møteplasser</i>, <i>mødesteder</i>). */
    MEETING_PLACES("meeting-places"),
    /** Recruiting and keeping volunteers. */
    RECRUITMENT_AND_RETENTION("recruitment-and-retention"),
    /** Making volunteering visible and information easy to find. */
    VISIBILITY_AND_INFORMATION("visibility-and-information"),
    /** Diversity and the inclusion of everyone, including vulnerable groups. */
    DIVERSITY_AND_INCLUSION("diversity-and-inclusion"),
    /** Local democracy and participation. */
    DEMOCRACY_AND_PARTICIPATION("democracy-and-participation"),
    /** Local communities and neighbourhoods (<i>nærmiljø</i>, <i>lokalsamfund</i>). */
    LOCAL_COMMUNITY("local-community"),
    /** Making it easy to volunteer; less bureaucracy. */
    SIMPLIFICATION("simplification"),
    /** Coordination within the municipality and a single point of contact. */
    COORDINATION("coordination"),
    /** Volunteer centres (<i>frivilligsentraler</i>). */
    VOLUNTEER_CENTRES("volunteer-centres"),
    /** Children and young people. */
    CHILDREN_AND_YOUTH("children-and-youth"),
    /** Health, care and social work. */
    HEALTH_AND_CARE("health-and-care"),
    /** Emergency preparedness (<i>beredskap</i>). */
    EMERGENCY_PREPAREDNESS("emergency-preparedness"),
    /** Culture, sport and leisure. */
    CULTURE_AND_SPORT("culture-and-sport"),
    /** Volunteering as part of the welfare of the future; social innovation. */
    WELFARE_INNOVATION("welfare-innovation"),
    /** Following up and evaluating the policy. */
    FOLLOW_UP_AND_EVALUATION("follow-up-and-evaluation"),
    /** Recognition of volunteers and organisations: prizes, awards, celebrations. */
    RECOGNITION_AND_PRIZES("recognition-and-prizes"),
    /** Outdoor areas, facilities and equipment for voluntary activity. */
    OUTDOOR_AREAS_AND_EQUIPMENT("outdoor-areas-and-equipment"),
    /** An overview or register of the local associations. */
    ORGANISATION_REGISTER("organisation-register"),
    /**
     * The municipality's tools for governing its cooperation with the voluntary sector: plans, agreements, contact
     * points.
     */
    GOVERNANCE_TOOLS("governance-tools"),
    /**
     * Shared premises for several organisations (volunteer houses, <i>frivillighetens hus</i>,
     * <i>frivillighedshuse</i>).
     */
    CO_LOCATION("co-location"),
    /** Who owns and runs the volunteer centres, and the municipality's part in it. */
    VOLUNTEER_CENTRE_OWNERSHIP("volunteer-centre-ownership");

    private final String code;

    Theme(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
