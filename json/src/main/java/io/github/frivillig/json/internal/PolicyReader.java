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
import java.util.function.Function;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.sym.PropertyNameMatcher;

import io.github.frivillig.core.code.Coded;
import io.github.frivillig.core.code.Codelists;
import io.github.frivillig.core.code.IcnpoCode;
import io.github.frivillig.core.code.NationalFramework;
import io.github.frivillig.core.code.Theme;
import io.github.frivillig.core.dialogue.Audience;
import io.github.frivillig.core.dialogue.DialogueEvent;
import io.github.frivillig.core.dialogue.DialogueInput;
import io.github.frivillig.core.dialogue.Disposition;
import io.github.frivillig.core.dialogue.EventAccess;
import io.github.frivillig.core.dialogue.EventKind;
import io.github.frivillig.core.dialogue.EventStatus;
import io.github.frivillig.core.dialogue.InputChannel;
import io.github.frivillig.core.dialogue.InputKind;
import io.github.frivillig.core.dialogue.PartOfDay;
import io.github.frivillig.core.dialogue.Participation;
import io.github.frivillig.core.dialogue.Place;
import io.github.frivillig.core.dialogue.Speaker;
import io.github.frivillig.core.dialogue.SpeakerRole;
import io.github.frivillig.core.municipality.Country;
import io.github.frivillig.core.municipality.Municipality;
import io.github.frivillig.core.organisation.GroupKind;
import io.github.frivillig.core.organisation.GroupMember;
import io.github.frivillig.core.organisation.GroupStatus;
import io.github.frivillig.core.organisation.IdentifierScheme;
import io.github.frivillig.core.organisation.MemberRole;
import io.github.frivillig.core.organisation.Organisation;
import io.github.frivillig.core.organisation.OrganisationIdentifier;
import io.github.frivillig.core.organisation.OrganisationKind;
import io.github.frivillig.core.organisation.ReferenceGroup;
import io.github.frivillig.core.organisation.SelectionMethod;
import io.github.frivillig.core.policy.Decision;
import io.github.frivillig.core.policy.DecisionKind;
import io.github.frivillig.core.policy.FollowUp;
import io.github.frivillig.core.policy.Foundation;
import io.github.frivillig.core.policy.FoundationKind;
import io.github.frivillig.core.policy.FrameworkLink;
import io.github.frivillig.core.policy.GoverningBody;
import io.github.frivillig.core.policy.GoverningBodyKind;
import io.github.frivillig.core.policy.Indicator;
import io.github.frivillig.core.policy.Measure;
import io.github.frivillig.core.policy.MeasureStatus;
import io.github.frivillig.core.policy.Measurement;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.policy.PolicyId;
import io.github.frivillig.core.policy.PolicyKind;
import io.github.frivillig.core.policy.PolicyStatus;
import io.github.frivillig.core.policy.Principle;
import io.github.frivillig.core.policy.PrincipleKind;
import io.github.frivillig.core.policy.Scope;
import io.github.frivillig.core.policy.SourceDocument;
import io.github.frivillig.core.policy.SourceKind;
import io.github.frivillig.core.text.LocalizedText;
import io.github.frivillig.core.validation.Severity;
import io.github.frivillig.core.value.Count;
import io.github.frivillig.core.value.CountQualifier;
import io.github.frivillig.core.value.ExtensionValue;
import io.github.frivillig.core.value.LocalId;
import io.github.frivillig.core.value.Money;
import io.github.frivillig.core.value.PartialDate;
import io.github.frivillig.core.value.Period;
import io.github.frivillig.core.value.Person;
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

    /** The format version this reader reads. */
    public static final String FORMAT_VERSION = "1.0";

    private final JsonParser parser;
    private final Problems problems;
    private final Severity unknownKeySeverity;
    private final int maxElements;
    private ElementBudget budget;
    // The keys present in the object being built, by key index; set just before its build function runs.
    private long keysPresent;
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
        return object(POLICY);
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
        return object(POLICY);
    }

    /**
     * Reads a value of one of the format's object types; the parser must be on its first token.
     *
     * @param <T>  the type
     * @param type  the model class, one of {@link #readableTypes()}
     * @return the value, null if it is not an object
     */
    @SuppressWarnings("unchecked")
    public <T> T read(Class<T> type) {
        ObjectType<?, ?> objectType = BY_CLASS.get(type);
        if (objectType == null) {
            throw new IllegalArgumentException("Not an object type of the Frivillig format: " + type.getName());
        }
        return (T) object(objectType);
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
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> T readValue(Class<T> type) {
        if (BY_CLASS.containsKey(type)) {
            return read(type);
        }
        Object value;
        if (type == LocalId.class) {
            value = localId();
        } else if (type == PolicyId.class) {
            value = policyId();
        } else if (type == PartialDate.class) {
            value = partialDate();
        } else if (type == OrganisationIdentifier.class) {
            value = identifier();
        } else if (type == LocalizedText.class) {
            value = text();
        } else if (ExtensionValue.class.isAssignableFrom(type)) {
            value = extensionValue();
        } else if (type.isEnum() && Coded.class.isAssignableFrom(type)) {
            value = code((Class) type);
        } else {
            throw new IllegalArgumentException("Not a type of the Frivillig format: " + type.getName());
        }
        return (T) value;
    }

    /**
     * Returns the model classes that the format writes as JSON objects.
     *
     * @return the classes, not null
     */
    public static Set<Class<?>> readableTypes() {
        return BY_CLASS.keySet();
    }

    /**
     * Returns the keys of an object type, for documentation and the schema.
     *
     * @param type  the model class, not null
     * @return the keys in the order they are written, not null
     */
    public static List<String> keys(Class<?> type) {
        return BY_CLASS.get(type).keyNames();
    }

    // ---- objects and lists ----------------------------------------------------------------------------------

    <B, T> T object(ObjectType<B, T> type) {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            wrongType("object");
            return null;
        }
        B builder = type.newBuilder();
        long seen = 0;
        PropertyNameMatcher matcher = type.matcher();
        for (int match = parser.nextNameMatch(matcher); match >= 0 || match == PropertyNameMatcher.MATCH_UNKNOWN_NAME;
                match = parser.nextNameMatch(matcher)) {
            if (budget != null) {
                budget.check();
            }
            // Where each member of the root object starts, for the Locator; unknown keys are never looked for.
            TokenStreamLocation keyLocation = landmarks != null && type == POLICY && match >= 0
                    ? parser.currentTokenLocation() : null;
            // Problems with the key itself are reported while the parser is still on the key, to point at it.
            ObjectType.Key<B> key = match < 0 ? null : type.key(match);
            long bit = key == null ? 0 : 1L << key.index();
            if (key == null) {
                problems.add("format.unknown-key", unknownKeySeverity, parser, pointer(),
                        Problems.args("key", parser.currentName(), "type", type.name()));
            } else if ((seen & bit) != 0) {
                problems.add("format.duplicate-key", Severity.ERROR, parser, pointer(),
                        Problems.args("key", key.name()));
            }
            JsonToken value = parser.nextToken();
            if (key == null || (seen & bit) != 0) {
                parser.skipChildren();
                continue;
            }
            seen |= bit;
            if (keyLocation != null) {
                landmarks.member(key.pointer(), keyLocation, parser.currentTokenLocation());
            }
            if (value == JsonToken.VALUE_NULL) {
                problems.add("format.null", Severity.ERROR, parser, pointer(), Problems.args("key", key.name()));
                continue;
            }
            key.reader().accept(this, builder);
        }
        keysPresent = seen;
        return type.build(this, builder);
    }

    <T> List<T> list(Function<PolicyReader, T> element) {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            wrongType("array");
            return List.of();
        }
        List<T> list = new ArrayList<>();
        int[] leftOut = null;
        int leftOutCount = 0;
        for (int count = 1; parser.nextToken() != JsonToken.END_ARRAY; count++) {
            checkElements(count, "array");
            if (budget != null) {
                budget.check();
            }
            T value = null;
            if (parser.currentToken() == JsonToken.VALUE_NULL) {
                wrongType("element");
            } else {
                value = element.apply(this);
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

    <B, T> List<T> objects(ObjectType<B, T> type) {
        return list(reader -> reader.object(type));
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

    List<LocalId> localIds() {
        return list(PolicyReader::localId);
    }

    <E extends Enum<E> & Coded> E code(Class<E> type) {
        String text = string();
        if (text == null) {
            return null;
        }
        E value = type.cast(CODES.get(type).find(text));
        if (value == null) {
            problems.add("format.unknown-code", Severity.ERROR, parser, pointer(), Problems.args("value", text,
                    "codes", String.join(", ", Codelists.codes(type))));
        }
        return value;
    }

    <E extends Enum<E> & Coded> List<E> codes(Class<E> type) {
        return list(reader -> reader.code(type));
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

    List<LocalizedText> texts() {
        return list(PolicyReader::text);
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

    private ExtensionValue extensionValue() {
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
                BigDecimal number = decimalValue();
                return number == null ? null : ExtensionValue.of(number);
            case VALUE_TRUE:
                return ExtensionValue.of(true);
            case VALUE_FALSE:
                return ExtensionValue.of(false);
            default:
                return ExtensionValue.nullValue();
        }
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

    // Build functions report a required key as missing only when it is absent: a null or invalid value has been
    // reported already.
    boolean hasKey(int index) {
        return (keysPresent & (1L << index)) != 0;
    }

    void missingKey(String key) {
        problems.add("format.missing-key", Severity.ERROR, parser, pointer(), Problems.args("key", key));
    }

    void unknownKeyForType(String key, String type) {
        problems.add("format.unknown-key", unknownKeySeverity, parser, pointer() + "/" + key,
                Problems.args("key", key, "type", type));
    }

    // Checked where the version stands, so that the problem points at it.
    void formatVersion() {
        String version = string();
        if (version != null && !FORMAT_VERSION.equals(version)) {
            problems.add("format.version-unsupported", Severity.ERROR, parser, pointer(),
                    Problems.args("value", version, "supported", FORMAT_VERSION));
        }
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
        private final String[][] codesByLength;
        private final Object[][] valuesByLength;

        CodeTable(Class<?> type) {
            int longest = 0;
            for (Object value : type.getEnumConstants()) {
                longest = Math.max(longest, ((Coded) value).code().length());
            }
            codesByLength = new String[longest + 1][0];
            valuesByLength = new Object[longest + 1][0];
            for (Object value : type.getEnumConstants()) {
                String code = ((Coded) value).code();
                int length = code.length();
                codesByLength[length] = Arrays.copyOf(codesByLength[length], codesByLength[length].length + 1);
                valuesByLength[length] = Arrays.copyOf(valuesByLength[length], valuesByLength[length].length + 1);
                codesByLength[length][codesByLength[length].length - 1] = code;
                valuesByLength[length][valuesByLength[length].length - 1] = value;
            }
        }

        /** Returns the value with a code, null if there is none. */
        Object find(String code) {
            if (code.length() >= codesByLength.length) {
                return null;
            }
            String[] candidates = codesByLength[code.length()];
            for (int i = 0; i < candidates.length; i++) {
                if (candidates[i].equals(code)) {
                    return valuesByLength[code.length()][i];
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

    // ---- the object types of the format ----------------------------------------------------------------------

    /** Holds the values of a record without a builder, by key index. */
    private static final class Slots {
        final Object[] values;

        Slots(int size) {
            values = new Object[size];
        }

        @SuppressWarnings("unchecked")
        <T> T get(int index) {
            return (T) values[index];
        }
    }

    private static final ObjectType<Slots, Municipality> MUNICIPALITY = ObjectType.<Slots, Municipality>define(
                    "municipality", () -> new Slots(3),
                    (r, s) -> new Municipality(s.get(0), s.get(1), s.get(2)))
            .key("country", (r, s) -> s.values[0] = r.code(Country.class))
            .key("code", (r, s) -> s.values[1] = r.string())
            .key("name", (r, s) -> s.values[2] = r.string())
            .done();

    private static final ObjectType<Slots, Scope> SCOPE = ObjectType.<Slots, Scope>define("scope", () -> new Slots(2),
                    (r, s) -> new Scope(s.values[0] == null ? List.of() : s.get(0), s.get(1)))
            .key("fields", (r, s) -> s.values[0] = r.codes(IcnpoCode.class))
            .key("description", (r, s) -> s.values[1] = r.text())
            .done();

    private static final ObjectType<Slots, GoverningBody> GOVERNING_BODY = ObjectType.<Slots, GoverningBody>define(
                    "governing-body", () -> new Slots(2), (r, s) -> new GoverningBody(s.get(0), s.get(1)))
            .key("kind", (r, s) -> s.values[0] = r.code(GoverningBodyKind.class))
            .key("name", (r, s) -> s.values[1] = r.string())
            .done();

    private static final ObjectType<Decision.Builder, Decision> DECISION = ObjectType.<Decision.Builder, Decision>define(
                    "decision", Decision::builder, (r, b) -> b.build())
            .key("kind", (r, b) -> b.kind(r.code(DecisionKind.class)))
            .key("body", (r, b) -> b.body(r.object(GOVERNING_BODY)))
            .key("date", (r, b) -> b.date(r.partialDate()))
            .key("caseReference", (r, b) -> b.caseReference(r.string()))
            .key("resolution", (r, b) -> b.resolution(r.text()))
            .key("url", (r, b) -> b.url(r.uri()))
            .key("note", (r, b) -> b.note(r.text()))
            .done();

    private static final ObjectType<Slots, Period> PERIOD = ObjectType.<Slots, Period>define("period",
                    () -> new Slots(2), (r, s) -> new Period(s.get(0), s.get(1)))
            .key("from", (r, s) -> s.values[0] = r.partialDate())
            .key("to", (r, s) -> s.values[1] = r.partialDate())
            .done();

    private static final ObjectType<Foundation.Builder, Foundation> FOUNDATION =
            ObjectType.<Foundation.Builder, Foundation>define("foundation", Foundation::builder, (r, b) -> b.build())
                    .key("id", (r, b) -> b.id(r.localId()))
                    .key("kind", (r, b) -> b.kind(r.code(FoundationKind.class)))
                    .key("framework", (r, b) -> b.framework(r.code(NationalFramework.class)))
                    .key("title", (r, b) -> b.title(r.text()))
                    .key("relation", (r, b) -> b.relation(r.text()))
                    .key("url", (r, b) -> b.url(r.uri()))
                    .done();

    private static final ObjectType<Slots, FrameworkLink> FRAMEWORK_LINK = ObjectType.<Slots, FrameworkLink>define(
                    "framework-link", () -> new Slots(3), (r, s) -> new FrameworkLink(s.get(0), s.get(1), s.get(2)))
            .key("foundation", (r, s) -> s.values[0] = r.localId())
            .key("commitment", (r, s) -> s.values[1] = r.string())
            .key("note", (r, s) -> s.values[2] = r.text())
            .done();

    private static final ObjectType<Principle.Builder, Principle> PRINCIPLE =
            ObjectType.<Principle.Builder, Principle>define("principle", Principle::builder, (r, b) -> b.build())
                    .key("id", (r, b) -> b.id(r.localId()))
                    .key("kind", (r, b) -> b.kind(r.code(PrincipleKind.class)))
                    .key("title", (r, b) -> b.title(r.text()))
                    .key("statement", (r, b) -> b.statement(r.text()))
                    .key("section", (r, b) -> b.section(r.text()))
                    .key("partOf", (r, b) -> b.partOf(r.localId()))
                    .key("themes", (r, b) -> b.themes(r.codes(Theme.class)))
                    .key("frameworkLinks", (r, b) -> b.frameworkLinks(r.objects(FRAMEWORK_LINK)))
                    .key("extensions", (r, b) -> b.extensions(r.extensions()))
                    .done();

    private static final ObjectType<Slots, Measurement> MEASUREMENT = ObjectType.<Slots, Measurement>define(
                    "measurement", () -> new Slots(2), (r, s) -> new Measurement(s.get(0), s.get(1)))
            .key("value", (r, s) -> s.values[0] = r.decimal())
            .key("date", (r, s) -> s.values[1] = r.partialDate())
            .done();

    private static final ObjectType<Indicator.Builder, Indicator> INDICATOR =
            ObjectType.<Indicator.Builder, Indicator>define("indicator", Indicator::builder, (r, b) -> b.build())
                    .key("name", (r, b) -> b.name(r.text()))
                    .key("unit", (r, b) -> b.unit(r.string()))
                    .key("baseline", (r, b) -> b.baseline(r.object(MEASUREMENT)))
                    .key("target", (r, b) -> b.target(r.object(MEASUREMENT)))
                    .key("actual", (r, b) -> b.actual(r.object(MEASUREMENT)))
                    .done();

    private static final ObjectType<Slots, Money> MONEY = ObjectType.<Slots, Money>define("money", () -> new Slots(2),
                    (r, s) -> {
                        if (!r.hasKey(0) || !r.hasKey(1)) {
                            r.missingKey(!r.hasKey(0) ? "amount" : "currency");
                        }
                        return s.values[0] == null || s.values[1] == null ? null : new Money(s.get(0), s.get(1));
                    })
            .key("amount", (r, s) -> s.values[0] = r.decimal())
            .key("currency", (r, s) -> s.values[1] = r.currency())
            .done();

    private static final ObjectType<Measure.Builder, Measure> MEASURE =
            ObjectType.<Measure.Builder, Measure>define("measure", Measure::builder, (r, b) -> b.build())
                    .key("id", (r, b) -> b.id(r.localId()))
                    .key("title", (r, b) -> b.title(r.text()))
                    .key("description", (r, b) -> b.description(r.text()))
                    .key("themes", (r, b) -> b.themes(r.codes(Theme.class)))
                    .key("principles", (r, b) -> b.principles(r.localIds()))
                    .key("respondsTo", (r, b) -> b.respondsTo(r.localIds()))
                    .key("responsible", (r, b) -> b.responsible(r.localIds()))
                    .key("partners", (r, b) -> b.partners(r.localIds()))
                    .key("status", (r, b) -> b.status(r.code(MeasureStatus.class)))
                    .key("period", (r, b) -> b.period(r.object(PERIOD)))
                    .key("budget", (r, b) -> b.budget(r.object(MONEY)))
                    .key("indicators", (r, b) -> b.indicators(r.objects(INDICATOR)))
                    .key("extensions", (r, b) -> b.extensions(r.extensions()))
                    .done();

    private static final ObjectType<FollowUp.Builder, FollowUp> FOLLOW_UP =
            ObjectType.<FollowUp.Builder, FollowUp>define("follow-up", FollowUp::builder, (r, b) -> b.build())
                    .key("description", (r, b) -> b.description(r.text()))
                    .key("responsible", (r, b) -> b.responsible(r.localIds()))
                    .key("revisionInterval", (r, b) -> b.revisionInterval(r.isoPeriod()))
                    .key("nextRevision", (r, b) -> b.nextRevision(r.partialDate()))
                    .key("indicators", (r, b) -> b.indicators(r.objects(INDICATOR)))
                    .done();

    private static final ObjectType<Organisation.Builder, Organisation> ORGANISATION =
            ObjectType.<Organisation.Builder, Organisation>define("organisation", Organisation::builder,
                            (r, b) -> b.build())
                    .key("id", (r, b) -> b.id(r.localId()))
                    .key("name", (r, b) -> b.name(r.string()))
                    .key("kind", (r, b) -> b.kind(r.code(OrganisationKind.class)))
                    .key("identifier", (r, b) -> b.identifier(r.identifier()))
                    .key("icnpo", (r, b) -> b.icnpo(r.codes(IcnpoCode.class)))
                    .key("website", (r, b) -> b.website(r.uri()))
                    .key("partOf", (r, b) -> b.partOf(r.localId()))
                    .key("description", (r, b) -> b.description(r.text()))
                    .key("extensions", (r, b) -> b.extensions(r.extensions()))
                    .done();

    private static final ObjectType<Person.Builder, Person> PERSON =
            ObjectType.<Person.Builder, Person>define("person", Person::builder, (r, b) -> b.build())
                    .key("name", (r, b) -> b.name(r.string()))
                    .key("title", (r, b) -> b.title(r.text()))
                    .key("organisation", (r, b) -> b.organisation(r.localId()))
                    .key("email", (r, b) -> b.email(r.string()))
                    .key("phone", (r, b) -> b.phone(r.string()))
                    .done();

    private static final ObjectType<Slots, GroupMember> GROUP_MEMBER = ObjectType.<Slots, GroupMember>define(
                    "group-member", () -> new Slots(5), PolicyReader::groupMember)
            .key("type", (r, s) -> s.values[0] = r.code(GroupMember.Type.class))
            .key("organisation", (r, s) -> s.values[1] = r.localId())
            .key("person", (r, s) -> s.values[2] = r.object(PERSON))
            .key("party", (r, s) -> s.values[3] = r.string())
            .key("role", (r, s) -> s.values[4] = r.code(MemberRole.class))
            .done();

    private static GroupMember groupMember(PolicyReader reader, Slots s) {
        GroupMember.Type type = s.get(0);
        if (type == null) {
            if (!reader.hasKey(0)) {
                reader.missingKey("type");
            }
            return null;
        }
        if (type != GroupMember.Type.ORGANISATION_REPRESENTATIVE && s.values[1] != null) {
            reader.unknownKeyForType("organisation", type.code());
        }
        if (type != GroupMember.Type.ELECTED_REPRESENTATIVE && s.values[3] != null) {
            reader.unknownKeyForType("party", type.code());
        }
        switch (type) {
            case ORGANISATION_REPRESENTATIVE:
                return new GroupMember.OrganisationRepresentative(s.get(1), s.get(2), s.get(4));
            case ELECTED_REPRESENTATIVE:
                return new GroupMember.ElectedRepresentative(s.get(2), s.get(3), s.get(4));
            default:
                return new GroupMember.Citizen(s.get(2), s.get(4));
        }
    }

    private static final ObjectType<ReferenceGroup.Builder, ReferenceGroup> REFERENCE_GROUP =
            ObjectType.<ReferenceGroup.Builder, ReferenceGroup>define("reference-group", ReferenceGroup::builder,
                            (r, b) -> b.build())
                    .key("id", (r, b) -> b.id(r.localId()))
                    .key("name", (r, b) -> b.name(r.text()))
                    .key("kind", (r, b) -> b.kind(r.code(GroupKind.class)))
                    .key("status", (r, b) -> b.status(r.code(GroupStatus.class)))
                    .key("mandate", (r, b) -> b.mandate(r.text()))
                    .key("tasks", (r, b) -> b.tasks(r.texts()))
                    .key("coordinator", (r, b) -> b.coordinator(r.localId()))
                    .key("recommendedBy", (r, b) -> b.recommendedBy(r.localId()))
                    .key("selection", (r, b) -> b.selection(r.codes(SelectionMethod.class)))
                    .key("selectionNote", (r, b) -> b.selectionNote(r.text()))
                    .key("established", (r, b) -> b.established(r.partialDate()))
                    .key("members", (r, b) -> b.members(r.objects(GROUP_MEMBER)))
                    .key("extensions", (r, b) -> b.extensions(r.extensions()))
                    .done();

    private static final ObjectType<Slots, Place> PLACE = ObjectType.<Slots, Place>define("place", () -> new Slots(3),
                    (r, s) -> new Place(s.get(0), s.get(1), s.get(2)))
            .key("name", (r, s) -> s.values[0] = r.string())
            .key("venue", (r, s) -> s.values[1] = r.string())
            .key("address", (r, s) -> s.values[2] = r.string())
            .done();

    private static final ObjectType<Slots, Speaker> SPEAKER = ObjectType.<Slots, Speaker>define("speaker",
                    () -> new Slots(3), (r, s) -> new Speaker(s.get(0), s.get(1), s.get(2)))
            .key("person", (r, s) -> s.values[0] = r.object(PERSON))
            .key("role", (r, s) -> s.values[1] = r.code(SpeakerRole.class))
            .key("topic", (r, s) -> s.values[2] = r.text())
            .done();

    private static final ObjectType<Slots, Count> COUNT = ObjectType.<Slots, Count>define("count", () -> new Slots(2),
                    (r, s) -> {
                        if (!r.hasKey(0)) {
                            r.missingKey("value");
                        }
                        if (s.values[0] == null) {
                            return null;
                        }
                        CountQualifier qualifier = s.get(1);
                        return new Count(s.<Integer>get(0), qualifier == null ? CountQualifier.EXACT : qualifier);
                    })
            .key("value", (r, s) -> s.values[0] = r.integer())
            .key("qualifier", (r, s) -> s.values[1] = r.code(CountQualifier.class))
            .done();

    private static final ObjectType<Participation.Builder, Participation> PARTICIPATION =
            ObjectType.<Participation.Builder, Participation>define("participation", Participation::builder,
                            (r, b) -> b.build())
                    .key("organisations", (r, b) -> b.organisations(r.localIds()))
                    .key("organisationCount", (r, b) -> b.organisationCount(r.object(COUNT)))
                    .key("registeredOrganisations", (r, b) -> b.registeredOrganisations(r.object(COUNT)))
                    .key("registeredPeople", (r, b) -> b.registeredPeople(r.object(COUNT)))
                    .key("attendees", (r, b) -> b.attendees(r.object(COUNT)))
                    .key("note", (r, b) -> b.note(r.text()))
                    .done();

    private static final ObjectType<DialogueEvent.Builder, DialogueEvent> EVENT =
            ObjectType.<DialogueEvent.Builder, DialogueEvent>define("event", DialogueEvent::builder,
                            (r, b) -> b.build())
                    .key("id", (r, b) -> b.id(r.localId()))
                    .key("kind", (r, b) -> b.kind(r.code(EventKind.class)))
                    .key("title", (r, b) -> b.title(r.text()))
                    .key("description", (r, b) -> b.description(r.text()))
                    .key("status", (r, b) -> b.status(r.code(EventStatus.class)))
                    .key("date", (r, b) -> b.date(r.partialDate()))
                    .key("endDate", (r, b) -> b.endDate(r.partialDate()))
                    .key("startTime", (r, b) -> b.startTime(r.time()))
                    .key("endTime", (r, b) -> b.endTime(r.time()))
                    .key("partOfDay", (r, b) -> b.partOfDay(r.code(PartOfDay.class)))
                    .key("place", (r, b) -> b.place(r.object(PLACE)))
                    .key("access", (r, b) -> b.access(r.code(EventAccess.class)))
                    .key("partOf", (r, b) -> b.partOf(r.localId()))
                    .key("organisers", (r, b) -> b.organisers(r.localIds()))
                    .key("facilitators", (r, b) -> b.facilitators(r.localIds()))
                    .key("audience", (r, b) -> b.audience(r.codes(Audience.class)))
                    .key("guidingQuestions", (r, b) -> b.guidingQuestions(r.texts()))
                    .key("speakers", (r, b) -> b.speakers(r.objects(SPEAKER)))
                    .key("participation", (r, b) -> b.participation(r.object(PARTICIPATION)))
                    .key("themes", (r, b) -> b.themes(r.codes(Theme.class)))
                    .key("summary", (r, b) -> b.summary(r.text()))
                    .key("cancellationReason", (r, b) -> b.cancellationReason(r.text()))
                    .key("extensions", (r, b) -> b.extensions(r.extensions()))
                    .done();

    private static final ObjectType<DialogueInput.Builder, DialogueInput> INPUT =
            ObjectType.<DialogueInput.Builder, DialogueInput>define("input", DialogueInput::builder,
                            (r, b) -> b.build())
                    .key("id", (r, b) -> b.id(r.localId()))
                    .key("kind", (r, b) -> b.kind(r.code(InputKind.class)))
                    .key("text", (r, b) -> b.text(r.text()))
                    .key("event", (r, b) -> b.event(r.localId()))
                    .key("channel", (r, b) -> b.channel(r.code(InputChannel.class)))
                    .key("themes", (r, b) -> b.themes(r.codes(Theme.class)))
                    .key("submittedBy", (r, b) -> b.submittedBy(r.localIds()))
                    .key("received", (r, b) -> b.received(r.partialDate()))
                    .key("disposition", (r, b) -> b.disposition(r.code(Disposition.class)))
                    .key("dispositionReason", (r, b) -> b.dispositionReason(r.text()))
                    .key("extensions", (r, b) -> b.extensions(r.extensions()))
                    .done();

    private static final ObjectType<SourceDocument.Builder, SourceDocument> SOURCE =
            ObjectType.<SourceDocument.Builder, SourceDocument>define("source", SourceDocument::builder,
                            (r, b) -> b.build())
                    .key("id", (r, b) -> b.id(r.localId()))
                    .key("kind", (r, b) -> b.kind(r.code(SourceKind.class)))
                    .key("title", (r, b) -> b.title(r.text()))
                    .key("publisher", (r, b) -> b.publisher(r.localId()))
                    .key("url", (r, b) -> b.url(r.uri()))
                    .key("reference", (r, b) -> b.reference(r.string()))
                    .key("published", (r, b) -> b.published(r.partialDate()))
                    .key("retrieved", (r, b) -> b.retrieved(r.localDate()))
                    .key("language", (r, b) -> b.language(r.string()))
                    .key("extensions", (r, b) -> b.extensions(r.extensions()))
                    .done();

    /** The policy's builder. */
    private static final class PolicyHolder {
        final Policy.Builder builder = Policy.builder();
    }

    private static final ObjectType<PolicyHolder, Policy> POLICY = ObjectType.<PolicyHolder, Policy>define("policy",
                    PolicyHolder::new, (r, h) -> {
                        if (!r.hasKey(0)) {
                            r.missingKey("formatVersion");
                        }
                        return h.builder.build();
                    })
            .key("formatVersion", (r, h) -> r.formatVersion())
            .key("id", (r, h) -> h.builder.id(r.policyId()))
            .key("municipality", (r, h) -> h.builder.municipality(r.object(MUNICIPALITY)))
            .key("title", (r, h) -> h.builder.title(r.text()))
            .key("kind", (r, h) -> h.builder.kind(r.code(PolicyKind.class)))
            .key("status", (r, h) -> h.builder.status(r.code(PolicyStatus.class)))
            .key("language", (r, h) -> h.builder.language(r.string()))
            .key("scope", (r, h) -> h.builder.scope(r.object(SCOPE)))
            .key("decisions", (r, h) -> h.builder.decisions(r.objects(DECISION)))
            .key("validity", (r, h) -> h.builder.validity(r.object(PERIOD)))
            .key("purpose", (r, h) -> h.builder.purpose(r.text()))
            .key("vision", (r, h) -> h.builder.vision(r.text()))
            .key("foundations", (r, h) -> h.builder.foundations(r.objects(FOUNDATION)))
            .key("principles", (r, h) -> h.builder.principles(r.objects(PRINCIPLE)))
            .key("measures", (r, h) -> h.builder.measures(r.objects(MEASURE)))
            .key("followUp", (r, h) -> h.builder.followUp(r.object(FOLLOW_UP)))
            .key("organisations", (r, h) -> h.builder.organisations(r.objects(ORGANISATION)))
            .key("referenceGroups", (r, h) -> h.builder.referenceGroups(r.objects(REFERENCE_GROUP)))
            .key("events", (r, h) -> h.builder.events(r.objects(EVENT)))
            .key("inputs", (r, h) -> h.builder.inputs(r.objects(INPUT)))
            .key("owner", (r, h) -> h.builder.owner(r.localId()))
            .key("contacts", (r, h) -> h.builder.contacts(r.objects(PERSON)))
            .key("sources", (r, h) -> h.builder.sources(r.objects(SOURCE)))
            .key("extensions", (r, h) -> h.builder.extensions(r.extensions()))
            .done();

    PolicyId policyId() {
        String text = string();
        return text == null ? null : PolicyId.of(text);
    }

    private static final Map<Class<?>, ObjectType<?, ?>> BY_CLASS = Map.ofEntries(
            Map.entry(Policy.class, POLICY),
            Map.entry(Municipality.class, MUNICIPALITY),
            Map.entry(Scope.class, SCOPE),
            Map.entry(GoverningBody.class, GOVERNING_BODY),
            Map.entry(Decision.class, DECISION),
            Map.entry(Period.class, PERIOD),
            Map.entry(Foundation.class, FOUNDATION),
            Map.entry(FrameworkLink.class, FRAMEWORK_LINK),
            Map.entry(Principle.class, PRINCIPLE),
            Map.entry(Measurement.class, MEASUREMENT),
            Map.entry(Indicator.class, INDICATOR),
            Map.entry(Money.class, MONEY),
            Map.entry(Measure.class, MEASURE),
            Map.entry(FollowUp.class, FOLLOW_UP),
            Map.entry(Organisation.class, ORGANISATION),
            Map.entry(Person.class, PERSON),
            Map.entry(GroupMember.class, GROUP_MEMBER),
            Map.entry(ReferenceGroup.class, REFERENCE_GROUP),
            Map.entry(Place.class, PLACE),
            Map.entry(Speaker.class, SPEAKER),
            Map.entry(Count.class, COUNT),
            Map.entry(Participation.class, PARTICIPATION),
            Map.entry(DialogueEvent.class, EVENT),
            Map.entry(DialogueInput.class, INPUT),
            Map.entry(SourceDocument.class, SOURCE));
}
