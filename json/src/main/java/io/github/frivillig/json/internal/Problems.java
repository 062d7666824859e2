package io.github.frivillig.json.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;

import io.github.frivillig.core.validation.LocalizedMessages;
import io.github.frivillig.core.validation.Severity;
import io.github.frivillig.core.validation.SourceLocation;
import io.github.frivillig.core.validation.Violation;

/**
 * Collects the problems found in the bytes of one document, each with its code, JSON Pointer, line and column,
 * and a message in one language. Stops collecting after a maximum number, so that hostile input cannot fill the
 * memory with problems. Not thread-safe: one per read.
 */
public final class Problems {

    /** The messages of the JSON module. */
    public static final LocalizedMessages MESSAGES =
            LocalizedMessages.of(Problems.class, "/io/github/frivillig/json/messages");

    private final Locale locale;
    private final int maxProblems;
    private final long lineOffset;
    private final String pointerPrefix;
    private final boolean failFast;
    private final List<Violation> violations = new ArrayList<>();
    private boolean errors;
    private boolean truncated;
    // The indices in the document of the elements the reader left out of each list, by the list's pointer; null
    // while there are none, as in nearly every document.
    private Map<String, int[]> leftOut;

    /**
     * Creates a collector.
     *
     * @param locale  the language of the messages, not null
     * @param maxProblems  how many problems to collect before stopping
     * @param lineOffset  what to add to the parser's line numbers, for a record that starts within a file
     */
    public Problems(Locale locale, int maxProblems, long lineOffset) {
        this(locale, maxProblems, lineOffset, "", false);
    }

    /**
     * Creates a collector.
     *
     * @param locale  the language of the messages, not null
     * @param maxProblems  how many problems to collect before stopping
     * @param lineOffset  what to add to the parser's line numbers, for a record that starts within a file
     * @param pointerPrefix  the start of the parser's pointers that lies outside the document, such as
     *                       {@code /12} for the 13th policy of an array, removed from every pointer
     * @param failFast  whether the first error stops reading with {@link Failure}
     */
    public Problems(Locale locale, int maxProblems, long lineOffset, String pointerPrefix, boolean failFast) {
        this.locale = locale;
        this.maxProblems = maxProblems;
        this.lineOffset = lineOffset;
        this.pointerPrefix = pointerPrefix;
        this.failFast = failFast;
    }

    /**
     * Reports a problem at the parser's current token.
     *
     * @param code  the problem's code
     * @param severity  its severity
     * @param parser  the parser, positioned at the token at fault
     * @param pointer  the JSON Pointer of the place
     * @param arguments  the message arguments
     */
    public void add(String code, Severity severity, JsonParser parser, String pointer, Map<String, Object> arguments) {
        add(code, severity, location(parser.currentTokenLocation()), pointer, arguments);
    }

    /**
     * Reports a problem at a location.
     *
     * @param code  the problem's code
     * @param severity  its severity
     * @param location  the line and column, null if not known
     * @param pointer  the JSON Pointer of the place
     * @param arguments  the message arguments
     */
    public void add(String code, Severity severity, SourceLocation location, String pointer,
            Map<String, Object> arguments) {
        if (!pointerPrefix.isEmpty() && pointer.startsWith(pointerPrefix)) {
            pointer = pointer.substring(pointerPrefix.length());
        }
        if (severity == Severity.ERROR) {
            errors = true;
            if (failFast) {
                throw new Failure(violation(code, severity, location, pointer, arguments));
            }
        }
        if (violations.size() >= maxProblems) {
            if (!truncated) {
                truncated = true;
                violations.add(violation("format.too-many-problems", Severity.ERROR, location, pointer,
                        args("max", maxProblems)));
            }
            throw new TooManyProblems();
        }
        violations.add(violation(code, severity, location, pointer, arguments));
    }

