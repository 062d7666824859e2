package io.github.frivillig.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.policy.PolicyId;
import io.github.frivillig.core.validation.PolicyValidator;
import io.github.frivillig.core.validation.ValidationReport;
import io.github.frivillig.core.validation.Violation;
import io.github.frivillig.csv.ExportSource;
import io.github.frivillig.examples.SeedDataset;
import io.github.frivillig.json.DatasetRecord;
import io.github.frivillig.json.PolicyJson;

/**
 * The dataset that {@code compare} and {@code export} work on: a directory, a JSON array or JSON Lines file, or,
 * when none is given, the bundled seed dataset. Only valid policies are counted: each record is read and validated
 * as the stream is consumed, and a record with errors, in its bytes or in its policy, is skipped with one line on
 * standard error that names it and its first problems. With {@code --include-invalid}, a record whose policy could be
 * read is counted despite its errors (and still reported); a record whose bytes could not be read never is.
 * {@link #finish()} reports the counts and gives the exit code.
 */
final class DatasetArgument {

    /** How many problems a line about a record names. */
    private static final int PROBLEMS_SHOWN = 3;

    private final PrintWriter err;
    private final Locale locale;
    private final boolean includeInvalid;
    private PolicyValidator validator;
    private long read;
    private long skipped;
    private long includedDespiteErrors;
    /** The records read from each file, by the file's name as the records' sources give it. */
    private final Map<String, Long> readPerFile = new LinkedHashMap<>();

    /**
     * Creates the argument's reader.
     *
     * @param err  where to report bad records
     * @param locale  the language of the problems' messages
     * @param includeInvalid  whether to count the records whose policies have errors
     */
    DatasetArgument(PrintWriter err, Locale locale, boolean includeInvalid) {
        this.err = err;
        this.locale = locale;
        this.includeInvalid = includeInvalid;
    }

    /**
     * Opens the dataset's policies, read and checked as the stream is consumed; the stream must be closed.
     *
     * @param path  the dataset, null for the bundled dataset
     * @return the policies to count, not null
     * @throws Main.UsageException if the path does not exist, cannot be read or holds no record
     */
    Stream<Policy> open(Path path) {
        if (path == null) {
            List<DatasetRecord> seeds = new ArrayList<>();
            List<Policy> policies = SeedDataset.policies();
            for (int i = 0; i < policies.size(); i++) {
                seeds.add(new DatasetRecord(SeedDataset.FILES.get(i), policies.get(i),
                        ValidationReport.of(List.of())));
            }
            return seeds.stream().map(this::check).filter(Objects::nonNull);
        }
        Inputs.requireExists(path);
        Stream<DatasetRecord> records;
        Iterator<DatasetRecord> iterator;
        try {
            records = PolicyJson.builder().locale(locale)
                    .datasetThreads(Runtime.getRuntime().availableProcessors()).build().readDatasetRecords(path);
            iterator = records.iterator();
            if (!iterator.hasNext()) {
                records.close();
                throw new Main.UsageException(Inputs.noRecords(path));
            }
        } catch (UncheckedIOException e) {
            throw Inputs.unreadableError(path, e);
        }
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator,
                Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(records::close)
                .map(this::check)
                .filter(Objects::nonNull);
    }

    /** The policy of a record if it is to be counted; null if the record is skipped. */
    private Policy check(DatasetRecord record) {
        read++;
        readPerFile.merge(fileOf(record), 1L, Long::sum);
        if (!record.isRead()) {
            skipped++;
            report("skipped", record.source(), record.id(), record.report().errors());
            return null;
        }
        Policy policy = record.policy();
        List<Violation> errors = validator().validate(policy, locale).errors();
        if (errors.isEmpty()) {
            return policy;
        }
        if (includeInvalid) {
            includedDespiteErrors++;
            report("counted despite errors:", record.source(), policy.id(), errors);
            return policy;
        }
        skipped++;
        report("skipped", record.source(), policy.id(), errors);
        return null;
    }

