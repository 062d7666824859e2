package io.github.frivillig.csv;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a CSV export wrote: where, how many policies, and how many rows each table has (its header not counted).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param directory  the directory the files were written to, not null
 * @param policies  the number of policies exported
 * @param rowCounts  the number of rows of each table, for every table, not null
 */
public record CsvExportSummary(Path directory, long policies, Map<CsvTable, Long> rowCounts) {

    /**
     * Creates a summary.
     *
     * @param directory  the directory, not null
     * @param policies  the number of policies
     * @param rowCounts  the number of rows of each table, for every table, not null
     * @throws NullPointerException if the directory or the counts are null
     * @throws IllegalArgumentException if a table has no count
     */
    public CsvExportSummary {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(rowCounts, "rowCounts");
        Map<CsvTable, Long> copy = new EnumMap<>(CsvTable.class);
        copy.putAll(rowCounts);
        for (CsvTable table : CsvTable.values()) {
            if (copy.get(table) == null) {
                throw new IllegalArgumentException("No row count for table '" + table.tableName() + "'");
            }
        }
        rowCounts = Collections.unmodifiableMap(copy);
    }

    /**
     * Returns the number of rows written to a table.
     *
     * @param table  the table, not null
     * @return the number of rows, not counting the header
     */
    public long rowCount(CsvTable table) {
        return rowCounts.get(Objects.requireNonNull(table, "table"));
    }

    /**
     * Returns the file a table was written to.
     *
     * @param table  the table, not null
     * @return the path of {@code <table>.csv} in the directory, not null
     */
    public Path file(CsvTable table) {
        return directory.resolve(table.fileName());
    }

    /**
     * Returns the export's descriptor, the Frictionless Data Package that lists and describes every file written.
     *
     * @return the path of {@code datapackage.json} in the directory, not null
     */
    public Path dataPackage() {
        return directory.resolve(DataPackage.FILE_NAME);
    }
}
