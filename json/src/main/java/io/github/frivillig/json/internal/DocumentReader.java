package io.github.frivillig.json.internal;

import java.util.Locale;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamConstraintsException;
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
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(limits.maxDocumentBytes())
                        .maxNestingDepth(limits.maxNestingDepth())
                        .maxStringLength(limits.maxStringLength())
                        .maxNumberLength(limits.maxNumberLength())
                        .maxNameLength(limits.maxNameLength())
                        .maxTokenCount(limits.maxTokenCount())
                        .build())
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
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
     * Reads a document from bytes.
     *
     * @param bytes  the bytes, not null
     * @param offset  where the document starts
     * @param length  the document's length
     * @param locale  the language of problem messages, not null
     * @return the policy, if it could be read, and the problems, not null
     */
    public Parsed parse(byte[] bytes, int offset, int length, Locale locale) {
        Problems problems = new Problems(locale, limits.maxProblems(), 0);
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), bytes, offset, length)) {
            return read(parser, problems);
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
    public Parsed parse(java.io.InputStream in, Locale locale, long lineOffset) {
        Problems problems = new Problems(locale, limits.maxProblems(), lineOffset);
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), in)) {
            return read(parser, problems);
        } catch (JacksonException e) {
            // Creating the parser failed, for example on an unreadable encoding.
            problems.add("format.syntax", Severity.ERROR, problems.location(e.getLocation()), "",
                    Problems.args("detail", e.getOriginalMessage()));
            return new Parsed(null, problems);
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
        return new PolicyReader(parser, problems, lenient).readPolicy();
    }

    /**
     * Tells whether unknown keys are warnings.
     *
     * @return true in lenient mode
     */
    public boolean isLenient() {
        return lenient;
    }

    private Parsed read(JsonParser parser, Problems problems) {
        Landmarks landmarks = new Landmarks();
        Policy policy = null;
        try {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add("format.empty", Severity.ERROR, parser, "", Problems.args());
                return new Parsed(null, problems);
            }
            if (first != JsonToken.START_OBJECT) {
                problems.add("format.not-a-policy", Severity.ERROR, parser, "", Problems.args());
                return new Parsed(null, problems);
            }
            landmarks.root(parser.currentTokenLocation());
            policy = new PolicyReader(parser, problems, lenient).readPolicy(landmarks);
            if (parser.nextToken() != null) {
                problems.add("format.trailing-content", Severity.ERROR, parser, "", Problems.args());
            }
        } catch (StreamConstraintsException e) {
            problems.add("format.limit", Severity.ERROR, problems.location(e.getLocation()), pointer(parser),
                    Problems.args("detail", e.getOriginalMessage()));
            policy = null;
        } catch (JacksonException e) {
            problems.add("format.syntax", Severity.ERROR, problems.location(e.getLocation()), pointer(parser),
                    Problems.args("detail", e.getOriginalMessage()));
            policy = null;
        } catch (Problems.TooManyProblems e) {
            policy = null;
        }
        return new Parsed(policy, problems, landmarks);
    }

    static String pointer(JsonParser parser) {
        try {
            return parser.streamReadContext().pathAsPointer().toString();
        } catch (RuntimeException e) {
            return "";
        }
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
