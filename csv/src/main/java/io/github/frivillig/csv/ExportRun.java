package io.github.frivillig.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import io.github.frivillig.core.policy.Policy;

/**
 * One export in progress: a writer per table, open from the first policy to the last, so that rows go out as the
 * policies stream by and memory stays constant.
 * <p>
 * Rows are written to {@code <table>.csv.part} files, which become {@code <table>.csv} only when every policy has
 * been written; the caller abandons a run that fails, which removes them and leaves the files of an earlier export
 * as they were.
 */
final class ExportRun {

    private static final String PART = ".part";

    private final Path directory;
    private final Map<CsvTable, TableWriter> writers = new EnumMap<>(CsvTable.class);
    private long policies;

    private ExportRun(Path directory) {
        this.directory = directory;
    }

    static ExportRun open(Path directory, CsvExportOptions options) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the directory " + directory, e);
        }
        ExportRun run = new ExportRun(directory);
        try {
            for (CsvTable table : CsvTable.values()) {
                Path part = directory.resolve(table.fileName() + PART);
                run.writers.put(table, TableWriter.open(part, Tables.definition(table), options));
            }
        } catch (RuntimeException e) {
            run.abandon(e);
            throw e;
        }
        return run;
    }

    TableWriter writer(CsvTable table) {
        return writers.get(table);
    }

    void write(Policy policy) {
        Tables.write(this, Objects.requireNonNull(policy, "policy"));
        policies++;
    }

    /** Closes every file and moves it into place. */
    CsvExportSummary finish() {
        Map<CsvTable, Long> rows = new EnumMap<>(CsvTable.class);
        for (Map.Entry<CsvTable, TableWriter> entry : writers.entrySet()) {
            entry.getValue().close();
            rows.put(entry.getKey(), entry.getValue().rows());
        }
        for (Map.Entry<CsvTable, TableWriter> entry : writers.entrySet()) {
            move(entry.getValue().file(), directory.resolve(entry.getKey().fileName()));
        }
        return new CsvExportSummary(directory, policies, rows);
    }

    private static void move(Path from, Path to) {
        try {
            try {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not move " + from + " to " + to, e);
        }
    }

    /**
     * Closes and removes the files of a failed export; a problem while cleaning up is added to the failure rather
     * than thrown over it.
     */
    void abandon(Throwable failure) {
        for (TableWriter writer : writers.values()) {
            try {
                writer.close();
            } catch (RuntimeException e) {
                failure.addSuppressed(e);
            }
            try {
                Files.deleteIfExists(writer.file());
            } catch (IOException e) {
                failure.addSuppressed(e);
            }
        }
    }
}
