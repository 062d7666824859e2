package io.github.frivillig.json.internal;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.SerializedString;

import io.github.frivillig.core.code.Coded;
import io.github.frivillig.core.organisation.OrganisationIdentifier;
import io.github.frivillig.core.policy.PolicyId;
import io.github.frivillig.core.text.LocalizedText;
import io.github.frivillig.core.value.ExtensionValue;
import io.github.frivillig.core.value.LocalId;
import io.github.frivillig.core.value.PartialDate;

/**
 * The codec of each Java type the model's records use: the one place that says how a type's values look in JSON.
 * A record component of a type not listed here stops {@link FormatModel} from starting, naming the component.
 */
final class Codecs {

    private Codecs() {
    }

    /** A codec that reads by a function of the reader. */
    private abstract static class ReadBy extends ValueCodec {
        private final Function<PolicyReader, Object> reader;

        ReadBy(String schemaName, Function<PolicyReader, Object> reader) {
            super(schemaName);
            this.reader = reader;
        }

        @Override
        final Object read(PolicyReader reader) {
            return this.reader.apply(reader);
        }
    }

    /**
     * Text written as a string: its {@code toString()} form. Most values of the format are such text; writing them
     * here rather than through a function of each type saves a call that the compiler cannot inline.
     */
    private static final class Textual extends ReadBy {
        Textual(String schemaName, Function<PolicyReader, Object> reader) {
            super(schemaName, reader);
        }

        @Override
        void write(JsonGenerator g, Object value) {
            PolicyWriter.writeText(g, value.toString());
        }
    }

    /** A codec that writes by a function too. */
    private static final class Simple extends ReadBy {
        private final BiConsumer<JsonGenerator, Object> writer;

        Simple(String schemaName, Function<PolicyReader, Object> reader, BiConsumer<JsonGenerator, Object> writer) {
            super(schemaName, reader);
            this.writer = writer;
        }

        @Override
        void write(JsonGenerator g, Object value) {
            writer.accept(g, value);
        }
    }

    /** A text in several languages, written as an object keyed by language tag. */
    private static final class Text extends ReadBy {
        Text() {
            super("localizedText", PolicyReader::text);
        }

        @Override
        void write(JsonGenerator g, Object value) {
            PolicyWriter.textObject(g, (LocalizedText) value);
        }
    }

    private static final ValueCodec STRING = new Textual("string", PolicyReader::string);
    private static final ValueCodec LOCAL_ID = new Textual("localId", PolicyReader::localId);
    private static final ValueCodec POLICY_ID = new Textual("policyId", PolicyReader::policyId);
    private static final ValueCodec PARTIAL_DATE = new Textual("partialDate", PolicyReader::partialDate);
    private static final ValueCodec DATE = new Textual("date", PolicyReader::localDate);
    private static final ValueCodec TIME = new Textual("timeOfDay", PolicyReader::time);
    private static final ValueCodec URI_CODEC = new Textual("uri", PolicyReader::uri);
    private static final ValueCodec DURATION = new Textual("isoPeriod", PolicyReader::isoPeriod);
    private static final ValueCodec CURRENCY = new Simple("currency", PolicyReader::currency,
            (g, value) -> g.writeString(((Currency) value).getCurrencyCode()));
    private static final ValueCodec IDENTIFIER = new Textual("identifier", PolicyReader::identifier);
    private static final ValueCodec DECIMAL = new Simple("number", PolicyReader::decimal,
            (g, value) -> g.writeNumber((BigDecimal) value));
    private static final ValueCodec INTEGER = new Simple("integer", PolicyReader::integer,
            (g, value) -> g.writeNumber((Integer) value));
    private static final ValueCodec TEXT = new Text();
    private static final ValueCodec EXTENSION_VALUE = new Simple("extensionValue", PolicyReader::extensionValue,
            (g, value) -> PolicyWriter.extensionValue(g, (ExtensionValue) value));
    private static final ValueCodec EXTENSIONS = new Extensions();

    private static final Map<Class<?>, ValueCodec> SCALARS = Map.ofEntries(
            Map.entry(String.class, STRING),
            Map.entry(LocalId.class, LOCAL_ID),
            Map.entry(PolicyId.class, POLICY_ID),
            Map.entry(PartialDate.class, PARTIAL_DATE),
            Map.entry(LocalDate.class, DATE),
            Map.entry(LocalTime.class, TIME),
            Map.entry(URI.class, URI_CODEC),
            Map.entry(java.time.Period.class, DURATION),
            Map.entry(Currency.class, CURRENCY),
            Map.entry(OrganisationIdentifier.class, IDENTIFIER),
            Map.entry(BigDecimal.class, DECIMAL),
            Map.entry(Integer.class, INTEGER),
            Map.entry(int.class, INTEGER),
            Map.entry(LocalizedText.class, TEXT),
            Map.entry(ExtensionValue.class, EXTENSION_VALUE));

