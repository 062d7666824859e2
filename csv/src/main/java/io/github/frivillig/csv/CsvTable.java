package io.github.frivillig.csv;

import java.util.List;
import java.util.Objects;

/**
 * The tables of a CSV export, each written to {@code <table>.csv}.
 * <p>
 * Every table starts with {@code policy_id}. An entity table has one row per entity and is keyed by
 * {@code policy_id} and the entity's local id (or, for entities without one, its 1-based position under its
 * parent); every list of the model has a table of its own, one row per element; {@code themes}, {@code texts} and
 * {@code extensions} are long tables that name the entity they belong to. {@code docs/csv.md} describes every
 * column.
 * <p>
 * This is an immutable and thread-safe enum.
 */
public enum CsvTable {
    /** One row per policy. */
    POLICIES("policies"),
    /** One row per decision about a policy: mandate, adoption, revision, repeal. */
    DECISIONS("decisions"),
    /** One row per case or archive reference of a decision beyond its {@code case_reference}. */
    DECISION_REFERENCES("decision_references"),
    /** One row per party that signed a decision, such as an agreement's signing. */
    DECISION_SIGNATORIES("decision_signatories"),
    /** One row per part of a policy a decision concerns. */
    DECISION_PARTS("decision_parts"),
    /** One row per ICNPO field in a policy's scope. */
    SCOPE_FIELDS("scope_fields"),
    /** One row per role prescribed by law that a policy also fills. */
    STATUTORY_ROLES("statutory_roles"),
    /** One row per municipality that a policy's municipality, or a related policy's, became part of. */
    MUNICIPALITY_SUCCESSORS("municipality_successors"),
    /** One row per case or archive reference of a policy as a whole. */
    CASE_REFERENCES("case_references"),
    /** One row per foundation: a national framework, plan or document a policy builds on. */
    FOUNDATIONS("foundations"),
    /** One row per part of a policy: a chapter, an annex, a value policy, an action plan. */
    PARTS("parts"),
    /** One row per principle, value, goal, focus area or commitment. */
    PRINCIPLES("principles"),
    /** One row per link from a principle to a foundation's commitment. */
    FRAMEWORK_LINKS("framework_links"),
    /** One row per measure. */
    MEASURES("measures"),
    /** One row per principle a measure serves. */
    MEASURE_PRINCIPLES("measure_principles"),
    /** One row per input a measure responds to. */
    MEASURE_INPUTS("measure_inputs"),
    /** One row per organisation responsible for, or partner in, a measure. */
    MEASURE_ORGANISATIONS("measure_organisations"),
    /** One row per indicator of a measure. */
    MEASURE_INDICATORS("measure_indicators"),
    /** One row per source of a measure's money. */
    MEASURE_FUNDING("measure_funding"),
    /** One row per organisation responsible for a policy's follow-up. */
    FOLLOW_UP_RESPONSIBLE("follow_up_responsible"),
    /** One row per indicator of a policy's follow-up. */
    FOLLOW_UP_INDICATORS("follow_up_indicators"),
    /** One row per evaluation, report or award of a policy. */
    FOLLOW_UP_REVIEWS("follow_up_reviews"),
    /** One row per organisation. */
    ORGANISATIONS("organisations"),
    /** One row per ICNPO category of an organisation, in order of importance. */
    ORGANISATION_ICNPO("organisation_icnpo"),
    /** One row per party to a policy that is an agreement. */
    PARTIES("parties"),
    /** One row per reference group, input group, council or other group. */
    GROUPS("groups"),
    /** One row per way a group's members are chosen. */
    GROUP_SELECTION("group_selection"),
    /** One row per task a group has been given. */
    GROUP_TASKS("group_tasks"),
    /** One row per question a group was asked to answer. */
    GROUP_QUESTIONS("group_questions"),
    /** One row per way to answer a group's call for members. */
    GROUP_CALL_CHANNELS("group_call_channels"),
    /** One row per audience a group's call for members addressed. */
    GROUP_CALL_AUDIENCE("group_call_audience"),
    /** One row per category of a group's seats, as the source counts them. */
    GROUP_COMPOSITION("group_composition"),
    /** One row per organisation a category of a group's seats comes from. */
    GROUP_COMPOSITION_ORGANISATIONS("group_composition_organisations"),
    /** One row per ICNPO field a category of a group's seats represents. */
    GROUP_COMPOSITION_ICNPO("group_composition_icnpo"),
    /** One row per member of a group. */
    MEMBERS("members"),
    /** One row per dialogue event. */
    EVENTS("events"),
    /** One row per organisation that organised, facilitated or took part in an event. */
    EVENT_ORGANISATIONS("event_organisations"),
    /** One row per audience an event addressed. */
    EVENT_AUDIENCE("event_audience"),
    /** One row per guiding question of an event. */
    EVENT_QUESTIONS("event_questions"),
    /** One row per way to register for an event. */
    EVENT_REGISTRATION_CHANNELS("event_registration_channels"),
    /** One row per way responses to a consultation or survey could be given. */
    EVENT_RESPONSE_CHANNELS("event_response_channels"),
    /** One row per case reference of an event, such as the one to quote in a consultation response. */
    EVENT_REFERENCES("event_references"),
    /** One row per speaker at an event. */
    SPEAKERS("speakers"),
    /** One row per input from the voluntary sector. */
    INPUTS("inputs"),
    /** One row per organisation that submitted an input. */
    INPUT_SUBMITTERS("input_submitters"),
    /** One row per contact point of a policy. */
    CONTACTS("contacts"),
    /** One row per other policy a policy stands in relation to: a predecessor, a successor, a sibling. */
    RELATED_POLICIES("related_policies"),
    /** One row per source document. */
    SOURCES("sources"),
    /** One row per theme of a part, principle, measure, event or input. */
    THEMES("themes"),
    /** One row per text in one language, of any text column of any table. */
    TEXTS("texts"),
    /** One row per extension key of a policy or an entity, its value as JSON. */
    EXTENSIONS("extensions");

    private final String tableName;

    CsvTable(String tableName) {
        this.tableName = tableName;
    }

    /**
     * Returns the name of the table, such as {@code measure_principles}.
     *
     * @return the table name in snake case, not null
     */
    public String tableName() {
        return tableName;
    }

    /**
     * Returns the name of the table's file, such as {@code measure_principles.csv}.
     *
     * @return the file name, not null
     */
    public String fileName() {
        return tableName + ".csv";
    }

    /**
     * Returns the columns that an export with the given options writes, in order: the header of the file.
     *
     * @param options  the export options, not null
     * @return the column names in snake case, not null
     */
    public List<String> columns(CsvExportOptions options) {
        Objects.requireNonNull(options, "options");
        return Tables.definition(this).columnNames(options);
    }

    /**
     * Returns the columns of this table that hold personal data, written only when the options
     * {@linkplain CsvExportOptions#includesPersonalData() include} it.
     *
     * @return the personal column names, empty for most tables, not null
     */
    public List<String> personalColumns() {
        return Tables.definition(this).personalColumnNames();
    }
}
