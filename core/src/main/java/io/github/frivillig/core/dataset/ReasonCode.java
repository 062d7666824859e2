package io.github.frivillig.core.dataset;

import java.util.List;

/**
 * The reasons a completeness criterion can give, each with its stable code (also its message key) and the names of
 * its arguments, in order.
 */
enum ReasonCode {
    POLICY_IN_DEVELOPMENT("policy.in-development", "status"),
    MEASURES_PRESENT("measures.present", "measures"),
    MEASURES_NONE("measures.none"),
    MEASURES_ALL_CANCELLED("measures.all-cancelled", "cancelled"),
    DIALOGUE_BROAD("dialogue.broad", "organisations", "minimum"),
    DIALOGUE_BROAD_FIELDS("dialogue.broad-fields", "fields", "minimumFields"),
    DIALOGUE_NARROW("dialogue.narrow", "organisations", "fields", "minimum", "minimumFields"),
    DIALOGUE_PARTICIPANTS_UNKNOWN("dialogue.participants-unknown", "heldEvents", "inputs", "groups"),
    DIALOGUE_GROUPS("dialogue.groups", "groups", "organisationRepresentatives", "citizens",
            "electedRepresentatives"),
    DIALOGUE_PLANNED("dialogue.planned", "plannedEvents"),
    DIALOGUE_GROUPS_UNDER_WAY("dialogue.groups-under-way", "groups"),
    DIALOGUE_NONE("dialogue.none"),
    ADOPTION_POLITICAL("adoption.political", "body", "bodyKind"),
    ADOPTION_NOT_POLITICAL("adoption.not-political", "body", "bodyKind"),
    ADOPTION_BODY_UNKNOWN("adoption.body-unknown"),
    ADOPTION_MANDATE("adoption.mandate", "body", "bodyKind"),
    ADOPTION_NONE("adoption.none");

    private final String code;
    private final List<String> argumentNames;
    // A reason without arguments is the same every time: one instance serves every policy of a dataset.
    private final CriterionReason withoutArguments;

    ReasonCode(String code, String... argumentNames) {
        this.code = code;
        this.argumentNames = List.of(argumentNames);
        this.withoutArguments = argumentNames.length == 0 ? new CriterionReason(this, new Object[0]) : null;
    }

    String code() {
        return code;
    }

    List<String> argumentNames() {
        return argumentNames;
    }

    /** The reason with its argument values, given in the order of the argument names. */
    CriterionReason with(Object... values) {
        if (values.length != argumentNames.size()) {
            throw new IllegalArgumentException(code + " takes " + argumentNames + ", not " + values.length + " values");
        }
        return withoutArguments != null ? withoutArguments : new CriterionReason(this, values);
    }
}
