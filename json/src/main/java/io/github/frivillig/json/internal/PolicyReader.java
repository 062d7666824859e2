package io.github.frivillig.json.internal;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.sym.PropertyNameMatcher;

import io.github.frivillig.core.code.Coded;
import io.github.frivillig.core.code.Codelists;
import io.github.frivillig.core.organisation.IdentifierScheme;
import io.github.frivillig.core.organisation.OrganisationIdentifier;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.policy.PolicyId;
import io.github.frivillig.core.text.LocalizedText;
import io.github.frivillig.core.validation.Severity;
import io.github.frivillig.core.value.ExtensionValue;
import io.github.frivillig.core.value.LocalId;
import io.github.frivillig.core.value.PartialDate;
import io.github.frivillig.core.value.Period;
import io.github.frivillig.json.ReadLimits;

/**
 * Reads the Frivillig JSON format from a parser into the model, reporting every problem it can recover from
 * instead of stopping at the first.
 * <p>
 * Each value reader is called with the parser on the value's first token and leaves it on the value's last. A
 * value of the wrong type is reported and skipped, and so is {@code null}, which the format does not use: a value
 * that is not there is left out, key and all. Only
 * malformed JSON and exceeded limits stop the reading, as exceptions from the parser, which the caller reports.
 * Not thread-safe: one reader per document.
 */
public final class PolicyReader {

    /** The format version the writer writes: the newest the reader reads. */
    public static final String FORMAT_VERSION = "1.1";

    /** The format versions this reader reads: 1.1 only adds to 1.0, so a 1.0 document reads as it is. */
    public static final List<String> FORMAT_VERSIONS = List.of("1.0", "1.1");

    private final JsonParser parser;
    private final Problems problems;
    private final Severity unknownKeySeverity;
    private final int maxElements;
    private ElementBudget budget;
    private final Keys tagsSeen = new Keys();
    private Landmarks landmarks;

    /**
     * Creates a reader with the default limit on elements.
     *
     * @param parser  the parser, not null
     * @param problems  where problems go, not null
     * @param lenient  whether unknown keys are warnings instead of errors
     */
    public PolicyReader(JsonParser parser, Problems problems, boolean lenient) {
        this(parser, problems, lenient, ReadLimits.defaults().maxElements());
    }

    /**
     * Creates a reader.
     *
     * @param parser  the parser, not null
     * @param problems  where problems go, not null
     * @param lenient  whether unknown keys are warnings instead of errors
     * @param maxElements  the most elements in one array or members in one object
     */
    public PolicyReader(JsonParser parser, Problems problems, boolean lenient, int maxElements) {
        this.parser = parser;
        this.problems = problems;
        this.unknownKeySeverity = lenient ? Severity.WARNING : Severity.ERROR;
        this.maxElements = maxElements;
    }

    /**
     * Limits the bytes and tokens of the value read next, for a policy inside a larger document (an element of an
     * array dataset), whose parser cannot enforce per-element limits itself. Exceeding them throws
     * {@link ElementTooLarge}.
     *
     * @param maxBytes  the most bytes the value may take
     * @param maxTokens  the most tokens the value may have
     * @return this reader, not null
     */
    public PolicyReader limitElement(long maxBytes, long maxTokens) {
        this.budget = new ElementBudget(parser, maxBytes, maxTokens);
        return this;
    }

    /**
     * Reads a policy document; the parser must be on its first token.
     *
     * @return the policy, null if the document is not an object
     */
    public Policy readPolicy() {
        return object(FormatModel.policy());
    }

    /**
     * Reads a policy document, noting where each member of its root object starts; the parser must be on its
     * first token.
     *
     * @param noted  where the members go, not null
     * @return the policy, null if the document is not an object
     */
    public Policy readPolicy(Landmarks noted) {
        this.landmarks = noted;
        return object(FormatModel.policy());
    }

    /**
     * Reads a value of one of the format's object types; the parser must be on its first token.
     *
     * @param <T>  the type
     * @param type  the model class, one of {@link #readableTypes()}
     * @return the value, null if it is not an object
     */
    public <T> T read(Class<T> type) {
        if (!readableTypes().contains(type)) {
            throw new IllegalArgumentException("Not an object type of the Frivillig format: " + type.getName());
        }
        return object(FormatModel.type(type));
    }

