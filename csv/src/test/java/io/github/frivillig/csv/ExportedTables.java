package io.github.frivillig.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The files of an export, read back with the strict RFC 4180 reader: every table as a header and rows by name. */
final class ExportedTables {

    record Data(List<String> header, List<Map<String, String>> rows) {
    }

    private final Map<CsvTable, Data> tables;

    private ExportedTables(Map<CsvTable, Data> tables) {
        this.tables = tables;
    }

    static ExportedTables read(Path directory, CsvExportOptions options) {
        Map<CsvTable, Data> tables = new EnumMap<>(CsvTable.class);
        for (CsvTable table : CsvTable.values()) {
            String content = content(directory.resolve(table.fileName()));
            List<List<String>> records = Rfc4180.parse(content, options.lineEnding().characters());
            // Written again with minimal quoting, the records give back the file: nothing is quoted that need not be.
            assertThat(Rfc4180.format(records, options.lineEnding().characters())).as(table.fileName())
                    .isEqualTo(content);
            List<String> header = records.get(0);
            List<Map<String, String>> rows = new ArrayList<>();
            for (List<String> record : records.subList(1, records.size())) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), record.get(i));
                }
                rows.add(row);
            }
            tables.put(table, new Data(header, rows));
        }
        return new ExportedTables(tables);
    }

    static String content(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            // No byte order mark: the file starts with the first column name.
            assertThat(new String(bytes, 0, Math.min(bytes.length, 9), StandardCharsets.UTF_8))
                    .as(file.toString()).isEqualTo("policy_id");
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> header(CsvTable table) {
        return tables.get(table).header();
    }

    List<Map<String, String>> rows(CsvTable table) {
        return tables.get(table).rows();
    }

    List<Map<String, String>> rows(CsvTable table, String policyId) {
        return rows(table).stream().filter(row -> row.get("policy_id").equals(policyId)).toList();
    }

    List<String> column(CsvTable table, String column) {
        return rows(table).stream().map(row -> row.get(column)).toList();
    }

    List<String> column(CsvTable table, String policyId, String column) {
        return rows(table, policyId).stream().map(row -> row.get(column)).toList();
    }
}
