package io.github.frivillig.json.internal;

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

    /** How far ahead the shape of a file and the blankness of a line are looked for, in bytes. */
    private static final int LOOKAHEAD = (1 << 16) - 1;

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
            Input in = new Input(Files.newInputStream(path));
            try {
                String file = path.getFileName().toString();
                int first = firstByte(in);
                int firstByte = first < 0 ? -1 : in.peek(first);
                if (firstByte == '{' && in.isBlankToEndOfLine(first + 1)) {
                    // A policy written over many lines, as pretty printing writes it: one document, not JSON Lines,
                    // whose every line would be reported as broken.
                    return Stream.of(file).map(source -> record(source, reader.parse(in, locale, 0)))
                            .onClose(() -> close(in));
                }
                Iterator<DatasetRecord> records = firstByte == '['
                        ? new ArrayRecords(reader, in, file, locale)
                        : new LineRecords(reader, in, file, locale);
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

    /**
     * Returns where the first byte that is not whitespace or a byte order mark is, ahead of the input's position,
     * leaving the input where it was; -1 if there is none within the look ahead.
     */
    private static int firstByte(Input in) throws IOException {
        for (int i = 0; i < LOOKAHEAD && in.ensure(i + 1); i++) {
            int b = in.peek(i);
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n' && b != UTF8_BOM_1 && b != 0xBB && b != 0xBF) {
                return i;
            }
        }
        return -1;
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
        private final Input in;
        private final String file;
        private final Locale locale;
        private long lineNumber;
        private DatasetRecord next;
        private boolean atEnd;

        LineRecords(DocumentReader reader, Input in, String file, Locale locale) {
            this.reader = reader;
            this.in = in;
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
            if (!in.ensure(1)) {
                atEnd = true;
                return null;
            }
            lineNumber++;
            Line line = new Line(in);
            if (line.isBlank()) {
                line.drain();
                return null;
            }
            DocumentReader.Parsed parsed = reader.parse(line, locale, lineNumber - 1);
            line.drain();
            if (isEmpty(parsed)) {
                // White space beyond the look ahead: blank all the same.
                return null;
            }
            return record(file + ":" + lineNumber, parsed);
        }

        private static boolean isEmpty(DocumentReader.Parsed parsed) {
            return parsed.policy() == null && parsed.problems().violations().size() == 1
                    && parsed.problems().violations().get(0).code().equals("format.empty");
        }
    }

    /**
     * The bytes of a dataset file, read in large blocks, with a look ahead. It never asks the file how many bytes are
     * left, as {@link java.io.BufferedInputStream} does, which costs two system calls a time and which pipes cannot
     * answer.
     */
    private static final class Input extends InputStream {
        private final InputStream in;
        private final byte[] buffer = new byte[1 << 16];
        private int position;
        private int limit;
        private boolean atEnd;

        Input(InputStream in) {
            this.in = in;
        }

        /** Buffers the next {@code count} bytes, at most the buffer's size; false if the input ends before. */
        boolean ensure(int count) throws IOException {
            if (limit - position >= count) {
                return true;
            }
            if (position > 0) {
                System.arraycopy(buffer, position, buffer, 0, limit - position);
                limit -= position;
                position = 0;
            }
            while (limit < count && !atEnd) {
                int read = in.read(buffer, limit, buffer.length - limit);
                if (read < 0) {
                    atEnd = true;
                } else {
                    limit += read;
                }
            }
            return limit >= count;
        }

        /**
         * Tells whether the bytes from an offset ahead of the position up to the next newline, or the end of the
         * input, are all white space; false also when that is not known within the look ahead.
         */
        boolean isBlankToEndOfLine(int from) throws IOException {
            for (int i = from; i < LOOKAHEAD; i++) {
                if (!ensure(i + 1)) {
                    return true;
                }
                int b = peek(i);
                if (b == '\n') {
                    return true;
                }
                if (b != ' ' && b != '\t' && b != '\r') {
                    return false;
                }
            }
            return false;
        }

        /** Returns a buffered byte ahead of the position, which {@link #ensure(int)} made available. */
        int peek(int offset) {
            return buffer[position + offset] & 0xFF;
        }

        /**
         * Moves up to {@code length} bytes to a buffer, stopping before a newline.
         *
         * @return the number of bytes moved, {@code -1} at a newline or the end of the input
         */
        int readToNewline(byte[] bytes, int offset, int length) throws IOException {
            if (!ensure(1)) {
                return -1;
            }
            int end = Math.min(limit, position + length);
            int i = position;
            while (i < end && buffer[i] != '\n') {
                i++;
            }
            int count = i - position;
            if (count == 0) {
                return -1;
            }
            System.arraycopy(buffer, position, bytes, offset, count);
            position = i;
            return count;
        }

        /** Skips the bytes before the next newline, and the newline itself. */
        void skipLine() throws IOException {
            while (ensure(1)) {
                for (int i = position; i < limit; i++) {
                    if (buffer[i] == '\n') {
                        position = i + 1;
                        return;
                    }
                }
                position = limit;
            }
        }

        @Override
        public int read() throws IOException {
            return ensure(1) ? buffer[position++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (!ensure(1)) {
                return -1;
            }
            int count = Math.min(length, limit - position);
            System.arraycopy(buffer, position, bytes, offset, count);
            position += count;
            return count;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** The bytes of one line of the input, up to and excluding its newline; closing it does not close the input. */
    private static final class Line extends InputStream {
        private final Input in;
        private boolean ended;

        Line(Input in) {
            this.in = in;
        }

        boolean isBlank() throws IOException {
            return in.isBlankToEndOfLine(0);
        }

        @Override
        public int read() throws IOException {
            if (ended || !in.ensure(1) || in.peek(0) == '\n') {
                ended = true;
                return -1;
            }
            return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (ended) {
                return -1;
            }
            if (length == 0) {
                return 0;
            }
            int count = in.readToNewline(buffer, offset, length);
            if (count < 0) {
                ended = true;
            }
            return count;
        }

        /** Skips what is left of the line, and its newline, which a line never reads itself. */
        void drain() throws IOException {
            in.skipLine();
            ended = true;
        }

        @Override
        public void close() {
            // The dataset's input stays open for the next line.
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
                    try {
                        problems.addLimit(e.limit(), e.getMessage(), parser, "/" + index);
                    } catch (Problems.TooManyProblems full) {
                        // The record's problems are at their maximum already; it is rejected all the same.
                    }
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
