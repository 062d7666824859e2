package io.github.frivillig.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The descriptor of an export, {@code datapackage.json}: a Frictionless Data Package (v2) with a resource and a
 * Table Schema for every table and every label table, and the export's provenance.
 * <p>
 * Each schema gives every column's type, description and example, the empty field as the only missing value, the
 * table's key, and its foreign keys: {@code policy_id} to {@code policies}, every reference to the table it names
 * (see {@code docs/csv.md}, Links), every code column to its label table. Columns that may not be empty in a valid
 * policy are required.
 */
final class DataPackage {

    /** The file name of the descriptor. */
    static final String FILE_NAME = "datapackage.json";

    static final String PACKAGE_PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json";
    static final String SCHEMA_PROFILE = "https://datapackage.org/profiles/2.0/tableschema.json";

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /**
     * The key of each table whose rows a key identifies, after {@code policy_id}. A link table or a list of codes
     * has none: a policy that lists the same element twice has two identical rows there.
     */
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
     * A reference from some columns of a table to the key columns of another, within a policy: both lists start
     * with {@code policy_id}. The last column is the reference itself; the ones before it are context, such as the
     * group of a group's seats.
     */
    record ForeignKey(CsvTable table, List<String> columns, CsvTable target, List<String> targetColumns) {
    }

