package io.github.frivillig.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/** Writes the rows of one table to its file, as RFC 4180 CSV in UTF-8, leaving out the columns not exported. */
final class TableWriter {

    // Only used to create generators for a schema; thread-safe and costly to build, so shared. The strict check
    // quotes exactly the fields RFC 4180 requires to be quoted (a comma, a quote, a line break), so that whether a
    // value is quoted never depends on its length or on harmless characters such as spaces.
    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING).build();

    // U+FFFD REPLACEMENT CHARACTER in UTF-8, written for an unpaired surrogate, which UTF-8 cannot encode.
    private static final byte[] REPLACEMENT_CHARACTER = {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD};

    private final Path file;
    private final int columnCount;
    private final boolean[] written;
    private final JsonGenerator generator;
    private long rows;

    private TableWriter(Path file, int columnCount, boolean[] written, JsonGenerator generator) {
        this.file = file;
        this.columnCount = columnCount;
        this.written = written;
        this.generator = generator;
    }

    /** Opens the file of a table of the export and writes the header: the columns the options have written. */
    static TableWriter open(Path file, Table<?> table, CsvExportOptions options) {
        List<? extends Table.Column<?>> columns = table.columns();
        boolean[] written = new boolean[columns.size()];
        List<String> header = new ArrayList<>(columns.size());
        for (int i = 0; i < written.length; i++) {
            Table.Column<?> column = columns.get(i);
            written[i] = column.isWritten(options);
            if (written[i]) {
                header.add(column.name());
            }
        }
        return open(file, header, written, options);
    }

    /** Opens a file whose rows hold a value for every column, such as a label table, and writes the header. */
    static TableWriter open(Path file, List<String> header, CsvExportOptions options) {
        boolean[] written = new boolean[header.size()];
        Arrays.fill(written, true);
        return open(file, header, written, options);
    }

    private static TableWriter open(Path file, List<String> header, boolean[] written, CsvExportOptions options) {
        CsvSchema.Builder schema = CsvSchema.builder();
        header.forEach(schema::addColumn);
        schema.setUseHeader(true).setLineSeparator(options.lineEnding().characters());
        OutputStream out;
        try {
            out = Files.newOutputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create " + file, e);
        }
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith(REPLACEMENT_CHARACTER);
        Writer writer = new OutputStreamWriter(out, encoder);
        try {
            JsonGenerator generator = CSV.writer(schema.build()).createGenerator(writer);
            // The header goes out even for a table without rows, so that every file can be read.
            generator.flush();
            return new TableWriter(file, written.length, written, generator);
        } catch (JacksonException e) {
            UncheckedIOException failure = failure(file, "create", e);
            try {
                writer.close();
            } catch (IOException suppressed) {
                failure.addSuppressed(suppressed);
            }
            throw failure;
        }
    }

    void write(@Nullable String[] values) {
        if (values.length != columnCount) {
            throw new IllegalStateException(values.length + " values for " + columnCount + " columns of " + file);
        }
        try {
            generator.writeStartArray();
            for (int i = 0; i < values.length; i++) {
                if (written[i]) {
                    if (values[i] == null) {
                        generator.writeNull();
                    } else {
                        generator.writeString(values[i]);
                    }
                }
            }
            generator.writeEndArray();
        } catch (JacksonException e) {
            throw failure(file, "write", e);
        }
        rows++;
    }

    long rows() {
        return rows;
    }

    Path file() {
        return file;
    }

    void close() {
        try {
            generator.close();
        } catch (JacksonException e) {
            throw failure(file, "close", e);
        }
    }

    private static UncheckedIOException failure(Path file, String action, JacksonException e) {
        IOException cause = e.getCause() instanceof IOException io ? io : new IOException(e.getMessage(), e);
        return new UncheckedIOException("Could not " + action + " " + file, cause);
    }
}
