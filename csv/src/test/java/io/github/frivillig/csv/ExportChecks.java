package io.github.frivillig.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.frivillig.core.policy.Policy;

/** Checks that hold for every export: row counts, unique keys, and references that resolve. */
final class ExportChecks {

    /**
     * Where the rows of an entity named in {@code themes}, {@code texts} and {@code extensions} live, and the columns
     * that {@code entity_id} and {@code entity_no} match there; as {@code docs/csv.md} tells readers to join them.
     */
    record EntityKey(CsvTable table, String idColumn, String numberColumn) {
    }

    static final Map<String, EntityKey> ENTITIES = Map.ofEntries(
            Map.entry("policy", new EntityKey(CsvTable.POLICIES, null, null)),
            Map.entry("decision", new EntityKey(CsvTable.DECISIONS, null, "decision_no")),
            Map.entry("decision_reference",
                    new EntityKey(CsvTable.DECISION_REFERENCES, "decision_no", "reference_no")),
            Map.entry("decision_signatory",
                    new EntityKey(CsvTable.DECISION_SIGNATORIES, "decision_no", "signatory_no")),
            Map.entry("case_reference", new EntityKey(CsvTable.CASE_REFERENCES, null, "reference_no")),
            Map.entry("foundation", new EntityKey(CsvTable.FOUNDATIONS, "foundation_id", null)),
            Map.entry("part", new EntityKey(CsvTable.PARTS, "part_id", null)),
            Map.entry("principle", new EntityKey(CsvTable.PRINCIPLES, "principle_id", null)),
            Map.entry("framework_link", new EntityKey(CsvTable.FRAMEWORK_LINKS, "principle_id", "link_no")),
            Map.entry("measure", new EntityKey(CsvTable.MEASURES, "measure_id", null)),
            Map.entry("measure_indicator", new EntityKey(CsvTable.MEASURE_INDICATORS, "measure_id", "indicator_no")),
            Map.entry("measure_funding", new EntityKey(CsvTable.MEASURE_FUNDING, "measure_id", "funding_no")),
            Map.entry("follow_up_indicator", new EntityKey(CsvTable.FOLLOW_UP_INDICATORS, null, "indicator_no")),
            Map.entry("follow_up_review", new EntityKey(CsvTable.FOLLOW_UP_REVIEWS, null, "review_no")),
            Map.entry("organisation", new EntityKey(CsvTable.ORGANISATIONS, "organisation_id", null)),
            Map.entry("party", new EntityKey(CsvTable.PARTIES, null, "party_no")),
            Map.entry("group", new EntityKey(CsvTable.GROUPS, "group_id", null)),
            Map.entry("group_task", new EntityKey(CsvTable.GROUP_TASKS, "group_id", "task_no")),
            Map.entry("group_question", new EntityKey(CsvTable.GROUP_QUESTIONS, "group_id", "question_no")),
            Map.entry("group_seats", new EntityKey(CsvTable.GROUP_COMPOSITION, "group_id", "seats_no")),
            Map.entry("member", new EntityKey(CsvTable.MEMBERS, "group_id", "member_no")),
            Map.entry("event", new EntityKey(CsvTable.EVENTS, "event_id", null)),
            Map.entry("event_question", new EntityKey(CsvTable.EVENT_QUESTIONS, "event_id", "question_no")),
            Map.entry("event_reference", new EntityKey(CsvTable.EVENT_REFERENCES, "event_id", "reference_no")),
            Map.entry("speaker", new EntityKey(CsvTable.SPEAKERS, "event_id", "speaker_no")),
            Map.entry("input", new EntityKey(CsvTable.INPUTS, "input_id", null)),
            Map.entry("contact", new EntityKey(CsvTable.CONTACTS, null, "contact_no")),
            Map.entry("related_policy", new EntityKey(CsvTable.RELATED_POLICIES, null, "related_policy_no")),
            Map.entry("source", new EntityKey(CsvTable.SOURCES, "source_id", null)));