    private PolicyValidator validator() {
        // Built on the first record: bootstrapping Hibernate Validator takes a good part of a second.
        if (validator == null) {
            validator = PolicyValidator.builder().locale(locale).build();
        }
        return validator;
    }

    /** One line: the record, its id when known, the number of its errors and the first of them. */
    private void report(String what, String source, PolicyId id, List<Violation> errors) {
        StringBuilder line = new StringBuilder("frivillig: ").append(what).append(' ').append(source);
        if (id != null) {
            line.append(" (").append(id).append(')');
        }
        line.append(": ").append(errors.size()).append(errors.size() == 1 ? " error: " : " errors: ");
        for (int i = 0; i < Math.min(PROBLEMS_SHOWN, errors.size()); i++) {
            Violation error = errors.get(i);
            if (i > 0) {
                line.append("; ");
            }
            line.append(error.code()).append(" at '").append(error.pointer()).append('\'');
            error.location().ifPresent(location -> line.append(" (").append(location).append(')'));
            line.append(": ").append(error.message());
        }
        if (errors.size() > PROBLEMS_SHOWN) {
            line.append("; and ").append(errors.size() - PROBLEMS_SHOWN).append(" more");
        }
        err.println(line);
    }

    /**
     * Reports how many records were skipped or counted despite their errors, if any, and gives the exit code.
     *
     * @return 0 if every record was counted, {@link Main#INVALID} if some were skipped
     */
    int finish() {
        if (skipped > 0 && !includeInvalid) {
            err.println("frivillig: skipped " + skipped + " of " + read + (read == 1 ? " record" : " records")
                    + " with errors; --include-invalid counts those whose policy can be read");
        } else if (includeInvalid && (skipped > 0 || includedDespiteErrors > 0)) {
            err.println("frivillig: counted " + includedDespiteErrors + " of " + read
                    + (read == 1 ? " record" : " records") + " despite errors; skipped " + skipped
                    + " that could not be read");
        }
        err.flush();
        return skipped == 0 ? 0 : Main.INVALID;
    }

    /** The file a record came from: its source without the line or array position that follows a colon. */
    private static String fileOf(DatasetRecord record) {
        String source = record.source();
        int colon = source.lastIndexOf(':');
        return record.line() == null || colon < 0 ? source : source.substring(0, colon);
    }

    /**
     * Describes the files the records were read from, each with the SHA-256 of its bytes and the number of records
     * read from it; call it once the stream has been consumed.
     *
     * @param path  the dataset, as given to {@link #open(Path)}; null for the bundled dataset
     * @return the files, in the order they are read, not null
     * @throws UncheckedIOException if a file cannot be read
     */
    List<ExportSource> sources(Path path) {
        List<ExportSource> sources = new ArrayList<>();
        if (path == null) {
            for (String file : SeedDataset.FILES) {
                try (InputStream in = SeedDataset.open(file)) {
                    sources.add(new ExportSource(file, ExportSource.sha256(in), readPerFile.getOrDefault(file, 0L)));
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read the bundled policy " + file, e);
                }
            }
        } else if (Files.isDirectory(path)) {
            // The files the reader reads: the directory's .json files, in order of their paths.
            try (Stream<Path> listing = Files.list(path)) {
                for (Path file : listing.filter(file -> file.getFileName().toString().endsWith(".json")
                        && Files.isRegularFile(file)).sorted().toList()) {
                    sources.add(ExportSource.of(file,
                            readPerFile.getOrDefault(file.getFileName().toString(), 0L)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list " + path, e);
            }
        } else {
            sources.add(ExportSource.of(path, read));
        }
        return sources;
    }

    /**
     * Returns how many records were read.
     *
     * @return the number of records
     */
    long read() {
        return read;
    }

    /**
     * Returns how many records were skipped.
     *
     * @return the number of records not counted
     */
    long skipped() {
        return skipped;
    }
}