    /** The codec of each codelist, made once; null for any other class. */
    private static final ClassValue<ValueCodec> CODES = new ClassValue<>() {
        @Override
        protected ValueCodec computeValue(Class<?> type) {
            return type.isEnum() && Coded.class.isAssignableFrom(type) ? new Code(type) : null;
        }
    };

    /** The {@code extensions} of an object: any JSON, kept as it was written. */
    static final class Extensions extends ValueCodec {
        Extensions() {
            super("extensions");
        }

        @Override
        Object read(PolicyReader reader) {
            return reader.extensions();
        }

        @Override
        void write(JsonGenerator g, Object value) {
            PolicyWriter.members(g, (Map<?, ?>) value);
        }

        @Override
        boolean isEmpty(Object value) {
            return ((Map<?, ?>) value).isEmpty();
        }
    }

    /** A codelist value, written as its code, which is encoded once for each constant. */
    private static final class Code extends ValueCodec {
        private final Class<?> type;
        private final SerializedString[] codes;

        Code(Class<?> type) {
            super(FormatModel.schemaName(type));
            this.type = type;
            this.codes = Arrays.stream(type.getEnumConstants())
                    .map(value -> new SerializedString(((Coded) value).code())).toArray(SerializedString[]::new);
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        Object read(PolicyReader reader) {
            return reader.code((Class) type);
        }

        @Override
        void write(JsonGenerator g, Object value) {
            g.writeString(codes[((Enum<?>) value).ordinal()]);
        }
    }

    /** A list, written as a JSON array and left out when empty. */
    private static final class ListOf extends ValueCodec {
        private final ValueCodec element;
        private final Function<PolicyReader, Object> reader;

        ListOf(ValueCodec element) {
            super(element.schemaName());
            this.element = element;
            this.reader = element::read;
        }

        @Override
        Object read(PolicyReader reader) {
            return reader.list(this.reader);
        }

        @Override
        void write(JsonGenerator g, Object value) {
            g.writeStartArray();
            for (Object element : (List<?>) value) {
                this.element.write(g, element);
            }
            g.writeEndArray();
        }

        @Override
        boolean isEmpty(Object value) {
            return ((List<?>) value).isEmpty();
        }

        @Override
        boolean isList() {
            return true;
        }
    }

    /** An object of one of the format's object types, found when first used, as types may refer to each other. */
    private static final class ObjectOf extends ValueCodec {
        private final Class<?> type;
        private volatile ObjectType<?> objectType;

        ObjectOf(Class<?> type) {
            super(FormatModel.schemaName(type));
            this.type = type;
        }

        private ObjectType<?> objectType() {
            ObjectType<?> known = objectType;
            if (known == null) {
                known = FormatModel.type(type);
                objectType = known;
            }
            return known;
        }

        @Override
        Object read(PolicyReader reader) {
            return reader.object(objectType());
        }

        @Override
        void write(JsonGenerator g, Object value) {
            objectType().write(g, value);
        }
    }

    /**
     * Returns the codec of a scalar or codelist type, for values read and written on their own.
     *
     * @return the codec, null if the type is not a scalar or codelist of the format
     */
    static ValueCodec scalar(Class<?> type) {
        ValueCodec codec = SCALARS.get(type);
        return codec != null ? codec : CODES.get(type);
    }

    /**
     * Returns the codec of a record component's type.
     *
     * @param type  the component's generic type
     * @param where  the record and component, for the message of a type the format does not know
     * @return the codec, not null
     * @throws IllegalStateException if the format has no codec for the type
     */
    static ValueCodec of(Type type, String where) {
        if (type instanceof Class<?> plain) {
            ValueCodec scalar = scalar(plain);
            if (scalar != null) {
                return scalar;
            }
            if (plain.isRecord() || plain.isSealed()) {
                return new ObjectOf(plain);
            }
        } else if (type instanceof ParameterizedType parameterized) {
            Type raw = parameterized.getRawType();
            Type[] arguments = parameterized.getActualTypeArguments();
            if (raw == List.class) {
                return new ListOf(of(arguments[0], where));
            }
            if (raw == Map.class && arguments[0] == String.class && arguments[1] == ExtensionValue.class) {
                return EXTENSIONS;
            }
        }
        throw new IllegalStateException("The JSON format has no codec for " + where + " of type " + type
                + ": add one to " + Codecs.class.getName());
    }
}
