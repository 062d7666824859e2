package io.github.frivillig.json.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;

import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.policy.PolicyId;
import io.github.frivillig.core.validation.Severity;
import io.github.frivillig.core.validation.SourceLocation;
import io.github.frivillig.core.validation.ValidationReport;
import io.github.frivillig.core.validation.Violation;
import io.github.frivillig.json.DatasetRecord;

/**
 * Reads a dataset of policies lazily, one record at a time, in memory bounded by the size of one record: a
 * directory of {@code .json} files (one policy each, in name order), a JSON array of policies, or JSON Lines (one
 * policy a line). The shape is detected from the path and the first non-blank byte. A bad record is delivered
 * with its problems, naming the file and line, and reading goes on with the next; only malformed JSON in an array
 * ends the array, since nothing after it can be trusted.
 * <p>
 * A {@link Check} completes each record's report: the format problems alone, or, for validation, the validation
 * problems too, located in the file through a {@link Locator} that reads the record again from where it starts.
 * <p>
 * On more than one thread, the records are still read in order, in turn by whichever thread takes the next, and the
 * work on each is done by the thread that took it, a few records ahead of the one the stream gives (see
 * {@code InOrder}): the parsing and the check of each line of JSON Lines and each file of a directory, and the check
 * of each element of an array (whose elements one parser reads in turn). The records come in the dataset's order,
 * the same as on one thread.
 */
public final class DatasetReader {

    /** Makes the report of one record from what was read of it. */
    @FunctionalInterface
    public interface Check {
        /**
         * Makes the report of a record.
         *
         * @param parsed  the record as read, not null
         * @param locator  adds to violations of the record their line and column in the file (they keep none where
         *                 the record cannot be read again, as from a pipe), not null
         * @return the record's report, not null
         */
        ValidationReport report(DocumentReader.Parsed parsed, UnaryOperator<List<Violation>> locator);
    }