    /**
     * Reads a value of any type of the format: an object type, a scalar type ({@link LocalId}, {@link PolicyId},
     * {@link PartialDate}, {@link OrganisationIdentifier}, {@link LocalizedText}, {@link ExtensionValue}) or a
     * codelist; the parser must be on its first token.
     *
     * @param <T>  the type
     * @param type  the model class, not null
     * @return the value, null if it had a format problem
     */
    @SuppressWarnings("unchecked")
    public <T> T readValue(Class<T> type) {
        if (readableTypes().contains(type)) {
            return read(type);
        }
        ValueCodec codec = Codecs.scalar(ExtensionValue.class.isAssignableFrom(type) ? ExtensionValue.class : type);
        if (codec == null) {
            throw new IllegalArgumentException("Not a type of the Frivillig format: " + type.getName());
        }
        return (T) codec.read(this);
    }

    /**
     * Returns the model classes that the format writes as JSON objects.
     *
     * @return the classes, not null
     */
    public static Set<Class<?>> readableTypes() {
        return READABLE;
    }

    /**
     * Returns the keys of an object type, for documentation and the schema.
     *
     * @param type  the model class, not null
     * @return the keys in the order they are written, not null
     */
    public static List<String> keys(Class<?> type) {
        return FormatModel.type(type).keyNames();
    }

    private static final Set<Class<?>> READABLE = FormatModel.types().stream()
            .map(ObjectType::javaType).collect(java.util.stream.Collectors.toUnmodifiableSet());

    // ---- objects and lists ----------------------------------------------------------------------------------