    /** The key columns of each table, after {@code policy_id}: unique within a policy. */
    static final Map<CsvTable, List<String>> KEYS = Map.ofEntries(
            Map.entry(CsvTable.POLICIES, List.of()),
            Map.entry(CsvTable.DECISIONS, List.of("decision_no")),
            Map.entry(CsvTable.DECISION_REFERENCES, List.of("decision_no", "reference_no")),
            Map.entry(CsvTable.DECISION_SIGNATORIES, List.of("decision_no", "signatory_no")),
            Map.entry(CsvTable.SCOPE_FIELDS, List.of("position")),
            Map.entry(CsvTable.MUNICIPALITY_SUCCESSORS, List.of("related_policy_no", "successor_no")),
            Map.entry(CsvTable.CASE_REFERENCES, List.of("reference_no")),
            Map.entry(CsvTable.FOUNDATIONS, List.of("foundation_id")),
            Map.entry(CsvTable.PARTS, List.of("part_id")),
            Map.entry(CsvTable.PRINCIPLES, List.of("principle_id")),
            Map.entry(CsvTable.FRAMEWORK_LINKS, List.of("principle_id", "link_no")),
            Map.entry(CsvTable.MEASURES, List.of("measure_id")),
            Map.entry(CsvTable.MEASURE_INDICATORS, List.of("measure_id", "indicator_no")),
            Map.entry(CsvTable.MEASURE_FUNDING, List.of("measure_id", "funding_no")),
            Map.entry(CsvTable.FOLLOW_UP_INDICATORS, List.of("indicator_no")),
            Map.entry(CsvTable.FOLLOW_UP_REVIEWS, List.of("review_no")),
            Map.entry(CsvTable.ORGANISATIONS, List.of("organisation_id")),
            Map.entry(CsvTable.ORGANISATION_ICNPO, List.of("organisation_id", "position")),
            Map.entry(CsvTable.PARTIES, List.of("party_no")),
            Map.entry(CsvTable.GROUPS, List.of("group_id")),
            Map.entry(CsvTable.GROUP_TASKS, List.of("group_id", "task_no")),
            Map.entry(CsvTable.GROUP_QUESTIONS, List.of("group_id", "question_no")),
            Map.entry(CsvTable.GROUP_COMPOSITION, List.of("group_id", "seats_no")),
            Map.entry(CsvTable.GROUP_COMPOSITION_ICNPO, List.of("group_id", "seats_no", "position")),
            Map.entry(CsvTable.MEMBERS, List.of("group_id", "member_no")),
            Map.entry(CsvTable.EVENTS, List.of("event_id")),
            Map.entry(CsvTable.EVENT_QUESTIONS, List.of("event_id", "question_no")),
            Map.entry(CsvTable.EVENT_REFERENCES, List.of("event_id", "reference_no")),
            Map.entry(CsvTable.SPEAKERS, List.of("event_id", "speaker_no")),
            Map.entry(CsvTable.INPUTS, List.of("input_id")),
            Map.entry(CsvTable.CONTACTS, List.of("contact_no")),
            Map.entry(CsvTable.RELATED_POLICIES, List.of("related_policy_no")),
            Map.entry(CsvTable.SOURCES, List.of("source_id")),
            Map.entry(CsvTable.TEXTS, List.of("entity", "entity_id", "entity_no", "field", "language")),
            Map.entry(CsvTable.EXTENSIONS, List.of("entity", "entity_id", "key")));

    /**
     * Reference columns: table and columns, and the table whose key columns they name. The last column is the
     * reference itself, checked where it is not empty; the ones before it, if any, are the rest of the key, such as
     * the group of a group's seats.
     */
    private record Reference(CsvTable table, List<String> columns, CsvTable target, List<String> targetColumns) {

        Reference(CsvTable table, String column, CsvTable target, String targetColumn) {
            this(table, List.of(column), target, List.of(targetColumn));
        }
    }