    /** Every reference between tables, as {@code docs/csv.md} lists them under Links. */
    static final List<ForeignKey> FOREIGN_KEYS = List.of(
            link(CsvTable.POLICIES, "owner_id", CsvTable.ORGANISATIONS, "organisation_id"),
            link(CsvTable.DECISION_REFERENCES, "decision_no", CsvTable.DECISIONS, "decision_no"),
            link(CsvTable.DECISION_SIGNATORIES, "decision_no", CsvTable.DECISIONS, "decision_no"),
            link(CsvTable.DECISION_SIGNATORIES, "organisation_id", CsvTable.ORGANISATIONS, "organisation_id"),
            link(CsvTable.DECISION_SIGNATORIES, "person_organisation_id", CsvTable.ORGANISATIONS, "organisation_id"),
            link(CsvTable.DECISION_PARTS, "decision_no", CsvTable.DECISIONS, "decision_no"),
            link(CsvTable.DECISION_PARTS, "part_id", CsvTable.PARTS, "part_id"),
            link(CsvTable.MUNICIPALITY_SUCCESSORS, "related_policy_no", CsvTable.RELATED_POLICIES, "related_policy_no"),
            link(CsvTable.MUNICIPALITY_SUCCESSORS, List.of("related_policy_no", "successor_of_no"), CsvTable.MUNICIPALITY_SUCCESSORS, List.of("related_policy_no", "successor_no")),
            link(CsvTable.PARTS, "part_of_id", CsvTable.PARTS, "part_id"),
            link(CsvTable.PRINCIPLES, "part_of_id", CsvTable.PRINCIPLES, "principle_id"),
            link(CsvTable.PRINCIPLES, "part_id", CsvTable.PARTS, "part_id"),
            link(CsvTable.FRAMEWORK_LINKS, "principle_id", CsvTable.PRINCIPLES, "principle_id"),
            link(CsvTable.FRAMEWORK_LINKS, "foundation_id", CsvTable.FOUNDATIONS, "foundation_id"),
            link(CsvTable.MEASURE_PRINCIPLES, "measure_id", CsvTable.MEASURES, "measure_id"),
            link(CsvTable.MEASURE_PRINCIPLES, "principle_id", CsvTable.PRINCIPLES, "principle_id"),
            link(CsvTable.MEASURE_INPUTS, "measure_id", CsvTable.MEASURES, "measure_id"),
            link(CsvTable.MEASURE_INPUTS, "input_id", CsvTable.INPUTS, "input_id"),
            link(CsvTable.MEASURE_ORGANISATIONS, "measure_id", CsvTable.MEASURES, "measure_id"),
            link(CsvTable.MEASURE_ORGANISATIONS, "organisation_id", CsvTable.ORGANISATIONS, "organisation_id"),
            link(CsvTable.MEASURES, "part_id", CsvTable.PARTS, "part_id"),
            link(CsvTable.MEASURE_INDICATORS, "measure_id", CsvTable.MEASURES, "measure_id"),
            link(CsvTable.MEASURE_FUNDING, "measure_id", CsvTable.MEASURES, "measure_id"),
            link(CsvTable.MEASURE_FUNDING, "funder_id", CsvTable.ORGANISATIONS, "organisation_id"),
            link(CsvTable.FOLLOW_UP_RESPONSIBLE, "organisation_id", CsvTable.ORGANISATIONS, "organisation_id"),
            link(CsvTable.FOLLOW_UP_REVIEWS, "by_id", CsvTable.ORGANISATIONS, "organisation_id"),
            link(CsvTable.ORGANISATIONS, "part_of_id", CsvTable.ORGANISATIONS, "organisation_id"),
            link(CsvTable.ORGANISATION_ICNPO, "organisation_id", CsvTable.ORGANISATIONS, "organisation_id"),
            link(CsvTable.PARTIES, "organisation_id", CsvTable.ORGANISATIONS, "organisation_id"),
            link(CsvTable.GROUPS, "coordinator_id", CsvTable.ORGANISATIONS, "organisation_id"),
            link(CsvTable.GROUPS, "recommended_by_id", CsvTable.ORGANISATIONS, "organisation_id"),
            link(CsvTable.GROUP_SELECTION, "group_id", CsvTable.GROUPS, "group_id"),
            link(CsvTable.GROUP_TASKS, "group_id", CsvTable.GROUPS, "group_id"),
            link(CsvTable.GROUP_QUESTIONS, "group_id", CsvTable.GROUPS, "group_id"),
            link(CsvTable.GROUP_CALL_CHANNELS, "group_id", CsvTable.GROUPS, "group_id"),
            link(CsvTable.GROUP_CALL_AUDIENCE, "group_id", CsvTable.GROUPS, "group_id"),
            link(CsvTable.GROUP_COMPOSITION, "group_id", CsvTable.GROUPS, "group_id"),
            link(CsvTable.GROUP_COMPOSITION_ORGANISATIONS, List.of("group_id", "seats_no"), CsvTable.GROUP_COMPOSITION, List.of("group_id", "seats_no")),
            link(CsvTable.GROUP_COMPOSITION_ORGANISATIONS, "organisation_id", CsvTable.ORGANISATIONS, "organisation_id"),
            link(CsvTable.GROUP_COMPOSITION_ICNPO, List.of("group_id", "seats_no"), CsvTable.GROUP_COMPOSITION, List.of("group_id", "seats_no")),
            link(CsvTable.MEMBERS, "group_id", CsvTable.GROUPS, "group_id"),
            link(CsvTable.MEMBERS, "organisation_id", CsvTable.ORGANISATIONS, "organisation_id"),
            link(CsvTable.MEMBERS, "person_organisation_id", CsvTable.ORGANISATIONS, "organisation_id"),
            link(CsvTable.EVENTS, "part_of_id", CsvTable.EVENTS, "event_id"),
            link(CsvTable.EVENT_ORGANISATIONS, "event_id", CsvTable.EVENTS, "event_id"),
            link(CsvTable.EVENT_ORGANISATIONS, "organisation_id", CsvTable.ORGANISATIONS, "organisation_id"),
            link(CsvTable.EVENT_AUDIENCE, "event_id", CsvTable.EVENTS, "event_id"),
            link(CsvTable.EVENT_QUESTIONS, "event_id", CsvTable.EVENTS, "event_id"),
            link(CsvTable.EVENT_REGISTRATION_CHANNELS, "event_id", CsvTable.EVENTS, "event_id"),
            link(CsvTable.EVENT_RESPONSE_CHANNELS, "event_id", CsvTable.EVENTS, "event_id"),
            link(CsvTable.EVENT_REFERENCES, "event_id", CsvTable.EVENTS, "event_id"),
            link(CsvTable.SPEAKERS, "event_id", CsvTable.EVENTS, "event_id"),
            link(CsvTable.SPEAKERS, "person_organisation_id", CsvTable.ORGANISATIONS, "organisation_id"),
            link(CsvTable.INPUTS, "event_id", CsvTable.EVENTS, "event_id"),
            link(CsvTable.INPUT_SUBMITTERS, "input_id", CsvTable.INPUTS, "input_id"),
            link(CsvTable.INPUT_SUBMITTERS, "organisation_id", CsvTable.ORGANISATIONS, "organisation_id"),
            link(CsvTable.CONTACTS, "person_organisation_id", CsvTable.ORGANISATIONS, "organisation_id"),
            link(CsvTable.SOURCES, "publisher_id", CsvTable.ORGANISATIONS, "organisation_id"));

    private DataPackage() {
    }

    private static ForeignKey link(CsvTable table, String column, CsvTable target, String targetColumn) {
        return link(table, List.of(column), target, List.of(targetColumn));
    }

