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
        // The keys the descriptor declares: the export must keep each one unique within a policy.
        DataPackage.KEYS.forEach((table, columns) -> {
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
        // The references the descriptor declares as foreign keys: each must name a row of its target table.
        for (DataPackage.ForeignKey reference : DataPackage.FOREIGN_KEYS) {
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
