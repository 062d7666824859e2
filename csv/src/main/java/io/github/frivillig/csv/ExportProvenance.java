package io.github.frivillig.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

import io.github.frivillig.json.internal.PolicyReader;

/**
 * What an export was made from and by what: the Frivillig version and format version, the time, each source file
 * with its hash, and how many records were read and skipped. {@code datapackage.json} records it, with the number of
 * policies exported, so that a table can be traced back to its data and its maker.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param frivilligVersion  the version of Frivillig that made the export, not null
 * @param formatVersion  the version of the Frivillig policy format the tables follow, not null
 * @param exportedAt  when the export was made, not null
 * @param sources  the files the records were read from, in the order they were read; empty if the policies did not
 *                 come from files; not null
 * @param recordsRead  the number of records read from the sources, not negative
 * @param recordsSkipped  the number of records read but not exported, because they could not be read or had
 *                        errors, not negative and not more than those read
 */
public record ExportProvenance(String frivilligVersion, String formatVersion, Instant exportedAt,
        List<ExportSource> sources, long recordsRead, long recordsSkipped) {

    /** The version of this library, from the properties the build writes into the jar. */
    public static final String FRIVILLIG_VERSION = loadVersion();

    /** The version of the policy format the tables follow: the newest the reader reads, to which it brings all. */
    public static final String FORMAT_VERSION = PolicyReader.FORMAT_VERSION;

    /**
     * Creates provenance.
     *
     * @param frivilligVersion  the version of Frivillig, not null
     * @param formatVersion  the version of the policy format, not null
     * @param exportedAt  when the export was made, not null
     * @param sources  the source files, not null, without nulls
     * @param recordsRead  the number of records read, not negative
     * @param recordsSkipped  the number of records skipped, not negative and not more than those read
     * @throws NullPointerException if an argument or a source is null
     * @throws IllegalArgumentException if a count is negative or more records were skipped than read
     */
    public ExportProvenance {
        Objects.requireNonNull(frivilligVersion, "frivilligVersion");
        Objects.requireNonNull(formatVersion, "formatVersion");
        Objects.requireNonNull(exportedAt, "exportedAt");
        sources = List.copyOf(sources);
        if (recordsRead < 0 || recordsSkipped < 0 || recordsSkipped > recordsRead) {
            throw new IllegalArgumentException("Read " + recordsRead + " records and skipped " + recordsSkipped);
        }
    }

    /**
     * Creates provenance for this version of Frivillig and of the format.
     *
     * @param exportedAt  when the export was made, not null; give a fixed time for a reproducible export
     * @param sources  the source files, not null, without nulls
     * @param recordsRead  the number of records read, not negative
     * @param recordsSkipped  the number of records skipped, not negative and not more than those read
     * @return the provenance, not null
     * @throws NullPointerException if an argument or a source is null
     * @throws IllegalArgumentException if a count is negative or more records were skipped than read
     */
    public static ExportProvenance of(Instant exportedAt, List<ExportSource> sources, long recordsRead,
            long recordsSkipped) {
        return new ExportProvenance(FRIVILLIG_VERSION, FORMAT_VERSION, exportedAt, sources, recordsRead,
                recordsSkipped);
    }

    private static String loadVersion() {
        Properties properties = new Properties();
        try (InputStream in = ExportProvenance.class.getResourceAsStream("frivillig-csv.properties")) {
            if (in == null) {
                throw new IllegalStateException("frivillig-csv.properties is missing from the frivillig-csv jar");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read frivillig-csv.properties", e);
        }
        return Objects.requireNonNull(properties.getProperty("version"), "version");
    }
}