    private static ForeignKey link(CsvTable table, List<String> columns, CsvTable target, List<String> targetColumns) {
        List<String> from = new ArrayList<>(List.of("policy_id"));
        from.addAll(columns);
        List<String> to = new ArrayList<>(List.of("policy_id"));
        to.addAll(targetColumns);
        return new ForeignKey(table, List.copyOf(from), target, List.copyOf(to));
    }

    /**
     * Writes the descriptor.
     *
     * @param file  where to write it
     * @param options  the options of the export, which decide the columns and the line ending
     * @param provenance  what the export was made from
     * @param exported  the number of policies exported
     */
    static void write(Path file, CsvExportOptions options, ExportProvenance provenance, long exported) {
        ObjectNode descriptor = describe(options, provenance, exported);
        try (OutputStream out = Files.newOutputStream(file)) {
            JSON.writeValue(out, descriptor);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        } catch (JacksonException e) {
            throw new UncheckedIOException("Could not write " + file, new IOException(e.getMessage(), e));
        }
    }

    static ObjectNode describe(CsvExportOptions options, ExportProvenance provenance, long exported) {
        ObjectNode descriptor = NODES.objectNode();
        descriptor.put("$schema", PACKAGE_PROFILE);
        descriptor.put("name", "frivillig-export");
        descriptor.put("title", "Municipal volunteer policies as tidy tables");
        descriptor.put("description", "Policies of municipalities for their work with the voluntary sector, with "
                + "their principles, measures and the dialogue that produced them, exported by Frivillig as tidy "
                + "CSV tables: one table per kind of entity and one per list, joined on `policy_id` and local keys, "
                + "and a label table per code list. Frivillig's `docs/csv.md` describes every table and column.");
        descriptor.put("created", provenance.exportedAt().toString());
        if (!provenance.sources().isEmpty()) {
            ArrayNode sources = descriptor.putArray("sources");
            provenance.sources().forEach(source -> sources.addObject().put("title", source.path()));
        }
        descriptor.set("frivillig", provenance(options, provenance, exported));
        ArrayNode resources = descriptor.putArray("resources");
        for (CsvTable table : CsvTable.values()) {
            resources.add(tableResource(table, options));
        }
        LabelTables.CODE_LISTS.keySet().forEach(list -> resources.add(labelResource(list, options)));
        return descriptor;
    }

    private static ObjectNode provenance(CsvExportOptions options, ExportProvenance provenance, long exported) {
        ObjectNode node = NODES.objectNode();
        node.put("version", provenance.frivilligVersion());
        node.put("formatVersion", provenance.formatVersion());
        node.put("exportedAt", provenance.exportedAt().toString());
        node.put("personalData", options.includesPersonalData());
        node.put("recordsRead", provenance.recordsRead());
        node.put("recordsExported", exported);
        node.put("recordsSkipped", provenance.recordsSkipped());
        ArrayNode sources = node.putArray("sources");
        for (ExportSource source : provenance.sources()) {
            sources.addObject().put("path", source.path()).put("sha256", source.sha256())
                    .put("records", source.records());
        }
        return node;
    }

    private static ObjectNode tableResource(CsvTable table, CsvExportOptions options) {
        TableDescriptions.TableDescription description = TableDescriptions.of(table);
        ObjectNode resource = resource(table.tableName(), table.fileName(), description.description(), options);
        ObjectNode schema = schema(resource);
        ArrayNode fields = schema.putArray("fields");
        List<String> written = table.columns(options);
        for (String column : written) {
            fields.add(field(description.columns().get(column)));
        }
        List<String> key = KEYS.get(table);
        if (key != null) {
            List<String> columns = new ArrayList<>(List.of("policy_id"));
            columns.addAll(key);
            // A key with a column that may be empty cannot be a primary key; it is still unique.
            boolean nullable = key.stream().anyMatch(column -> description.columns().get(column).mayBeEmpty());
            if (nullable) {
                strings(schema.putArray("uniqueKeys").addArray(), columns);
            } else {
                strings(schema.putArray("primaryKey"), columns);
            }
        }
        ArrayNode foreignKeys = schema.putArray("foreignKeys");
        if (table != CsvTable.POLICIES) {
            foreignKeys.add(foreignKey(List.of("policy_id"), CsvTable.POLICIES.tableName(), List.of("policy_id")));
        }
        for (ForeignKey link : FOREIGN_KEYS) {
            if (link.table() == table) {
                foreignKeys.add(foreignKey(link.columns(), link.target() == table ? null : link.target().tableName(),
                        link.targetColumns()));
            }
        }
        for (String column : written) {
            String codeList = description.columns().get(column).codeList();
            if (codeList != null && LabelTables.CODE_LISTS.containsKey(codeList)) {
                foreignKeys.add(foreignKey(List.of(column), labelResourceName(codeList), List.of("code")));
            }
        }
        return resource;
    }

