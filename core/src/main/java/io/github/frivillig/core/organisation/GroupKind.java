package io.github.frivillig.core.organisation;

import io.github.frivillig.core.code.Coded;

/**
 * The kind of group through which the voluntary sector takes part in policy work.
 * <p>
 * Each value has a stable {@link #code() code} for the JSON format and labels in English, Norwegian
 * (bokmål and nynorsk), Danish and Swedish.
 */
public enum GroupKind implements Coded {
    /** A reference group (<i>referansegruppe</i>). */
    REFERENCE_GROUP("reference-group"),
    /** An input group (<i>innspillgruppe</i>). */
    INPUT_GROUP("input-group"),
    /** A task committee of the council (<i>oppgaveutvalg</i>). */
    TASK_COMMITTEE("task-committee"),
    /** A standing volunteer council (<i>frivillighetsråd</i>, <i>frivilligråd</i>). */
    VOLUNTEER_COUNCIL("volunteer-council"),
    /** A working group (<i>arbeidsgruppe</i>). */
    WORKING_GROUP("working-group"),
    /** A steering group (<i>styringsgruppe</i>). */
    STEERING_GROUP("steering-group"),
    /** A panel of citizens that the municipality consults (<i>borgerpanel</i>, <i>innbyggerpanel</i>). */
    CITIZEN_PANEL("citizen-panel"),
    /** A group that carries out the work on the policy in the administration (<i>prosjektgruppe</i>). */
    PROJECT_GROUP("project-group"),
    /** Another kind of group. */
    OTHER("other");

    private final String code;

    GroupKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