    /**
     * Reports the failure that stopped the parser: an exceeded limit as {@code format.limit}, naming the
     * {@link io.github.frivillig.json.ReadLimits} component that was exceeded, anything else as
     * {@code format.syntax}. The place is the one the failure names, else the parser's current one, so that every
     * such problem has a line and column.
     *
     * @param failure  what the parser threw, not null
     * @param parser  the parser, null if it could not be created
     * @param pointer  the JSON Pointer of the place
     */
    public void addParserFailure(JacksonException failure, JsonParser parser, String pointer) {
        TokenStreamLocation where = failure.getLocation();
        if ((where == null || where.getLineNr() < 1) && parser != null) {
            where = parser.currentLocation();
        }
        SourceLocation location = location(where);
        if (location == null && parser == null) {
            // The parser could not be created: it failed on the first bytes, where it detects the encoding.
            location = SourceLocation.of(1 + lineOffset, 1);
        }
        String detail = String.valueOf(failure.getOriginalMessage());
        if (failure instanceof StreamConstraintsException) {
            String limit = null;
            for (Map.Entry<String, String> name : LIMIT_NAMES.entrySet()) {
                String jackson = "from `StreamReadConstraints." + name.getKey() + "()`";
                if (detail.contains(jackson)) {
                    limit = name.getValue();
                    detail = detail.replace(jackson, "ReadLimits." + limit);
                }
            }
            if ("maxStringLength".equals(limit) && parser != null && whileReadingNumber(failure)) {
                // The parser gathers a number's digits in the buffer it gathers strings in, and checks the
                // buffer's length against the string limit as it grows but the number limit only once the number
                // ends: a number longer than the string limit is stopped by the wrong one.
                limit = "maxNumberLength";
                Matcher length = FIRST_LENGTH.matcher(detail);
                detail = "Number value length (" + (length.find() ? "more than " + length.group(1) : "unknown")
                        + ") exceeds the maximum allowed (" + parser.streamReadConstraints().getMaxNumberLength()
                        + ", ReadLimits.maxNumberLength)";
            }
            add("format.limit", Severity.ERROR, location, pointer,
                    limit == null ? args("detail", detail) : args("detail", detail, "limit", limit));
        } else if (LONE_SURROGATE_IN_KEY.matcher(detail).find()) {
            // The parser decodes keys itself and stops at an unpaired surrogate in one, where in a string value it
            // hands the text over and the reader reports it; the problem is the same, so is its code.
            add("format.invalid-text", Severity.ERROR, location, pointer, args());
        } else {
            add("format.syntax", Severity.ERROR, location, pointer, args("detail", plain(detail)));
        }
    }

    /** The first length in a limit's message, which for a too long value is how far the parser had read. */
    private static final Pattern FIRST_LENGTH = Pattern.compile("\\((\\d+)\\)");

    /**
     * Whether the parser failed inside its reading of a number, as the methods on the failure's stack say: the
     * exception carries no other trace of the token it stopped in, which had not begun when it was thrown.
     */
    private static boolean whileReadingNumber(JacksonException failure) {
        for (StackTraceElement frame : failure.getStackTrace()) {
            String method = frame.getMethodName();
            if (frame.getClassName().startsWith("tools.jackson.core.")
                    && method.startsWith("_parse") && (method.contains("Number") || method.contains("Float"))) {
                return true;
            }
        }
        return false;
    }

    /** Jackson's messages for an unpaired surrogate in a key, which it reports as malformed JSON. */
    private static final Pattern LONE_SURROGATE_IN_KEY = Pattern.compile(
            "^(Broken surrogate pair|Unexpected low surrogate|Unexpected high surrogate) in property name");

    private static final Pattern QUOTED_TOKEN =
            Pattern.compile("(Unrecognized token) '.*?'(: was expecting)", Pattern.DOTALL);
    private static final Pattern START_MARKER =
            Pattern.compile(" at \\[Source: [^\\]]*\\]");
    private static final Pattern PARSER_ADVICE = Pattern.compile(
            "(:\\s*|\\s*\\()(consider )?enabl(e|ing) `.*$"
            + "|\\s*\\(not recognized as one since Feature '[^']*' not enabled for parser\\)",
            Pattern.DOTALL);

