package io.github.frivillig.core.dialogue;

import io.github.frivillig.core.code.Coded;

/**
 * The kind of a dialogue event in the making of a policy.
 * <p>
 * Each value has a stable {@link #code() code} for the JSON format and labels in English, Norwegian
 * (bokmål and nynorsk), Danish and Swedish.
 */
public enum EventKind implements Coded {
    /** A café dialogue (<i>kafedialog</i>): participants move between tables and give input. */
    CAFE_DIALOGUE("cafe-dialogue"),
    /** A dialogue meeting (<i>dialogmøte</i>, <i>dialogmøde</i>). */
    DIALOGUE_MEETING("dialogue-meeting"),
    /** An information meeting (<i>informasjonsmøte</i>). */
    INFORMATION_MEETING("information-meeting"),
    /** An evening conference (<i>kveldskonferanse</i>). */
    EVENING_CONFERENCE("evening-conference"),
    /** A conference or seminar. */
    CONFERENCE("conference"),
    /** A slot for the voluntary sector at a council meeting (<i>frivillighetspolitisk halvtime</i>). */
    COUNCIL_HALF_HOUR("council-half-hour"),
    /** A workshop. */
    WORKSHOP("workshop"),
    /** A meeting of a reference group, input group or volunteer council. */
    GROUP_MEETING("group-meeting"),
    /** A public consultation on a draft (<i>høring</i>). */
    CONSULTATION("consultation"),
    /** A survey of the voluntary sector. */
    SURVEY("survey"),
    /** A series of events, whose parts point to it. */
    SERIES("series"),
    /** Any other kind of event. */
    OTHER("other"),
    /**
     * Small meetings that organisations or citizens host themselves, on a theme the municipality gives
     * (<i>gjestebud</i>).
     */
    HOSTED_MEETING("hosted-meeting"),
    /** Interviews with representatives of the voluntary sector. */
    INTERVIEW("interview"),
    /** An open meeting held during a written consultation (<i>høringsmøte</i>, <i>høringsseminar</i>). */
    CONSULTATION_MEETING("consultation-meeting"),
    /** The launch of the adopted policy. */
    LAUNCH("launch"),
    /** A meeting at which the parties sign the policy or agreement. */
    SIGNING_CEREMONY("signing-ceremony");

    private final String code;

    EventKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
