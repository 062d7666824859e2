package io.github.frivillig.json.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamContext;

import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.validation.Severity;
import io.github.frivillig.core.validation.ValidationReport;
import io.github.frivillig.json.DatasetRecord;

/**
 * Reads a dataset of policies lazily, one record at a time, in memory bounded by the size of one record: a
 * directory of {@code .json} files (one policy each, in name order), a JSON array of policies, or JSON Lines (one
 * policy a line). The shape is detected from the path and the first non-blank byte. A bad record is delivered
 * with its problems, naming the file and line, and reading goes on with the next; only malformed JSON in an array
 * ends the array, since nothing after it can be trusted.
 */
public final class DatasetReader {

    private static final int UTF8_BOM_1 = 0xEF;

    private DatasetReader() {
    }

    /**
     * Opens a dataset. The stream must be closed to release the file.
     *
     * @param reader  the document reader, not null
     * @param path  a directory, a JSON array file or a JSON Lines file, not null
     * @param locale  the language of problem messages, not null
     * @return the records, lazily read, not null
     * @throws UncheckedIOException if the path cannot be opened
     */
    public static Stream<DatasetRecord> records(DocumentReader reader, Path path, Locale locale) {
        try {
            if (Files.isDirectory(path)) {
                return directory(reader, path, locale);
            }
            BufferedInputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
            try {
                Iterator<DatasetRecord> records = firstByte(in) == '['
                        ? new ArrayRecords(reader, in, path.getFileName().toString(), locale)
                        : new LineRecords(reader, in, path.getFileName().toString(), locale);
                return StreamSupport.stream(Spliterators.spliteratorUnknownSize(records,
                        Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(() -> close(in));
            } catch (IOException | RuntimeException e) {
                close(in);
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the dataset " + path, e);
        }
    }

    private static Stream<DatasetRecord> directory(DocumentReader reader, Path directory, Locale locale)
            throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.filter(file -> file.getFileName().toString().endsWith(".json") && Files.isRegularFile(file))
                    .sorted()
                    .toList();
        }
        return files.stream().map(file -> readFile(reader, file, locale));
    }

    private static DatasetRecord readFile(DocumentReader reader, Path file, Locale locale) {
        try (InputStream in = Files.newInputStream(file)) {
            return record(file.getFileName().toString(), reader.parse(in, locale, 0));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static DatasetRecord record(String source, DocumentReader.Parsed parsed) {
        ValidationReport report = ValidationReport.of(parsed.problems().violations()).withSource(source);
        return new DatasetRecord(source, parsed.policyWithoutErrors(), report);
    }

    /** Returns the first byte that is not whitespace or a byte order mark, leaving the stream where it was. */
    private static int firstByte(BufferedInputStream in) throws IOException {
        in.mark(1 << 16);
        try {
            for (int i = 0, b = in.read(); b >= 0 && i < (1 << 16) - 1; i++, b = in.read()) {
                if (b != ' ' && b != '\t' && b != '\r' && b != '\n' && b != UTF8_BOM_1 && b != 0xBB && b != 0xBF) {
                    return b;
                }
            }
            return -1;
        } finally {
            in.reset();
        }
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The records of a JSON Lines file: each line parsed on its own, through a stream that ends at the newline. */
    private static final class LineRecords implements Iterator<DatasetRecord> {
        private final DocumentReader reader;
        private final Lines lines;
        private final String file;
        private final Locale locale;
        private long lineNumber;
        private DatasetRecord next;
        private boolean atEnd;

        LineRecords(DocumentReader reader, InputStream in, String file, Locale locale) {
            this.reader = reader;
            this.lines = new Lines(in);
            this.file = file;
            this.locale = locale;
        }

        @Override
        public boolean hasNext() {
            while (next == null && !atEnd) {
                try {
                    next = readLine();
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read " + file, e);
                }
            }
            return next != null;
        }

        @Override
        public DatasetRecord next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            DatasetRecord record = next;
            next = null;
            return record;
        }

        private DatasetRecord readLine() throws IOException {
            if (!lines.startLine()) {
                atEnd = true;
                return null;
            }
            lineNumber++;
            DocumentReader.Parsed parsed = reader.parse(lines, locale, lineNumber - 1);
            lines.skipRestOfLine();
            if (isBlank(parsed)) {
                return null;
            }
            return record(file + ":" + lineNumber, parsed);
        }

        /** A line with nothing but white space parses as an empty document; such lines are skipped. */
        private static boolean isBlank(DocumentReader.Parsed parsed) {
            return parsed.policy() == null && parsed.problems().violations().size() == 1
                    && parsed.problems().violations().get(0).code().equals("format.empty");
        }
    }

    /**
     * The lines of a stream, one at a time: read as a stream itself, it gives the bytes of the current line up to
     * and excluding its newline. Reads the underlying stream in large blocks and finds newlines in its own buffer,
     * so a line costs no more than its bytes; closing it does not close the underlying stream.
     */
    private static final class Lines extends InputStream {
        private final InputStream in;
        private final byte[] buffer = new byte[1 << 16];
        private final byte[] single = new byte[1];
        private int position;
        private int limit;
        private boolean endOfStream;
        private boolean endOfLine = true;

        Lines(InputStream in) {
            this.in = in;
        }

        /** Moves to the next line; returns false at the end of the stream. */
        boolean startLine() throws IOException {
            if (!endOfLine) {
                skipRestOfLine();
            }
            if (position == limit && !fill()) {
                return false;
            }
            endOfLine = false;
            return true;
        }

        void skipRestOfLine() throws IOException {
            while (!endOfLine) {
                if (position == limit && !fill()) {
                    endOfLine = true;
                    return;
                }
                int newline = indexOfNewline(position, limit);
                if (newline >= 0) {
                    position = newline + 1;
                    endOfLine = true;
                } else {
                    position = limit;
                }
            }
        }

        @Override
        public int read() throws IOException {
            return read(single, 0, 1) < 0 ? -1 : single[0] & 0xFF;
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            if (endOfLine) {
                return -1;
            }
            if (length == 0) {
                return 0;
            }
            if (position == limit && !fill()) {
                endOfLine = true;
                return -1;
            }
            int end = Math.min(limit, position + length);
            int newline = indexOfNewline(position, end);
            int count = (newline >= 0 ? newline : end) - position;
            System.arraycopy(buffer, position, target, offset, count);
            position += count;
            if (newline >= 0) {
                position++;
                endOfLine = true;
                if (count == 0) {
                    return -1;
                }
            }
            return count;
        }

        private int indexOfNewline(int from, int to) {
            for (int i = from; i < to; i++) {
                if (buffer[i] == '\n') {
                    return i;
                }
            }
            return -1;
        }

        private boolean fill() throws IOException {
            if (endOfStream) {
                return false;
            }
            int n = in.read(buffer, 0, buffer.length);
            while (n == 0) {
                n = in.read(buffer, 0, buffer.length);
            }
            if (n < 0) {
                endOfStream = true;
                position = 0;
                limit = 0;
                return false;
            }
            position = 0;
            limit = n;
            return true;
        }

        @Override
        public void close() {
            // The dataset's stream stays open for the next line.
        }
    }

    /** The records of a JSON array file, read element by element with one parser. */
    private static final class ArrayRecords implements Iterator<DatasetRecord> {
        private final DocumentReader reader;
        private final String file;
        private final Locale locale;
        private final JsonParser parser;
        private TokenStreamContext arrayContext;
        private int index = -1;
        private DatasetRecord next;
        private boolean atEnd;

        ArrayRecords(DocumentReader reader, InputStream in, String file, Locale locale) {
            this.reader = reader;
            this.file = file;
            this.locale = locale;
            this.parser = reader.arrayFactory().createParser(ObjectReadContext.empty(), in);
        }

        @Override
        public boolean hasNext() {
            if (next == null && !atEnd) {
                next = readElement();
            }
            return next != null;
        }

        @Override
        public DatasetRecord next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            DatasetRecord record = next;
            next = null;
            return record;
        }

        private DatasetRecord readElement() {
            Problems problems = null;
            String source = file;
            try {
                if (arrayContext == null) {
                    parser.nextToken(); // START_ARRAY, as detected
                    arrayContext = parser.streamReadContext();
                }
                JsonToken token = parser.nextToken();
                if (token == JsonToken.END_ARRAY || token == null) {
                    if (token == JsonToken.END_ARRAY && parser.nextToken() != null) {
                        problems = new Problems(locale, 1, 0);
                        problems.add("format.trailing-content", Severity.ERROR, parser, "", Problems.args());
                        atEnd = true;
                        return finish(file, problems, null);
                    }
                    atEnd = true;
                    parser.close();
                    return null;
                }
                index++;
                source = file + ":" + parser.currentTokenLocation().getLineNr();
                problems = new Problems(locale, reader.limits().maxProblems(), 0, "/" + index, false);
                if (token != JsonToken.START_OBJECT) {
                    problems.add("format.not-a-policy", Severity.ERROR, parser, "/" + index, Problems.args());
                    parser.skipChildren();
                    return finish(source, problems, null);
                }
                Policy policy;
                try {
                    policy = reader.readElement(parser, problems);
                } catch (Problems.TooManyProblems e) {
                    skipRestOfElement();
                    policy = null;
                } catch (PolicyReader.ElementTooLarge e) {
                    problems.add("format.limit", Severity.ERROR, parser, "/" + index,
                            Problems.args("detail", e.getMessage()));
                    skipRestOfElement();
                    policy = null;
                }
                return finish(source, problems, policy);
            } catch (JacksonException e) {
                atEnd = true;
                return fatal(source, problems, e);
            }
        }

        /** Reads on to the end of the element being read, so that the next one can be read. */
        private void skipRestOfElement() {
            while (parser.streamReadContext() != arrayContext) {
                parser.nextToken();
            }
        }

        private DatasetRecord fatal(String source, Problems problems, JacksonException e) {
            Problems all = problems == null ? new Problems(locale, 1, 0) : problems;
            try {
                all.addParserFailure(e, parser, "");
            } catch (Problems.TooManyProblems ignored) {
                // the record already reports that reading stopped
            }
            parser.close();
            return finish(source, all, null);
        }

        private DatasetRecord finish(String source, Problems problems, Policy policy) {
            ValidationReport report = ValidationReport.of(problems.violations()).withSource(source);
            return new DatasetRecord(source, problems.hasErrors() ? null : policy, report);
        }
    }

    /**
     * Drops the records with format errors from a stream, passing each to a consumer instead.
     *
     * @param records  the records, not null
     * @param onProblem  receives each record that could not be read, not null
     * @return the policies of the good records, not null
     */
    public static Stream<Policy> policies(Stream<DatasetRecord> records, Consumer<DatasetRecord> onProblem) {
        return records.filter(record -> {
            if (record.isRead()) {
                return true;
            }
            onProblem.accept(record);
            return false;
        }).map(DatasetRecord::policy);
    }
}