    private static ObjectNode labelResource(String codeList, CsvExportOptions options) {
        ObjectNode resource = resource(labelResourceName(codeList), LabelTables.fileName(codeList),
                "The codes of the code list " + codeList + ", each with its label in English (`en`), Norwegian "
                        + "bokmål (`nb`) and nynorsk (`nn`), Danish (`da`) and Swedish (`sv`).", options);
        ObjectNode schema = schema(resource);
        ArrayNode fields = schema.putArray("fields");
        fields.addObject().put("name", "code").put("type", "string")
                .put("description", "The stable code, as the tables write it.")
                .putObject("constraints").put("required", true);
        for (String column : LabelTables.columns().subList(1, LabelTables.columns().size())) {
            String language = column.substring("label_".length());
            fields.addObject().put("name", column).put("type", "string")
                    .put("description", "The label in the language `" + language + "`.")
                    .putObject("constraints").put("required", true);
        }
        schema.putArray("primaryKey").add("code");
        return resource;
    }

    /** The resource name of a code list's label table: {@code label_policy_kind}. */
    static String labelResourceName(String codeList) {
        return "label_" + LabelTables.tableName(codeList);
    }

    private static ObjectNode resource(String name, String path, String description, CsvExportOptions options) {
        ObjectNode resource = NODES.objectNode();
        resource.put("name", name);
        resource.put("type", "table");
        resource.put("path", path);
        resource.put("format", "csv");
        resource.put("mediatype", "text/csv");
        resource.put("encoding", "utf-8");
        resource.put("description", description);
        ObjectNode dialect = resource.putObject("dialect");
        dialect.put("header", true);
        dialect.put("delimiter", ",");
        dialect.put("lineTerminator", options.lineEnding().characters());
        dialect.put("quoteChar", "\"");
        dialect.put("doubleQuote", true);
        return resource;
    }

    private static ObjectNode schema(ObjectNode resource) {
        ObjectNode schema = resource.putObject("schema");
        schema.put("$schema", SCHEMA_PROFILE);
        // Only an empty field is missing: a field that holds NA or null is that text.
        schema.putArray("missingValues").add("");
        return schema;
    }

    private static ObjectNode field(TableDescriptions.ColumnDescription column) {
        ObjectNode field = NODES.objectNode();
        field.put("name", column.name());
        FieldType type = FieldType.of(column.type());
        field.put("type", type.type());
        if (type.format() != null) {
            field.put("format", type.format());
        }
        field.put("description", column.description());
        if (!column.example().isEmpty()) {
            field.put("example", column.example());
        }
        if (!column.mayBeEmpty()) {
            field.putObject("constraints").put("required", true);
        }
        return field;
    }

    private static ObjectNode foreignKey(List<String> columns, @Nullable String target,
            List<String> targetColumns) {
        ObjectNode foreignKey = NODES.objectNode();
        strings(foreignKey.putArray("fields"), columns);
        ObjectNode reference = foreignKey.putObject("reference");
        // A reference within the same table names no resource.
        if (target != null) {
            reference.put("resource", target);
        }
        strings(reference.putArray("fields"), targetColumns);
        return foreignKey;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    /**
     * The Table Schema type of a type of the column dictionary, and its format where the default does not fit.
     *
     * @param type  the Table Schema type
     * @param format  the format, null for the default
     */
    record FieldType(String type, @Nullable String format) {

        static FieldType of(String dictionaryType) {
            return switch (dictionaryType) {
                case "integer" -> new FieldType("integer", null);
                case "decimal" -> new FieldType("number", null);
                case "boolean" -> new FieldType("boolean", null);
                case "date" -> new FieldType("date", null);
                // HH:MM or HH:MM:SS, as the source gives it; the default format asks for the seconds.
                case "time" -> new FieldType("time", "any");
                case "duration" -> new FieldType("duration", null);
                case "URL" -> new FieldType("string", "uri");
                // Ids, codes, texts, EDTF dates, language tags, currencies and JSON are text: a code such as 1.100
                // or 0301 read as a number would lose its meaning.
                default -> new FieldType("string", null);
            };
        }
    }
}
