package io.github.frivillig.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What every table and column of the export means, read once from {@code tables.tsv} beside this class: the one
 * place from which {@code datapackage.json} takes its descriptions, types and examples, and which
 * {@code docs/csv.md} repeats word for word (a test compares the two).
 */
final class TableDescriptions {

    /**
     * One column as the dictionary describes it.
     *
     * @param name  the column name
     * @param type  the type as the dictionary names it, such as {@code integer} or {@code code: policy kind}
     * @param mayBeEmpty  whether the column may be empty for a policy that validates without errors
     * @param example  an example value, empty if the dictionary gives none
     * @param description  what the column means, in Markdown
     */
    record ColumnDescription(String name, String type, boolean mayBeEmpty, String example, String description) {

        private static final String CODE = "code: ";

        /** The name of the code list whose codes the column holds, or null if it holds no codes. */
        @Nullable String codeList() {
            return type.startsWith(CODE) ? type.substring(CODE.length()) : null;
        }
    }

    /**
     * One table as the dictionary describes it.
     *
     * @param description  what a row stands for, in Markdown
     * @param columns  its columns by name, in the order of the file, personal ones included
     */
    record TableDescription(String description, Map<String, ColumnDescription> columns) {
    }

    private static final Map<CsvTable, TableDescription> TABLES = load();

    private TableDescriptions() {
    }

    static TableDescription of(CsvTable table) {
        return TABLES.get(table);
    }

    private static Map<CsvTable, TableDescription> load() {
        Map<String, String> descriptions = new LinkedHashMap<>();
        Map<String, Map<String, ColumnDescription>> columns = new LinkedHashMap<>();
        try (InputStream in = TableDescriptions.class.getResourceAsStream("tables.tsv")) {
            if (in == null) {
                throw new IllegalStateException("tables.tsv is missing from the frivillig-csv jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells[0].equals("table") && cells.length == 3) {
                    descriptions.put(cells[1], cells[2]);
                    columns.put(cells[1], new LinkedHashMap<>());
                } else if (cells[0].equals("column") && cells.length == 7 && columns.containsKey(cells[1])) {
                    columns.get(cells[1]).put(cells[2],
                            new ColumnDescription(cells[2], cells[3], cells[4].equals("yes"), cells[5], cells[6]));
                } else {
                    throw new IllegalStateException("tables.tsv: cannot read the line " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read tables.tsv", e);
        }
        Map<CsvTable, TableDescription> tables = new EnumMap<>(CsvTable.class);
        for (CsvTable table : CsvTable.values()) {
            Map<String, ColumnDescription> described = columns.get(table.tableName());
            // Every column the export can write is described, and nothing else: checked once, when the class loads.
            List<String> written = new ArrayList<>(Tables.definition(table).columns().size());
            Tables.definition(table).columns().forEach(column -> written.add(column.name()));
            if (described == null || !List.copyOf(described.keySet()).equals(written)) {
                throw new IllegalStateException("tables.tsv does not describe the columns of " + table.tableName());
            }
            tables.put(table, new TableDescription(descriptions.get(table.tableName()),
                    Collections.unmodifiableMap(described)));
        }
        return tables;
    }
}
