package io.github.frivillig.json.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteConstraints;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.json.JsonFactory;

import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.validation.Severity;
import io.github.frivillig.json.ReadLimits;

/**
 * Reads one policy document from bytes or from a stream, turning everything that can go wrong in the bytes into
 * located problems. Thread-safe: the JSON factory is shared, each read has its own parser.
 */
public final class DocumentReader {

    private final JsonFactory factory;
    private final JsonFactory arrayFactory;
    private final ReadLimits limits;
    private final boolean lenient;

    /**
     * Creates a reader.
     *
     * @param limits  the input limits, not null
     * @param lenient  whether unknown keys are warnings instead of errors
     */
    public DocumentReader(ReadLimits limits, boolean lenient) {
        this.limits = limits;
        this.lenient = lenient;
        this.factory = factory(limits.maxDocumentBytes(), limits.maxTokenCount());
        // An array dataset is one JSON document of any size: its elements get the document limits one by one
        // (see PolicyReader.limitElement), so the array's parser has no real limit on its total length or tokens.
        // The token limit is the largest there is rather than none, because the parser counts tokens only when
        // there is a limit, and the per-element budget reads that count.
        this.arrayFactory = factory(Long.MAX_VALUE, Long.MAX_VALUE);
    }

    private JsonFactory factory(long maxDocumentBytes, long maxTokenCount) {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(maxDocumentBytes)
                        .maxNestingDepth(limits.maxNestingDepth())
                        .maxStringLength(limits.maxStringLength())
                        .maxNumberLength(limits.maxNumberLength())
                        .maxNameLength(limits.maxNameLength())
                        .maxTokenCount(maxTokenCount)
                        .build())
                // The writer refuses what the reader would reject: it nests no deeper than it reads.
                .streamWriteConstraints(StreamWriteConstraints.builder()
                        .maxNestingDepth(limits.maxNestingDepth())
                        .build())
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                // Root values written in a row (JSON Lines) are separated by a newline, not Jackson's space.
                .rootValueSeparator("\n")
                .build();
    }

    /**
     * Returns the JSON factory for array datasets: the document limits per element, not per array.
     *
     * @return the factory, not null
     */
    JsonFactory arrayFactory() {
        return arrayFactory;
    }

    /**
     * Returns the JSON factory with the input limits, for other readers and for writing.
     *
     * @return the factory, not null
     */
    public JsonFactory factory() {
        return factory;
    }

    /**
     * Returns the input limits.
     *
     * @return the limits, not null
     */
    public ReadLimits limits() {
        return limits;
    }

    /**
     * Reads a document from bytes, noting its {@link Landmarks} for locating validation problems.
     *
     * @param bytes  the bytes, not null
     * @param offset  where the document starts
     * @param length  the document's length
     * @param locale  the language of problem messages, not null
     * @return the policy, if it could be read, and the problems, not null
     */
    public Parsed parse(byte[] bytes, int offset, int length, Locale locale) {
        return parse(bytes, offset, length, locale, true);
    }

    /**
     * Reads a document from bytes.
     *
     * @param bytes  the bytes, not null
     * @param offset  where the document starts
     * @param length  the document's length
     * @param locale  the language of problem messages, not null
     * @param noteLandmarks  whether to note the document's {@link Landmarks}, which only validation needs
     * @return the policy, if it could be read, and the problems, not null
     */
    public Parsed parse(byte[] bytes, int offset, int length, Locale locale, boolean noteLandmarks) {
        Problems problems = new Problems(locale, limits.maxProblems(), 0);
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), bytes, offset, length)) {
            return read(parser, problems, noteLandmarks);
        } catch (JacksonException e) {
            // Creating the parser failed: the first bytes are in no encoding it can detect.
            problems.addParserFailure(e, null, "");
            return new Parsed(null, problems);
        }
    }

    /**
     * Reads a document that is one line of a file, copied: read as the line would be read from the file, in place.
     *
     * @param bytes  the line, without its newline, not null
     * @param locale  the language of problem messages, not null
     * @param lineOffset  the line of the file the line is, minus one
     * @return the policy, if it could be read, and the problems, not null
     */
    public Parsed parseLine(byte[] bytes, Locale locale, long lineOffset) {
        Problems problems = new Problems(locale, limits.maxProblems(), lineOffset);
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), bytes)) {
            // As for a line read from the file: the Locator reads the line again from the file, as it is.
            return read(parser, problems, false);
        } catch (JacksonException e) {
            // Creating the parser failed: the first bytes are in no encoding it can detect.
            problems.addParserFailure(e, null, "");
            return new Parsed(null, problems);
        }
    }

    /**
     * Reads a document from a stream that holds it alone, such as one line of a JSON Lines file.
     *
     * @param in  the stream, not null, not closed
     * @param locale  the language of problem messages, not null
     * @param lineOffset  the line of the file the stream starts on, minus one
     * @return the policy, if it could be read, and the problems, not null
     */
    public Parsed parse(InputStream in, Locale locale, long lineOffset) {
        Problems problems = new Problems(locale, limits.maxProblems(), lineOffset);
        FailureRecordingInputStream recording = new FailureRecordingInputStream(in);
        Parsed parsed;
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), recording)) {
            // The Locator reads a streamed document whole, as it cannot seek in it: no landmarks are needed.
            parsed = read(parser, problems, false);
        } catch (JacksonException e) {
            // Creating the parser failed: the first bytes are in no encoding it can detect.
            problems.addParserFailure(e, null, "");
            parsed = new Parsed(null, problems);
        }
        // The parser reports a failure of the stream the way it reports bytes it cannot decode; only the first
        // is for the caller, as with any stream.
        if (recording.failure != null) {
            throw new UncheckedIOException(recording.failure.getMessage(), recording.failure);
        }
        return parsed;
    }

    /** Remembers a failure of the stream itself, to tell it apart from bytes that cannot be decoded. */
    private static final class FailureRecordingInputStream extends FilterInputStream {
        private IOException failure;

        FailureRecordingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return in.read();
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            try {
                return in.read(bytes, offset, length);
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }
    }

    /**
     * Reads the policy at the parser's next token; used for the elements of an array dataset.
     *
     * @param parser  the parser, before the policy's first token
     * @param problems  where problems go, not null
     * @return the policy as read, which may have format errors; null if the element is not an object
     */
    public Policy readElement(JsonParser parser, Problems problems) {
        return new PolicyReader(parser, problems, lenient, limits.maxElements())
                .limitElement(limits.maxDocumentBytes(), limits.maxTokenCount())
                .readPolicy();
    }

    private Parsed read(JsonParser parser, Problems problems, boolean noteLandmarks) {
        Landmarks landmarks = noteLandmarks ? new Landmarks() : null;
        Policy policy = null;
        try {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add("format.empty", Severity.ERROR, parser, "", Problems.args());
                return new Parsed(null, problems);
            }
            if (first != JsonToken.START_OBJECT) {
                problems.add("format.not-a-policy", Severity.ERROR, parser, "", Problems.args());
                // The value is read to its end all the same, so that malformed JSON is reported as such whatever
                // its root: the parser finds the error in [1,] or an unclosed string only when it reads on.
                parser.skipChildren();
                parser.finishToken();
                if (parser.nextToken() != null) {
                    problems.add("format.trailing-content", Severity.ERROR, parser, "", Problems.args());
                }
                return new Parsed(null, problems);
            }
            if (landmarks != null) {
                landmarks.root(parser.currentTokenLocation());
            }
            policy = new PolicyReader(parser, problems, lenient, limits.maxElements()).readPolicy(landmarks);
            if (parser.nextToken() != null) {
                problems.add("format.trailing-content", Severity.ERROR, parser, "", Problems.args());
            }
        } catch (JacksonException e) {
            problems.addParserFailure(e, parser, pointer(parser, e));
            policy = null;
        } catch (Problems.TooManyProblems e) {
            policy = null;
        }
        return new Parsed(policy, problems, landmarks);
    }

    /**
     * Returns the place where the parser failed. A key that cannot be read (too long, not Unicode) has no name to
     * point at, and the context still names the key before it: its place is the object it is in.
     */
    static String pointer(JsonParser parser, JacksonException failure) {
        try {
            TokenStreamContext context = parser.streamReadContext();
            if (context.inObject() && context.getParent() != null && failedInKey(failure)) {
                return context.getParent().pathAsPointer().toString();
            }
            return context.pathAsPointer().toString();
        } catch (RuntimeException e) {
            return "";
        }
    }

    /** Tells whether the parser failed on a key, by its messages for an over-long key and a key not in Unicode. */
    private static boolean failedInKey(JacksonException failure) {
        String message = String.valueOf(failure.getOriginalMessage());
        return message.startsWith("Name length") || message.contains(" in property name");
    }

    /**
     * The result of reading one document.
     *
     * @param policy  the policy as read, with any value that had a format error left out; null if the bytes could
     *                not be read to the end (malformed JSON, an exceeded limit, too many problems)
     * @param problems  the problems found, not null
     * @param landmarks  where the document's parts start, null if not noted
     */
    public record Parsed(Policy policy, Problems problems, Landmarks landmarks) {

        /**
         * Creates a result without landmarks.
         *
         * @param policy  the policy as read, null if the bytes could not be read to the end
         * @param problems  the problems found, not null
         */
        public Parsed(Policy policy, Problems problems) {
            this(policy, problems, null);
        }

        /**
         * Returns the policy if the bytes had no format errors.
         *
         * @return the policy, null if there were format errors
         */
        public Policy policyWithoutErrors() {
            return problems.hasErrors() ? null : policy;
        }
    }
}