    private static final List<Reference> REFERENCES = List.of(
            new Reference(CsvTable.POLICIES, "owner_id", CsvTable.ORGANISATIONS, "organisation_id"),
            new Reference(CsvTable.DECISION_REFERENCES, "decision_no", CsvTable.DECISIONS, "decision_no"),
            new Reference(CsvTable.DECISION_SIGNATORIES, "decision_no", CsvTable.DECISIONS, "decision_no"),
            new Reference(CsvTable.DECISION_SIGNATORIES, "organisation_id", CsvTable.ORGANISATIONS, "organisation_id"),
            new Reference(CsvTable.DECISION_SIGNATORIES, "person_organisation_id", CsvTable.ORGANISATIONS,
                    "organisation_id"),
            new Reference(CsvTable.DECISION_PARTS, "decision_no", CsvTable.DECISIONS, "decision_no"),
            new Reference(CsvTable.DECISION_PARTS, "part_id", CsvTable.PARTS, "part_id"),
            new Reference(CsvTable.MUNICIPALITY_SUCCESSORS, "related_policy_no", CsvTable.RELATED_POLICIES,
                    "related_policy_no"),
            new Reference(CsvTable.MUNICIPALITY_SUCCESSORS, List.of("related_policy_no", "successor_of_no"),
                    CsvTable.MUNICIPALITY_SUCCESSORS, List.of("related_policy_no", "successor_no")),
            new Reference(CsvTable.PARTS, "part_of_id", CsvTable.PARTS, "part_id"),
            new Reference(CsvTable.PRINCIPLES, "part_of_id", CsvTable.PRINCIPLES, "principle_id"),
            new Reference(CsvTable.PRINCIPLES, "part_id", CsvTable.PARTS, "part_id"),
            new Reference(CsvTable.FRAMEWORK_LINKS, "principle_id", CsvTable.PRINCIPLES, "principle_id"),
            new Reference(CsvTable.FRAMEWORK_LINKS, "foundation_id", CsvTable.FOUNDATIONS, "foundation_id"),
            new Reference(CsvTable.MEASURE_PRINCIPLES, "measure_id", CsvTable.MEASURES, "measure_id"),
            new Reference(CsvTable.MEASURE_PRINCIPLES, "principle_id", CsvTable.PRINCIPLES, "principle_id"),
            new Reference(CsvTable.MEASURE_INPUTS, "measure_id", CsvTable.MEASURES, "measure_id"),
            new Reference(CsvTable.MEASURE_INPUTS, "input_id", CsvTable.INPUTS, "input_id"),
            new Reference(CsvTable.MEASURE_ORGANISATIONS, "measure_id", CsvTable.MEASURES, "measure_id"),
            new Reference(CsvTable.MEASURE_ORGANISATIONS, "organisation_id", CsvTable.ORGANISATIONS, "organisation_id"),
            new Reference(CsvTable.MEASURES, "part_id", CsvTable.PARTS, "part_id"),
            new Reference(CsvTable.MEASURE_INDICATORS, "measure_id", CsvTable.MEASURES, "measure_id"),
            new Reference(CsvTable.MEASURE_FUNDING, "measure_id", CsvTable.MEASURES, "measure_id"),
            new Reference(CsvTable.MEASURE_FUNDING, "funder_id", CsvTable.ORGANISATIONS, "organisation_id"),
            new Reference(CsvTable.FOLLOW_UP_RESPONSIBLE, "organisation_id", CsvTable.ORGANISATIONS, "organisation_id"),
            new Reference(CsvTable.FOLLOW_UP_REVIEWS, "by_id", CsvTable.ORGANISATIONS, "organisation_id"),
            new Reference(CsvTable.ORGANISATIONS, "part_of_id", CsvTable.ORGANISATIONS, "organisation_id"),
            new Reference(CsvTable.ORGANISATION_ICNPO, "organisation_id", CsvTable.ORGANISATIONS, "organisation_id"),
            new Reference(CsvTable.PARTIES, "organisation_id", CsvTable.ORGANISATIONS, "organisation_id"),
            new Reference(CsvTable.GROUPS, "coordinator_id", CsvTable.ORGANISATIONS, "organisation_id"),
            new Reference(CsvTable.GROUPS, "recommended_by_id", CsvTable.ORGANISATIONS, "organisation_id"),
            new Reference(CsvTable.GROUP_SELECTION, "group_id", CsvTable.GROUPS, "group_id"),
            new Reference(CsvTable.GROUP_TASKS, "group_id", CsvTable.GROUPS, "group_id"),
            new Reference(CsvTable.GROUP_QUESTIONS, "group_id", CsvTable.GROUPS, "group_id"),
            new Reference(CsvTable.GROUP_CALL_CHANNELS, "group_id", CsvTable.GROUPS, "group_id"),
            new Reference(CsvTable.GROUP_CALL_AUDIENCE, "group_id", CsvTable.GROUPS, "group_id"),
            new Reference(CsvTable.GROUP_COMPOSITION, "group_id", CsvTable.GROUPS, "group_id"),
            new Reference(CsvTable.GROUP_COMPOSITION_ORGANISATIONS, List.of("group_id", "seats_no"),
                    CsvTable.GROUP_COMPOSITION, List.of("group_id", "seats_no")),
            new Reference(CsvTable.GROUP_COMPOSITION_ORGANISATIONS, "organisation_id", CsvTable.ORGANISATIONS,
                    "organisation_id"),
            new Reference(CsvTable.GROUP_COMPOSITION_ICNPO, List.of("group_id", "seats_no"),
                    CsvTable.GROUP_COMPOSITION, List.of("group_id", "seats_no")),
            new Reference(CsvTable.MEMBERS, "group_id", CsvTable.GROUPS, "group_id"),
            new Reference(CsvTable.MEMBERS, "organisation_id", CsvTable.ORGANISATIONS, "organisation_id"),
            new Reference(CsvTable.MEMBERS, "person_organisation_id", CsvTable.ORGANISATIONS, "organisation_id"),
            new Reference(CsvTable.EVENTS, "part_of_id", CsvTable.EVENTS, "event_id"),
            new Reference(CsvTable.EVENT_ORGANISATIONS, "event_id", CsvTable.EVENTS, "event_id"),
            new Reference(CsvTable.EVENT_ORGANISATIONS, "organisation_id", CsvTable.ORGANISATIONS, "organisation_id"),
            new Reference(CsvTable.EVENT_AUDIENCE, "event_id", CsvTable.EVENTS, "event_id"),
            new Reference(CsvTable.EVENT_QUESTIONS, "event_id", CsvTable.EVENTS, "event_id"),
            new Reference(CsvTable.EVENT_REGISTRATION_CHANNELS, "event_id", CsvTable.EVENTS, "event_id"),
            new Reference(CsvTable.EVENT_RESPONSE_CHANNELS, "event_id", CsvTable.EVENTS, "event_id"),
            new Reference(CsvTable.EVENT_REFERENCES, "event_id", CsvTable.EVENTS, "event_id"),
            new Reference(CsvTable.SPEAKERS, "event_id", CsvTable.EVENTS, "event_id"),
            new Reference(CsvTable.SPEAKERS, "person_organisation_id", CsvTable.ORGANISATIONS, "organisation_id"),
            new Reference(CsvTable.INPUTS, "event_id", CsvTable.EVENTS, "event_id"),
            new Reference(CsvTable.INPUT_SUBMITTERS, "input_id", CsvTable.INPUTS, "input_id"),
            new Reference(CsvTable.INPUT_SUBMITTERS, "organisation_id", CsvTable.ORGANISATIONS, "organisation_id"),
            new Reference(CsvTable.CONTACTS, "person_organisation_id", CsvTable.ORGANISATIONS, "organisation_id"),
            new Reference(CsvTable.SOURCES, "publisher_id", CsvTable.ORGANISATIONS, "organisation_id"));