    /**
     * Makes a parser's message fit for a report: a word the parser did not recognise is not quoted, since it is
     * text from the document that may be personal data ({@code "name": Lena Bisgaard} without quotes); and the
     * parser's own configuration advice and internal source description, which a user of this library cannot act
     * on, are left out.
     */
    static String plain(String detail) {
        String plain = QUOTED_TOKEN.matcher(detail).replaceAll("$1$2");
        plain = START_MARKER.matcher(plain).replaceAll("");
        return PARSER_ADVICE.matcher(plain).replaceAll("");
    }

    /**
     * Reports an exceeded limit that the reader itself enforces, and stops reading: the document is rejected, and
     * reading on would only spend time and memory on it.
     *
     * @param limit  the name of the {@link io.github.frivillig.json.ReadLimits} component, not null
     * @param detail  what was exceeded, not null
     * @param parser  the parser, at the value that exceeded the limit
     * @param pointer  the JSON Pointer of the place
     * @throws TooManyProblems always, to stop reading
     */
    public void stopAtLimit(String limit, String detail, JsonParser parser, String pointer) {
        addLimit(limit, detail, parser, pointer);
        throw new TooManyProblems();
    }

    /**
     * Reports an exceeded limit that the reader itself enforces, naming the limit as the parser's own limits are
     * named.
     *
     * @param limit  the name of the {@link io.github.frivillig.json.ReadLimits} component, not null
     * @param detail  what was exceeded, not null
     * @param parser  the parser, at the value that exceeded the limit
     * @param pointer  the JSON Pointer of the place
     */
    public void addLimit(String limit, String detail, JsonParser parser, String pointer) {
        add("format.limit", Severity.ERROR, location(parser.currentTokenLocation()), pointer,
                args("detail", detail + " (ReadLimits." + limit + ")", "limit", limit));
    }

    /** Jackson's names of its stream read constraints, and the components of ReadLimits that set them. */
    private static final Map<String, String> LIMIT_NAMES = Map.of(
            "getMaxDocumentLength", "maxDocumentBytes",
            "getMaxNestingDepth", "maxNestingDepth",
            "getMaxStringLength", "maxStringLength",
            "getMaxNumberLength", "maxNumberLength",
            "getMaxNameLength", "maxNameLength",
            "getMaxTokenCount", "maxTokenCount");

    private Violation violation(String code, Severity severity, SourceLocation location, String pointer,
            Map<String, Object> arguments) {
        Violation.Builder builder = Violation.builder(code, severity).pointer(pointer).path(beanPath(pointer))
                .location(location)
                .message(MESSAGES.format(code, locale, localized(arguments)));
        arguments.forEach((name, value) -> builder.argument(name, String.valueOf(value)));
        return builder.build();
    }

    /** Replaces the arguments that name a JSON type or a kind of value by their word in the message's language. */
    private Map<String, Object> localized(Map<String, Object> arguments) {
        Map<String, Object> localized = new LinkedHashMap<>(arguments);
        for (String name : List.of("expected", "found", "what", "type")) {
            Object value = arguments.get(name);
            if (value != null) {
                localized.put(name, MESSAGES.template("word." + value, locale));
            }
        }
        return localized;
    }