    /** The report of the format problems alone, which reading found. */
    public static final Check FORMAT = (parsed, locator) -> ValidationReport.of(parsed.problems().violations());

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
        return records(reader, path, locale, FORMAT, 1);
    }

    /**
     * Opens a dataset whose records' reports a check makes. The stream must be closed to release the file.
     *
     * @param reader  the document reader, not null
     * @param path  a directory, a JSON array file or a JSON Lines file, not null
     * @param locale  the language of problem messages, not null
     * @param check  makes each record's report, not null
     * @param threads  how many threads work on the records, at least one
     * @return the records, lazily read, not null
     * @throws UncheckedIOException if the path cannot be opened
     */
    public static Stream<DatasetRecord> records(DocumentReader reader, Path path, Locale locale, Check check,
            int threads) {
        try {
            if (Files.isDirectory(path)) {
                return directory(reader, path, locale, check, threads);
            }
            return file(reader, Files.newInputStream(path), path.getFileName().toString(),
                    new Source(reader, path, check), locale, threads);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the dataset " + path, e);
        }
    }

    /**
     * Reads the records of a dataset from a stream, which is closed with the returned stream: a single policy, a
     * JSON array of policies or JSON Lines, detected as for a file. The stream cannot be read again, so the
     * validation problems of its records keep no line and column (their format problems keep theirs).
     *
     * @param reader  the document reader
     * @param in  the stream, not null
     * @param name  the name the records' sources are given, not null
     * @param locale  the language of the messages
     * @param check  how to make a record's report
     * @param threads  how many threads work on the records, at least one
     * @return the records, lazily read, not null
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static Stream<DatasetRecord> records(DocumentReader reader, InputStream in, String name, Locale locale,
            Check check, int threads) {
        try {
            return file(reader, in, name, new Source(reader, null, check), locale, threads);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the dataset " + name, e);
        }
    }

    private static Stream<DatasetRecord> file(DocumentReader reader, InputStream stream, String file, Source source,
            Locale locale, int threads) throws IOException {
        Input in = new Input(stream);
        try {
            int first = firstByte(in);
            int firstByte = first < 0 ? -1 : in.peek(first);
            if (firstByte == '{' && !in.closesOnItsLine(first)) {
                // A policy written over many lines, as pretty printing or a person writes it: one document, not
                // JSON Lines, whose every line would be reported as broken.
                return Stream.of(file).map(name -> source.record(name, reader.parse(in, locale, 0), null))
                        .onClose(() -> close(in));
            }
            Iterator<Supplier<DatasetRecord>> records = firstByte == '['
                    ? new ArrayRecords(reader, in, file, locale, source)
                    : new LineRecords(reader, in, file, locale, source, threads > 1);
            return InOrder.stream(records, threads).onClose(() -> close(in));
        } catch (IOException | RuntimeException e) {
            close(in);
            throw e;
        }
    }

    private static Stream<DatasetRecord> directory(DocumentReader reader, Path directory, Locale locale, Check check,
            int threads) throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.filter(file -> file.getFileName().toString().endsWith(".json") && Files.isRegularFile(file))
                    .sorted()
                    .toList();
        }
        Iterator<Supplier<DatasetRecord>> tasks = files.stream()
                .<Supplier<DatasetRecord>>map(file -> () -> readFile(reader, file, locale, check))
                .iterator();
        return InOrder.stream(tasks, threads);
    }

    private static DatasetRecord readFile(DocumentReader reader, Path file, Locale locale, Check check) {
        DocumentReader.Parsed parsed;
        try (InputStream in = Files.newInputStream(file)) {
            parsed = reader.parse(in, locale, 0);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return new Source(reader, file, check).record(file.getFileName().toString(), parsed, null);
    }

    /**
     * The file the records come from, and how to make their reports: a record's problems are located by reading the
     * record again from where it starts, which a regular file allows and a pipe does not.
     */
    private static final class Source {
        private final DocumentReader reader;
        private final @Nullable Path file;
        private final Check check;
        private final boolean rereadable;

        /** A source of a null file is a stream, which cannot be read again. */
        Source(DocumentReader reader, @Nullable Path file, Check check) {
            this.reader = reader;
            this.file = file;
            this.check = check;
            this.rereadable = check != FORMAT && file != null && Files.isRegularFile(file);
        }

        /**
         * Makes a record.
         *
         * @param name  the file's name, with the line the record starts on for a record within the file
         * @param parsed  the record as read
         * @param start  where the record starts within the file, null for a file that holds one document
         */
        DatasetRecord record(String name, DocumentReader.Parsed parsed, Start start) {
            UnaryOperator<List<Violation>> locator = violations -> locate(violations, start);
            ValidationReport report = check.report(parsed, locator).withSource(name);
            PolicyId id = parsed.policy() == null ? null : parsed.policy().id();
            return new DatasetRecord(name, parsed.policyWithoutErrors(), report, id,
                    start == null ? null : start.line());
        }

        private List<Violation> locate(List<Violation> violations, Start start) {
            if (!rereadable || violations.isEmpty()) {
                return violations;
            }
            long offset = start == null ? 0 : start.offset();
            Supplier<JsonParser> record = () -> {
                try {
                    FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
                    channel.position(offset);
                    return reader.factory().createParser(ObjectReadContext.empty(), Channels.newInputStream(channel));
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read " + file, e);
                }
            };
            return start == null ? Locator.locate(record, violations)
                    : Locator.locate(record, violations, SourceLocation.of(start.line(), start.column()));
        }
    }

    /** Where a record starts within its file: the byte offset, and the line and column of that byte. */
    private record Start(long offset, long line, long column) {
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

    /**
     * The records of a dataset, each read one ahead of the caller: {@code hasNext} reads until it has a record's task
     * or the input has ended.
     */
    private abstract static class ReadAhead implements Iterator<Supplier<DatasetRecord>> {
        private Supplier<DatasetRecord> next;
        private boolean atEnd;

        /**
         * Reads on: returns the next record's task, or null if this step found none (a blank line) or the input
         * ended, which it then says by calling {@link #end()}.
         */
        abstract Supplier<DatasetRecord> readNext();

        /** Says that the input has ended: no record follows. */
        final void end() {
            atEnd = true;
        }

        @Override
        public final boolean hasNext() {
            while (next == null && !atEnd) {
                next = readNext();
            }
            return next != null;
        }

        @Override
        public final Supplier<DatasetRecord> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Supplier<DatasetRecord> record = next;
            next = null;
            return record;
        }
    }

    /**
     * The records of a JSON Lines file: each line parsed on its own, through a stream that ends at the newline; or,
     * for worker threads, from a copy of the line's bytes, parsed when the record's task runs.
     */
    private static final class LineRecords extends ReadAhead {
        private final DocumentReader reader;
        private final Input in;
        private final String file;
        private final Locale locale;
        private final Source source;
        private final boolean copyLines;
        private long lineNumber;

        LineRecords(DocumentReader reader, Input in, String file, Locale locale, Source source, boolean copyLines) {
            this.reader = reader;
            this.in = in;
            this.file = file;
            this.locale = locale;
            this.source = source;
            this.copyLines = copyLines;
        }

        @Override
        Supplier<DatasetRecord> readNext() {
            try {
                return readLine();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file, e);
            }
        }

        /** Reads the next line: its record's task, or null for a blank line or the end of the input. */
        private Supplier<DatasetRecord> readLine() throws IOException {
            if (!in.ensure(1)) {
                end();
                return null;
            }
            lineNumber++;
            long offset = in.offset();
            Line line = new Line(in);
            if (line.isBlank()) {
                line.drain();
                return null;
            }
            String name = file + ":" + lineNumber;
            long firstLine = lineNumber - 1;
            Start start = new Start(offset, lineNumber, 1);
            if (copyLines) {
                byte[] bytes = line.copy(copyLimit());
                if (bytes != null) {
                    line.drain();
                    return () -> record(name, reader.parseLine(bytes, locale, firstLine), start);
                }
                // Longer than a document may be: parsed here, from the copy and the rest of the line, so that the
                // limit is reported where it is passed without holding the line in memory.
            }
            DatasetRecord record = record(name, reader.parse(line, locale, firstLine), start);
            line.drain();
            return record == null ? null : () -> record;
        }

        /**
         * How many bytes of a line are copied for a worker thread at most: as many as a document may have, so that
         * a copied line never passes that limit, and a longer one is read from the input as on one thread.
         */
        private int copyLimit() {
            return (int) Math.min(reader.limits().maxDocumentBytes(), Integer.MAX_VALUE - 64);
        }

        private DatasetRecord record(String name, DocumentReader.Parsed parsed, Start start) {
            if (isEmpty(parsed)) {
                // White space beyond the look ahead: blank all the same.
                return null;
            }
            return source.record(name, parsed, start);
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
        private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class,
                ByteOrder.LITTLE_ENDIAN);
        private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
        private static final long LOW_BITS = 0x0101010101010101L;
        private static final long HIGH_BITS = 0x8080808080808080L;

        private final InputStream in;
        private final byte[] buffer = new byte[1 << 16];
        // The bytes of the input before the buffer's first one.
        private long before;
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
                before += position;
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

        /**
         * Tells whether the JSON value that starts at an offset ahead of the position ends on the same line, as a
         * record of JSON Lines does; true also when that is not known within the look ahead, or the line holds a
         * string broken by the newline, which no document spread over lines has either.
         */
        boolean closesOnItsLine(int from) throws IOException {
            int depth = 0;
            boolean inString = false;
            boolean escaped = false;
            for (int i = from; i < LOOKAHEAD; i++) {
                if (!ensure(i + 1)) {
                    return true;
                }
                int b = peek(i);
                if (b == '\n') {
                    return inString || depth == 0;
                }
                if (inString) {
                    if (escaped) {
                        escaped = false;
                    } else if (b == '\\') {
                        escaped = true;
                    } else if (b == '"') {
                        inString = false;
                    }
                } else if (b == '"') {
                    inString = true;
                } else if (b == '{' || b == '[') {
                    depth++;
                } else if ((b == '}' || b == ']') && --depth == 0) {
                    return true;
                }
            }
            return true;
        }

        /** Returns how many bytes are buffered before the next newline, or all that are buffered if none is. */
        int bufferedToNewline() {
            return newline(position, limit) - position;
        }

        /**
         * Returns the index of the first newline in the buffer from {@code from} to {@code to}, or {@code to} if there
         * is none. Eight bytes are looked at a time: the lines of a dataset are long, and finding their ends is the
         * one pass over the bytes that the thread reading a dataset makes alone, while the others parse.
         */
        private int newline(int from, int to) {
            int i = from;
            for (; i + Long.BYTES <= to; i += Long.BYTES) {
                // The bytes that equal '\n' become zero; the lowest zero byte sets the lowest high bit below (the
                // bits above it may be set falsely, which the lowest one makes harmless).
                long word = (long) WORDS.get(buffer, i) ^ NEWLINES;
                long zeros = (word - LOW_BITS) & ~word & HIGH_BITS;
                if (zeros != 0) {
                    return i + (Long.numberOfTrailingZeros(zeros) >>> 3);
                }
            }
            for (; i < to; i++) {
                if (buffer[i] == '\n') {
                    return i;
                }
            }
            return to;
        }

        /** Returns how many bytes of the input lie before the position. */
        long offset() {
            return before + position;
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
            int i = newline(position, Math.min(limit, position + length));
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
                int i = newline(position, limit);
                if (i < limit) {
                    position = i + 1;
                    return;
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
        /**
         * Reads of a line never cross a multiple of this many bytes from the line's start, and fill up to it when the
         * line goes on: so the parser sees the same blocks whatever the line's place in the file and whether it was
         * copied first, and a limit on a document's length is passed at the same place on one thread or several.
         */
        private static final int BLOCK = 1 << 16;

        private final Input in;
        private boolean ended;
        // What a copy took of the line before it turned out too long, read again before the rest.
        private ByteArrayInputStream copied;
        private long delivered;
        private final byte[] one = new byte[1];

        Line(Input in) {
            this.in = in;
        }

        boolean isBlank() throws IOException {
            return in.isBlankToEndOfLine(0);
        }

        @Override
        public int read() throws IOException {
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            int wanted = (int) Math.min(length, BLOCK - delivered % BLOCK);
            int total = 0;
            while (total < wanted) {
                int count = readAny(buffer, offset + total, wanted - total);
                if (count < 0) {
                    break;
                }
                total += count;
            }
            if (total == 0) {
                return -1;
            }
            delivered += total;
            return total;
        }

        /** Reads what comes next of the line, as many bytes as are at hand; -1 at its end. */
        private int readAny(byte[] buffer, int offset, int length) throws IOException {
            if (copied != null && copied.available() > 0) {
                return copied.read(buffer, offset, length);
            }
            if (ended) {
                return -1;
            }
            int count = in.readToNewline(buffer, offset, length);
            if (count < 0) {
                ended = true;
            }
            return count;
        }

        /**
         * Copies the rest of the line, if it is at most {@code limit} bytes long.
         *
         * @return the bytes, or null if the line is longer, in which case what was copied is read again first
         */
        byte[] copy(int limit) throws IOException {
            // Most lines are within the buffered look ahead: copied once, into an array of their length.
            byte[] copy = new byte[Math.min(limit + 1, Math.max(in.bufferedToNewline(), 1))];
            int size = 0;
            while (true) {
                if (size == copy.length) {
                    if (atEnd()) {
                        break;
                    }
                    copy = Arrays.copyOf(copy, (int) Math.min((long) limit + 1, 2L * copy.length));
                }
                int count = readAny(copy, size, copy.length - size);
                if (count < 0) {
                    break;
                }
                size += count;
                if (size > limit) {
                    copied = new ByteArrayInputStream(copy, 0, size);
                    return null;
                }
            }
            return size == copy.length ? copy : Arrays.copyOf(copy, size);
        }

        /** Whether nothing of the line is left to read. */
        private boolean atEnd() throws IOException {
            if (copied != null && copied.available() > 0) {
                return false;
            }
            return ended || !in.ensure(1) || in.peek(0) == '\n';
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
    private static final class ArrayRecords extends ReadAhead {
        private final DocumentReader reader;
        private final String file;
        private final Locale locale;
        private final Source source;
        private final JsonParser parser;
        private TokenStreamContext arrayContext;
        private int index = -1;

        ArrayRecords(DocumentReader reader, InputStream in, String file, Locale locale, Source source) {
            this.reader = reader;
            this.file = file;
            this.locale = locale;
            this.source = source;
            this.parser = reader.arrayFactory().createParser(ObjectReadContext.empty(), in);
        }

        /** Reads the next element: its record's task, which checks what was read, or null at the end. */
        @Override
        Supplier<DatasetRecord> readNext() {
            Problems problems = null;
            String name = file;
            Start start = null;
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
                        end();
                        return finish(file, problems, null, null);
                    }
                    end();
                    parser.close();
                    return null;
                }
                index++;
                TokenStreamLocation at = parser.currentTokenLocation();
                name = file + ":" + at.getLineNr();
                start = new Start(at.getByteOffset(), at.getLineNr(), at.getColumnNr());
                problems = new Problems(locale, reader.limits().maxProblems(), 0, "/" + index, false);
                if (token != JsonToken.START_OBJECT) {
                    problems.add("format.not-a-policy", Severity.ERROR, parser, "/" + index, Problems.args());
                    parser.skipChildren();
                    return finish(name, problems, null, start);
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
                return finish(name, problems, policy, start);
            } catch (JacksonException e) {
                end();
                return fatal(name, problems, e, start);
            }
        }

        /** Reads on to the end of the element being read, so that the next one can be read. */
        private void skipRestOfElement() {
            while (parser.streamReadContext() != arrayContext) {
                parser.nextToken();
            }
        }

        private Supplier<DatasetRecord> fatal(String name, Problems problems, JacksonException e, Start start) {
            Problems all = problems == null ? new Problems(locale, 1, 0) : problems;
            try {
                all.addParserFailure(e, parser, "");
            } catch (Problems.TooManyProblems ignored) {
                // the record already reports that reading stopped
            }
            parser.close();
            return finish(name, all, null, start);
        }

        private Supplier<DatasetRecord> finish(String name, Problems problems, Policy policy, Start start) {
            DocumentReader.Parsed parsed = new DocumentReader.Parsed(policy, problems);
            return () -> source.record(name, parsed, start);
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
