package io.github.frivillig.core.validation.internal;

import io.github.frivillig.core.validation.Severity;

/**
 * Every rule of policy validation, with its stable code, its severity and its message key: the one place where
 * codes are defined.
 */
public enum Rule {
    // Field rules: Jakarta Validation constraints on the model.
    REQUIRED("required", Severity.ERROR),
    BLANK("blank", Severity.ERROR),
    TEXT_EMPTY("text.empty", Severity.ERROR),
    TEXT_BLANK("text.blank", Severity.ERROR),
    TEXT_LANGUAGE_TAG("text.language-tag", Severity.ERROR),
    TEXT_DUPLICATE_LANGUAGE("text.duplicate-language", Severity.ERROR),
    LANGUAGE_TAG_MALFORMED("language-tag.malformed", Severity.ERROR),
    ID_MALFORMED("id.malformed", Severity.ERROR),
    POLICY_ID_MALFORMED("policy-id.malformed", Severity.ERROR),
    ORGANISATION_IDENTIFIER_FORMAT("organisation-identifier.format", Severity.ERROR),
    ORGANISATION_IDENTIFIER_CHECKSUM("organisation-identifier.checksum", Severity.ERROR),
    MUNICIPALITY_CODE_FORMAT("municipality.code-format", Severity.ERROR),
    PERIOD_END_BEFORE_START("period.end-before-start", Severity.ERROR),
    EMAIL_MALFORMED("email.malformed", Severity.ERROR),
    PHONE_MALFORMED("phone.malformed", Severity.ERROR),
    NUMBER_NEGATIVE("number.negative", Severity.ERROR),
    COUNT_VALUE_MISSING("count.value-missing", Severity.ERROR),
    COUNT_VAGUE_WITH_VALUE("count.vague-with-value", Severity.ERROR),
    COUNT_RANGE_REVERSED("count.range-reversed", Severity.ERROR),
    AMOUNT_VAGUE_QUALIFIER("amount.vague-qualifier", Severity.ERROR),
    CONSTRAINT("constraint", Severity.ERROR),

    // Document rules: identity, references, dates and status across the whole policy.
    ID_DUPLICATE("id.duplicate", Severity.ERROR),
    REFERENCE_UNKNOWN_PRINCIPLE("reference.unknown-principle", Severity.ERROR),
    REFERENCE_UNKNOWN_INPUT("reference.unknown-input", Severity.ERROR),
    REFERENCE_UNKNOWN_ORGANISATION("reference.unknown-organisation", Severity.ERROR),
    REFERENCE_UNKNOWN_EVENT("reference.unknown-event", Severity.ERROR),
    REFERENCE_UNKNOWN_FOUNDATION("reference.unknown-foundation", Severity.ERROR),
    REFERENCE_UNKNOWN_PART("reference.unknown-part", Severity.ERROR),
    EVENT_PART_OF_CYCLE("event.part-of-cycle", Severity.ERROR),
    ORGANISATION_PART_OF_CYCLE("organisation.part-of-cycle", Severity.ERROR),
    PRINCIPLE_PART_OF_CYCLE("principle.part-of-cycle", Severity.ERROR),
    PART_PART_OF_CYCLE("part.part-of-cycle", Severity.ERROR),
    EVENT_END_BEFORE_START("event.end-before-start", Severity.ERROR),
    DECISION_BEFORE_DIALOGUE("decision.before-dialogue", Severity.ERROR),
    DECISION_BEFORE_MANDATE("decision.before-mandate", Severity.ERROR),
    DECISION_CONSULTATION_AFTER_ADOPTION("decision.consultation-after-adoption", Severity.ERROR),
    EVENT_DEADLINE_BEFORE_START("event.deadline-before-start", Severity.ERROR),
    MEMBER_CALL_DEADLINE_BEFORE_OPENING("member-call.deadline-before-opening", Severity.ERROR),
    VOTE_UNANIMOUS_WITH_VOTES_AGAINST("vote.unanimous-with-votes-against", Severity.ERROR),
    POLICY_ADOPTION_MISSING("policy.adoption-missing", Severity.ERROR),
    EVENT_CANCELLATION_REASON_MISSING("event.cancellation-reason-missing", Severity.WARNING),
    INPUT_DISPOSITION_REASON_MISSING("input.disposition-reason-missing", Severity.ERROR),
    PRINCIPLE_NO_TEXT("principle.no-text", Severity.ERROR),
    FOUNDATION_UNNAMED("foundation.unnamed", Severity.ERROR),
    ORGANISATION_UNNAMED("organisation.unnamed", Severity.ERROR),
    SIGNATORY_UNNAMED("signatory.unnamed", Severity.ERROR),
    PARTY_UNNAMED("party.unnamed", Severity.ERROR),
    RELATED_POLICY_UNNAMED("related-policy.unnamed", Severity.ERROR),

    // Register rules: the municipality against the bundled register of official codes over time.
    MUNICIPALITY_UNKNOWN_CODE("municipality.unknown-code", Severity.ERROR),
    MUNICIPALITY_CODE_NOT_YET_IN_FORCE("municipality.code-not-yet-in-force", Severity.ERROR),
    MUNICIPALITY_CODE_NOT_IN_FORCE("municipality.code-not-in-force", Severity.WARNING),
    MUNICIPALITY_NAME_MISMATCH("municipality.name-mismatch", Severity.WARNING),
    MUNICIPALITY_SUCCESSOR_MISMATCH("municipality.successor-mismatch", Severity.WARNING),
    MUNICIPALITY_UNDATED("municipality.undated", Severity.INFO),

    // Quality rules: probably incomplete or inconsistent, but valid.
    INPUT_UNANSWERED("input.unanswered", Severity.WARNING),
    MEASURE_NO_RESPONSIBLE("measure.no-responsible", Severity.WARNING),
    POLICY_NO_DIALOGUE("policy.no-dialogue", Severity.WARNING),
    DECISION_BODY_MISSING("decision.body-missing", Severity.WARNING),
    POLICY_STATUS_BEFORE_ADOPTION("policy.status-before-adoption", Severity.WARNING),
    DECISION_SIGNATORIES_MISSING("decision.signatories-missing", Severity.WARNING),
    POLICY_PARTIES_MISSING("policy.parties-missing", Severity.WARNING),
    TEXT_SINGLE_WRITTEN_STANDARD("text.single-written-standard", Severity.INFO);

    /** The prefix of the message keys of all rules. */
    public static final String MESSAGE_KEY_PREFIX = "io.github.frivillig.violation.";

    private final String code;
    private final Severity severity;

    Rule(String code, Severity severity) {
        this.code = code;
        this.severity = severity;
    }

    /**
     * Returns the stable code.
     *
     * @return the code, not null
     */
    public String code() {
        return code;
    }

    /**
     * Returns the severity of a violation of this rule.
     *
     * @return the severity, not null
     */
    public Severity severity() {
        return severity;
    }

    /**
     * Returns the key of the rule's message in {@code ContributorValidationMessages}.
     *
     * @return the message key, not null
     */
    public String messageKey() {
        return MESSAGE_KEY_PREFIX + code;
    }
}