    <T> T object(ObjectType<T> type) {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            wrongType("object");
            return null;
        }
        Object[] values = type.newValues();
        long seen = 0;
        Set<String> unknownSeen = null;
        boolean root = landmarks != null && type == FormatModel.policy();
        PropertyNameMatcher matcher = type.matcher();
        for (int match = parser.nextNameMatch(matcher); match >= 0 || match == PropertyNameMatcher.MATCH_UNKNOWN_NAME;
                match = parser.nextNameMatch(matcher)) {
            if (budget != null) {
                budget.check();
            }
            // Where each member of the root object starts, for the Locator; unknown keys are never looked for.
            TokenStreamLocation keyLocation = root && match >= 0 ? parser.currentTokenLocation() : null;
            // Problems with the key itself are reported while the parser is still on the key, to point at it.
            Property property = match < 0 ? null : type.property(match);
            long bit = property == null ? 0 : 1L << match;
            if (property == null) {
                // An unknown key is a duplicate the second time, whether unknown keys are errors or warnings:
                // duplicate keys are errors in every object. The set is made only for an object with unknown keys.
                String name = parser.currentName();
                if (unknownSeen == null) {
                    unknownSeen = new HashSet<>();
                }
                if (unknownSeen.add(name)) {
                    problems.add("format.unknown-key", unknownKeySeverity, parser, pointer(),
                            Problems.args("key", name, "type", type.name()));
                } else {
                    problems.add("format.duplicate-key", Severity.ERROR, parser, pointer(), Problems.args("key", name));
                }
            } else if ((seen & bit) != 0) {
                problems.add("format.duplicate-key", Severity.ERROR, parser, pointer(),
                        Problems.args("key", property.name()));
            }
            JsonToken value = parser.nextToken();
            if (property == null || (seen & bit) != 0) {
                parser.skipChildren();
                continue;
            }
            seen |= bit;
            if (keyLocation != null) {
                landmarks.member(property.pointer(), keyLocation, parser.currentTokenLocation());
            }
            if (value == JsonToken.VALUE_NULL) {
                problems.add("format.null", Severity.ERROR, parser, pointer(), Problems.args("key", property.name()));
                continue;
            }
            values[match] = property.codec().read(this);
        }
        return type.build(this, values, seen);
    }

    List<Object> list(ValueCodec element) {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            wrongType("array");
            return List.of();
        }
        List<Object> list = new ArrayList<>();
        int[] leftOut = null;
        int leftOutCount = 0;
        for (int count = 1; parser.nextToken() != JsonToken.END_ARRAY; count++) {
            checkElements(count, "array");
            if (budget != null) {
                budget.check();
            }
            Object value = null;
            if (parser.currentToken() == JsonToken.VALUE_NULL) {
                wrongType("element");
            } else {
                value = element.read(this);
            }
            if (value != null) {
                list.add(value);
            } else {
                if (leftOut == null) {
                    leftOut = new int[4];
                } else if (leftOutCount == leftOut.length) {
                    leftOut = Arrays.copyOf(leftOut, leftOutCount * 2);
                }
                leftOut[leftOutCount++] = count - 1;
            }
        }
        if (leftOut != null) {
            // On the end of the array, the parser's pointer is the list's own.
            problems.leftOut(pointer(), Arrays.copyOf(leftOut, leftOutCount));
        }
        return list;
    }

    // ---- scalar values ---------------------------------------------------------------------------------------

    String string() {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            wrongType("string");
            return null;
        }
        String text = parser.getString();
        if (hasLoneSurrogate(text)) {
            problems.add("format.invalid-text", Severity.ERROR, parser, pointer(), Problems.args());
            return null;
        }
        return text;
    }

    /** Tells whether a text has a surrogate that is not part of a pair, and so is not Unicode text. */
    static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return true;
                }
            }
        }
        return false;
    }

    LocalId localId() {
        String text = string();
        return text == null ? null : LocalId.of(text);
    }

    @SuppressWarnings("unchecked") // the table of E holds values of E only
    <E extends Enum<E> & Coded> E code(Class<E> type) {
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
            // Matched in the parser's own characters: a code that is found needs no string of its own.
            Object value = CODES.get(type).find(parser.getStringCharacters(), parser.getStringOffset(),
                    parser.getStringLength());
            if (value != null) {
                return (E) value;
            }
        }
        String text = string();
        if (text != null) {
            problems.add("format.unknown-code", Severity.ERROR, parser, pointer(), Problems.args("value", text,
                    "codes", String.join(", ", Codelists.codes(type))));
        }
        return null;
    }

    PartialDate partialDate() {
        String text = string();
        if (text == null) {
            return null;
        }
        try {
            return PartialDate.parse(text);
        } catch (DateTimeParseException e) {
            return malformed(text, "partial-date");
        }
    }

    LocalDate localDate() {
        String text = string();
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return malformed(text, "date");
        }
    }

    /**
     * Reads a time of day in the ISO 8601 extended form: {@code 18:00}, {@code 18:30:15}, or with a fraction of a
     * second. The shape is checked first, so that only that form is accepted; the parse then checks the ranges.
     */
    LocalTime time() {
        String text = string();
        if (text == null) {
            return null;
        }
        if (!isIsoTime(text)) {
            return malformed(text, "time");
        }
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            return malformed(text, "time");
        }
    }

    // hh:mm, hh:mm:ss or hh:mm:ss.fraction (1 to 9 digits), in ASCII digits.
    private static boolean isIsoTime(String text) {
        int length = text.length();
        if (length != 5 && length != 8 && (length < 10 || length > 18)) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean separator = i == 2 || i == 5;
            boolean point = i == 8;
            if (separator ? c != ':' : point ? c != '.' : c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    URI uri() {
        String text = string();
        if (text == null) {
            return null;
        }
        try {
            URI uri = new URI(text);
            if (!uri.isAbsolute()) {
                return malformed(text, "uri");
            }
            return uri;
        } catch (URISyntaxException e) {
            return malformed(text, "uri");
        }
    }

    java.time.Period isoPeriod() {
        String text = string();
        if (text == null) {
            return null;
        }
        try {
            return java.time.Period.parse(text);
        } catch (DateTimeParseException e) {
            return malformed(text, "duration");
        }
    }

    Currency currency() {
        String text = string();
        if (text == null) {
            return null;
        }
        try {
            return Currency.getInstance(text);
        } catch (IllegalArgumentException e) {
            return malformed(text, "currency");
        }
    }

    OrganisationIdentifier identifier() {
        String text = string();
        if (text == null) {
            return null;
        }
        int colon = text.indexOf(':');
        if (colon < 0) {
            return malformed(text, "identifier");
        }
        IdentifierScheme scheme = Codelists.find(IdentifierScheme.class, text.substring(0, colon)).orElse(null);
        if (scheme == null) {
            problems.add("format.unknown-code", Severity.ERROR, parser, pointer(), Problems.args("value",
                    text.substring(0, colon), "codes", String.join(", ", Codelists.codes(IdentifierScheme.class))));
            return null;
        }
        return OrganisationIdentifier.of(scheme, text.substring(colon + 1));
    }

    BigDecimal decimal() {
        if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT && parser.currentToken() != JsonToken.VALUE_NUMBER_FLOAT) {
            wrongType("number");
            return null;
        }
        return decimalValue();
    }

    /**
     * Returns the current number, or reports it and returns null if its exponent is beyond what a
     * {@link BigDecimal} can hold: {@code 1e2147483648} is well-formed JSON, but its scale does not fit an int.
     */
    private BigDecimal decimalValue() {
        try {
            return parser.getDecimalValue();
        } catch (NumberFormatException e) {
            problems.add("format.number-range", Severity.ERROR, parser, pointer(),
                    Problems.args("value", parser.getString()));
            return null;
        }
    }

    Integer integer() {
        if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            wrongType("integer");
            return null;
        }
        try {
            return parser.getIntValue();
        } catch (InputCoercionException e) {
            problems.add("format.number-range", Severity.ERROR, parser, pointer(),
                    Problems.args("value", parser.getString()));
            return null;
        }
    }

    LocalizedText text() {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            wrongType("text");
            return null;
        }
        LocalizedText.Builder builder = LocalizedText.builder();
        tagsSeen.clear();
        int count = 0;
        for (String tag = parser.nextName(); tag != null; tag = parser.nextName()) {
            checkElements(++count, "object");
            if (budget != null) {
                budget.check();
            }
            if (!tagsSeen.add(tag)) {
                problems.add("format.duplicate-key", Severity.ERROR, parser, pointer(), Problems.args("key", tag));
                parser.nextToken();
                parser.skipChildren();
                continue;
            }
            parser.nextToken();
            String value = string();
            if (value != null) {
                builder.text(tag, value);
            }
        }
        return builder.build();
    }

    Map<String, ExtensionValue> extensions() {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            wrongType("object");
            return Map.of();
        }
        return members();
    }

    private Map<String, ExtensionValue> members() {
        Map<String, ExtensionValue> members = new LinkedHashMap<>();
        int count = 0;
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
            checkElements(++count, "object");
            if (budget != null) {
                budget.check();
            }
            if (members.containsKey(name)) {
                problems.add("format.duplicate-key", Severity.ERROR, parser, pointer(), Problems.args("key", name));
                parser.nextToken();
                parser.skipChildren();
                continue;
            }
            parser.nextToken();
            ExtensionValue value = extensionValue();
            if (value != null) {
                members.put(name, value);
            }
        }
        return members;
    }

    ExtensionValue extensionValue() {
        switch (parser.currentToken()) {
            case START_OBJECT:
                return ExtensionValue.object(members());
            case START_ARRAY:
                List<ExtensionValue> elements = new ArrayList<>();
                for (int count = 1; parser.nextToken() != JsonToken.END_ARRAY; count++) {
                    checkElements(count, "array");
                    if (budget != null) {
                        budget.check();
                    }
                    ExtensionValue element = extensionValue();
                    if (element != null) {
                        elements.add(element);
                    }
                }
                return ExtensionValue.array(elements);
            case VALUE_STRING:
                String text = string();
                return text == null ? null : ExtensionValue.of(text);
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                // Kept as written, and checked as a decimal, so that every number kept can be given as one. Only an
                // exponent can take a number's scale beyond what a decimal holds: a number without one needs no check.
                String number = parser.getString();
                return hasExponent(number) && decimalValue() == null ? null : ExtensionValue.number(number);
            case VALUE_TRUE:
                return ExtensionValue.of(true);
            case VALUE_FALSE:
                return ExtensionValue.of(false);
            default:
                return ExtensionValue.nullValue();
        }
    }

    private static boolean hasExponent(String number) {
        return number.indexOf('e') >= 0 || number.indexOf('E') >= 0;
    }

    // ---- problems --------------------------------------------------------------------------------------------

    /** Stops reading at the element that takes an array or object over the limit, before it costs more memory. */
    private void checkElements(int count, String container) {
        if (count > maxElements) {
            problems.stopAtLimit("maxElements", "An " + container + " has more than " + maxElements
                    + (container.equals("array") ? " elements" : " members"), parser, pointer());
        }
    }

    private void wrongType(String expected) {
        problems.add("format.wrong-type", Severity.ERROR, parser, pointer(),
                Problems.args("expected", expected, "found", found(parser.currentToken())));
        parser.skipChildren();
    }

    private <T> T malformed(String text, String what) {
        problems.add("format.malformed-value", Severity.ERROR, parser, pointer(),
                Problems.args("value", text, "what", what));
        return null;
    }

    void missingKey(String key) {
        problems.add("format.missing-key", Severity.ERROR, parser, pointer(), Problems.args("key", key));
    }

    void unknownKeyForType(String key, String type) {
        problems.add("format.unknown-key", unknownKeySeverity, parser, pointer() + "/" + key,
                Problems.args("key", key, "type", type));
    }

    // Checked where the version stands, so that the problem points at it.
    String formatVersion() {
        String version = string();
        if (version != null && !FORMAT_VERSIONS.contains(version)) {
            problems.add("format.version-unsupported", Severity.ERROR, parser, pointer(),
                    Problems.args("value", version, "supported", String.join(", ", FORMAT_VERSIONS)));
        }
        return version;
    }

    private String pointer() {
        return parser.streamReadContext().pathAsPointer().toString();
    }

    private static String found(JsonToken token) {
        if (token == null) {
            return "nothing";
        }
        switch (token) {
            case START_OBJECT:
                return "object";
            case START_ARRAY:
                return "array";
            case VALUE_STRING:
                return "string";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "boolean";
            case VALUE_NULL:
                return "null";
            default:
                return "nothing";
        }
    }

    /**
     * The bytes and tokens a value read inside a larger document may use. Counting tokens is a field read;
     * the byte offset, which costs a location object, is looked at every 1024 checks.
     */
    private static final class ElementBudget {
        private final JsonParser parser;
        private final long maxBytes;
        private final long maxTokens;
        private final long startToken;
        private final long startByte;
        private int sinceByteCheck;

        ElementBudget(JsonParser parser, long maxBytes, long maxTokens) {
            this.parser = parser;
            this.maxBytes = maxBytes;
            this.maxTokens = maxTokens;
            this.startToken = parser.currentTokenCount();
            this.startByte = parser.currentTokenLocation().getByteOffset();
        }

        void check() {
            if (parser.currentTokenCount() - startToken > maxTokens) {
                throw new ElementTooLarge("maxTokenCount", "The policy has more than " + maxTokens + " tokens");
            }
            if (++sinceByteCheck >= 1024) {
                sinceByteCheck = 0;
                long offset = parser.currentLocation().getByteOffset();
                if (startByte >= 0 && offset >= 0 && offset - startByte > maxBytes) {
                    throw new ElementTooLarge("maxDocumentBytes", "The policy is larger than " + maxBytes + " bytes");
                }
            }
        }
    }

    /** Thrown when a value read inside a larger document exceeds its limits. */
    public static final class ElementTooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final String limit;

        ElementTooLarge(String limit, String message) {
            super(message, null, false, false);
            this.limit = limit;
        }

        /**
         * Returns the limit that was exceeded.
         *
         * @return the name of the {@link ReadLimits} component, not null
         */
        public String limit() {
            return limit;
        }
    }

    /**
     * The values of one codelist by their codes, for reading: a document holds hundreds of codes, and hashing each
     * code read costs more than comparing it with the few codes of its length. It finds what
     * {@link Codelists#find(Class, String)} finds.
     */
    private static final class CodeTable {
        private final char[][][] codesByLength;
        private final Object[][] valuesByLength;

        CodeTable(Class<?> type) {
            int longest = 0;
            for (Object value : type.getEnumConstants()) {
                longest = Math.max(longest, ((Coded) value).code().length());
            }
            codesByLength = new char[longest + 1][0][];
            valuesByLength = new Object[longest + 1][0];
            for (Object value : type.getEnumConstants()) {
                char[] code = ((Coded) value).code().toCharArray();
                int length = code.length;
                codesByLength[length] = Arrays.copyOf(codesByLength[length], codesByLength[length].length + 1);
                valuesByLength[length] = Arrays.copyOf(valuesByLength[length], valuesByLength[length].length + 1);
                codesByLength[length][codesByLength[length].length - 1] = code;
                valuesByLength[length][valuesByLength[length].length - 1] = value;
            }
        }

        /** Returns the value whose code is the characters in a range of an array, null if there is none. */
        Object find(char[] text, int offset, int length) {
            if (length >= codesByLength.length) {
                return null;
            }
            char[][] candidates = codesByLength[length];
            for (int i = 0; i < candidates.length; i++) {
                if (Arrays.equals(candidates[i], 0, length, text, offset, offset + length)) {
                    return valuesByLength[length][i];
                }
            }
            return null;
        }
    }

    private static final ClassValue<CodeTable> CODES = new ClassValue<>() {
        @Override
        protected CodeTable computeValue(Class<?> type) {
            return new CodeTable(type);
        }
    };

    /**
     * The keys read so far in one object, to find duplicates: compared one by one while they are few, as those of
     * a text nearly always are, which needs no allocation; hashed once they are many, as a hostile document may make
     * them. Reused for every text of a document.
     */
    private static final class Keys {
        private static final int FEW = 8;

        private final String[] few = new String[FEW];
        private int count;
        private Set<String> many;

        void clear() {
            count = 0;
            many = null;
        }

        /** Adds a key; false if it was there already. */
        boolean add(String key) {
            if (many != null) {
                return many.add(key);
            }
            for (int i = 0; i < count; i++) {
                if (few[i].equals(key)) {
                    return false;
                }
            }
            if (count < FEW) {
                few[count++] = key;
                return true;
            }
            many = new HashSet<>(List.of(few));
            return many.add(key);
        }
    }

    PolicyId policyId() {
        String text = string();
        return text == null ? null : PolicyId.of(text);
    }
}