    private ExportChecks() {
    }

    /** Every table has exactly the rows the policies hold, and the summary says so too. */
    static void assertRowCounts(List<Policy> policies, CsvExportSummary summary, ExportedTables exported) {
        Map<CsvTable, Long> expected = ModelFacts.expectedRows(policies);
        for (CsvTable table : CsvTable.values()) {
            assertThat((long) exported.rows(table).size()).as("rows of %s", table.tableName())
                    .isEqualTo(expected.get(table));
            assertThat(summary.rowCount(table)).as("summary of %s", table.tableName()).isEqualTo(expected.get(table));
        }
        assertThat(summary.policies()).isEqualTo(policies.size());
    }

    /** Within a policy, no two rows of an entity table have the same key. */
    static void assertKeysUnique(ExportedTables exported) {
        List<String> problems = new ArrayList<>();
        KEYS.forEach((table, columns) -> {
            Set<List<String>> seen = new HashSet<>();
            for (Map<String, String> row : exported.rows(table)) {
                List<String> key = key(row, columns);
                if (!seen.add(key)) {
                    problems.add("duplicate key " + key + " in " + table.tableName());
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    /**
     * Every reference resolves within its own policy: every id column to its table, every policy id to a policy,
     * and every row of the long tables to the entity it names.
     */
    static void assertReferencesResolve(ExportedTables exported) {
        // Problems are collected rather than asserted row by row: the checks run over hundreds of thousands of rows.
        List<String> problems = new ArrayList<>();
        Set<String> policies = new HashSet<>(exported.column(CsvTable.POLICIES, "policy_id"));
        for (CsvTable table : CsvTable.values()) {
            for (Map<String, String> row : exported.rows(table)) {
                if (!policies.contains(row.get("policy_id"))) {
                    problems.add(table.tableName() + ": unknown policy " + row.get("policy_id"));
                }
            }
        }
        for (Reference reference : REFERENCES) {
            Set<List<String>> targets = new HashSet<>();
            for (Map<String, String> row : exported.rows(reference.target())) {
                targets.add(key(row, reference.targetColumns()));
            }
            String column = reference.columns().get(reference.columns().size() - 1);
            for (Map<String, String> row : exported.rows(reference.table())) {
                List<String> key = key(row, reference.columns());
                if (!row.get(column).isEmpty() && !targets.contains(key)) {
                    problems.add(reference.table().tableName() + "." + reference.columns() + " = " + key);
                }
            }
        }
        Map<String, Set<List<String>>> entityKeys = new HashMap<>();
        ENTITIES.forEach((entity, key) -> entityKeys.put(entity,
                keys(exported, key.table(), key.idColumn(), key.numberColumn())));
        for (CsvTable table : List.of(CsvTable.THEMES, CsvTable.TEXTS, CsvTable.EXTENSIONS)) {
            for (Map<String, String> row : exported.rows(table)) {
                Set<List<String>> keys = entityKeys.get(row.get("entity"));
                List<String> key = List.of(row.get("policy_id"), row.get("entity_id"),
                        row.getOrDefault("entity_no", ""));
                if (keys == null || !keys.contains(key)) {
                    problems.add(table.tableName() + ": no " + row.get("entity") + " " + key);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** The policy id and the values of some columns of a row. */
    private static List<String> key(Map<String, String> row, List<String> columns) {
        List<String> key = new ArrayList<>();
        key.add(row.get("policy_id"));
        columns.forEach(column -> key.add(row.get(column)));
        return key;
    }

    private static Set<List<String>> keys(ExportedTables exported, CsvTable table, String idColumn,
            String numberColumn) {
        Set<List<String>> keys = new HashSet<>();
        for (Map<String, String> row : exported.rows(table)) {
            keys.add(List.of(row.get("policy_id"), idColumn == null ? "" : row.get(idColumn),
                    numberColumn == null ? "" : row.get(numberColumn)));
        }
        return keys;
    }

    /**
     * The text columns of an entity table hold one of the texts the {@code texts} table has for that entity and
     * field, and every field named in {@code texts} is a column of the entity's table.
     */
    static void assertTextsMatchTheirColumns(ExportedTables exported) {
        List<String> problems = new ArrayList<>();
        Map<List<String>, Set<String>> texts = new HashMap<>();
        for (Map<String, String> row : exported.rows(CsvTable.TEXTS)) {
            EntityKey key = ENTITIES.get(row.get("entity"));
            if (!exported.header(key.table()).contains(row.get("field"))) {
                problems.add("no column " + row.get("field") + " in " + key.table().tableName());
            }
            texts.computeIfAbsent(List.of(row.get("policy_id"), row.get("entity"), row.get("entity_id"),
                    row.get("entity_no"), row.get("field")), k -> new HashSet<>()).add(row.get("text"));
        }
        Map<String, Map<List<String>, Map<String, String>>> rowsByKey = new HashMap<>();
        ENTITIES.forEach((entity, key) -> {
            Map<List<String>, Map<String, String>> index = new HashMap<>();
            for (Map<String, String> row : exported.rows(key.table())) {
                index.put(List.of(row.get("policy_id"), key.idColumn() == null ? "" : row.get(key.idColumn()),
                        key.numberColumn() == null ? "" : row.get(key.numberColumn())), row);
            }
            rowsByKey.put(entity, index);
        });
        texts.forEach((textKey, values) -> {
            Map<String, String> row = rowsByKey.get(textKey.get(1))
                    .get(List.of(textKey.get(0), textKey.get(2), textKey.get(3)));
            if (row == null) {
                problems.add("no row for " + textKey);
            } else if (!values.contains(row.get(textKey.get(4)))) {
                problems.add("readable " + textKey + " is none of its texts: " + row.get(textKey.get(4)));
            }
        });
        assertThat(problems).isEmpty();
    }
}
