package io.github.frivillig.core.dialogue;

import io.github.frivillig.core.code.Coded;

/**
 * What a person did at a dialogue event.
 * <p>
 * Each value has a stable {@link #code() code} for the JSON format and labels in English, Norwegian
 * (bokmål and nynorsk), Danish and Swedish.
 */
public enum SpeakerRole implements Coded {
    /** Gave a talk or presentation (<i>innledning</i>, <i>oplæg</i>). */
    PRESENTATION("presentation"),
    /** Welcomed the participants. */
    WELCOME("welcome"),
    /** Briefed the participants on the municipality's work (<i>orienterte</i>). */
    BRIEFING("briefing"),
    /** Was present to answer questions. */
    RESOURCE_PERSON("resource-person"),
    /** Moderated or facilitated the event. */
    MODERATOR("moderator");

    private final String code;

    SpeakerRole(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