    /**
     * Converts a parser location to a line and column, shifted by the line offset.
     *
     * @param location  the parser's location, may be null
     * @return the location, null if unknown
     */
    public SourceLocation location(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return null;
        }
        return SourceLocation.of(location.getLineNr() + lineOffset, location.getColumnNr());
    }

    /**
     * Notes the elements that the reader left out of a list, because they were null or could not be read, so that
     * the list read is shorter than the document's and its indices are shifted.
     *
     * @param listPointer  the pointer of the list, as the parser gives it
     * @param indices  the indices of the elements left out, in the document, ascending
     */
    public void leftOut(String listPointer, int[] indices) {
        if (!pointerPrefix.isEmpty() && listPointer.startsWith(pointerPrefix)) {
            listPointer = listPointer.substring(pointerPrefix.length());
        }
        if (leftOut == null) {
            leftOut = new HashMap<>();
        }
        leftOut.put(listPointer, indices);
    }

    /**
     * Turns a pointer into the policy as read into a pointer into the document: where the reader left elements out of
     * a list, the index of each element after them in the document is larger than in the list read.
     *
     * @param pointer  a JSON Pointer into the policy read, not null
     * @return the pointer of the same place in the document, not null
     */
    public String documentPointer(String pointer) {
        if (leftOut == null || pointer.isEmpty()) {
            return pointer;
        }
        StringBuilder document = new StringBuilder(pointer.length() + 4);
        int start = 1;
        while (start <= pointer.length()) {
            int end = pointer.indexOf('/', start);
            if (end < 0) {
                end = pointer.length();
            }
            String segment = pointer.substring(start, end);
            int[] indices = leftOut.get(document.toString());
            if (indices != null && isIndex(segment)) {
                int index = Integer.parseInt(segment);
                for (int left : indices) {
                    if (left <= index) {
                        index++;
                    }
                }
                segment = Integer.toString(index);
            }
            document.append('/').append(segment);
            start = end + 1;
        }
        return document.toString();
    }

    /**
     * Returns a violation found in the policy read, pointing into the document instead: see
     * {@link #documentPointer(String)}. Its path follows its pointer.
     *
     * @param violation  a violation of the policy read, not null
     * @return the violation with the document's pointer, not null
     */
    public Violation inDocument(Violation violation) {
        String pointer = documentPointer(violation.pointer());
        return pointer.equals(violation.pointer()) ? violation
                : violation.toBuilder().pointer(pointer).path(beanPath(pointer)).build();
    }

    private static boolean isIndex(String segment) {
        if (segment.isEmpty() || segment.length() > 9) {
            return false;
        }
        for (int i = 0; i < segment.length(); i++) {
            if (segment.charAt(i) < '0' || segment.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Tells whether an error was reported.
     *
     * @return true if any problem has severity error
     */
    public boolean hasErrors() {
        return errors;
    }

    /**
     * Returns the problems in the order they were found.
     *
     * @return the problems, not null
     */
    public List<Violation> violations() {
        return violations;
    }

    /**
     * Returns the language of the messages.
     *
     * @return the locale, not null
     */
    public Locale locale() {
        return locale;
    }

    static Map<String, Object> args(Object... namesAndValues) {
        Map<String, Object> args = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            args.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return args;
    }

    /** Turns a token of a JSON Pointer back into the key or index it stands for (RFC 6901, section 4). */
    static String unescape(String token) {
        return token.indexOf('~') < 0 ? token : token.replace("~1", "/").replace("~0", "~");
    }

    /** Turns a JSON Pointer into a Bean Validation style path: {@code /measures/3/id} → {@code measures[3].id}. */
    static String beanPath(String pointer) {
        StringBuilder path = new StringBuilder(pointer.length());
        for (String token : pointer.split("/")) {
            if (token.isEmpty()) {
                continue;
            }
            String unescaped = unescape(token);
            if (!unescaped.isEmpty() && unescaped.chars().allMatch(Character::isDigit)) {
                path.append('[').append(unescaped).append(']');
            } else {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(unescaped);
            }
        }
        return path.toString();
    }

    /** Thrown to stop reading at the first error, in fail-fast mode. */
    public static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final transient Violation violation;

        Failure(Violation violation) {
            super(violation.message(), null, false, false);
            this.violation = violation;
        }

        /**
         * Returns the error that stopped reading.
         *
         * @return the violation, not null
         */
        public Violation violation() {
            return violation;
        }
    }

    /** Thrown to stop reading once the maximum number of problems is reached, or a limit on the shape exceeded. */
    public static final class TooManyProblems extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooManyProblems() {
            super("Too many problems", null, false, false);
        }
    }
}
