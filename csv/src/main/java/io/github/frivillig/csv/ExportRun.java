package io.github.frivillig.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import io.github.frivillig.core.policy.Policy;

/**
 * One export in progress: a writer per table, open from the first policy to the last, so that rows go out as the
 * policies stream by and memory stays constant.
 * <p>
 * Rows are written to {@code <table>.csv.part} files, which become {@code <table>.csv} only when every policy has
 * been written, followed by the label tables and, last, {@code datapackage.json}; the caller abandons a run that fails, which removes them and leaves the files of an earlier export
 * as they were.
 */
final class ExportRun {

    private static final String PART = ".part";

    private final Path directory;
    private final CsvExportOptions options;
    private final Map<CsvTable, TableWriter> writers = new EnumMap<>(CsvTable.class);
    /** The files beside the tables' that a failed run must remove: the label tables' and the descriptor's. */
    private final List<Path> extra = new ArrayList<>();
    private long policies;

    private ExportRun(Path directory, CsvExportOptions options) {
        this.directory = directory;
        this.options = options;
    }

    static ExportRun open(Path directory, CsvExportOptions options) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the directory " + directory, e);
        }
        ExportRun run = new ExportRun(directory, options);
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

    /**
     * Closes every table, writes the label tables and the descriptor, and moves every file into place.
     *
     * @param provenance  asked for once every policy has been written, so that counts gathered as the policies
     *                    streamed by are complete; null for an export that records no provenance of its own
     */
    CsvExportSummary finish(@Nullable Supplier<ExportProvenance> provenance) {
        Map<CsvTable, Long> rows = new EnumMap<>(CsvTable.class);
        for (Map.Entry<CsvTable, TableWriter> entry : writers.entrySet()) {
            entry.getValue().close();
            rows.put(entry.getKey(), entry.getValue().rows());
        }
        ExportProvenance recorded = provenance == null
                ? ExportProvenance.of(Instant.now(), List.of(), policies, 0)
                : Objects.requireNonNull(provenance.get(), "provenance");
        try {
            Files.createDirectories(directory.resolve(LabelTables.DIRECTORY));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the directory " + directory.resolve(LabelTables.DIRECTORY),
                    e);
        }
        Map<String, Path> labels = new LinkedHashMap<>();
        for (Map.Entry<String, Class<? extends Enum<?>>> list : LabelTables.CODE_LISTS.entrySet()) {
            Path part = part(LabelTables.file(directory, list.getKey()));
            TableWriter writer = TableWriter.open(part, LabelTables.columns(), options);
            extra.add(part);
            try {
                LabelTables.write(writer, list.getValue());
            } finally {
                writer.close();
            }
            labels.put(list.getKey(), part);
        }
        Path descriptor = part(directory.resolve(DataPackage.FILE_NAME));
        extra.add(descriptor);
        DataPackage.write(descriptor, options, recorded, policies);
        for (Map.Entry<CsvTable, TableWriter> entry : writers.entrySet()) {
            move(entry.getValue().file(), directory.resolve(entry.getKey().fileName()));
        }
        labels.forEach((list, part) -> move(part, LabelTables.file(directory, list)));
        // The descriptor comes last, so that a directory with a new descriptor has every file it lists.
        move(descriptor, directory.resolve(DataPackage.FILE_NAME));
        return new CsvExportSummary(directory, policies, rows);
    }

    private static Path part(Path file) {
        return file.resolveSibling(file.getFileName() + PART);
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
        for (Path file : extra) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                failure.addSuppressed(e);
            }
        }
    }
}
