package io.github.frivillig.json.internal;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

import tools.jackson.core.JsonGenerator;

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

    /** A codec from a reading and a writing function. */
    private record Simple(String schemaName, Function<PolicyReader, Object> reader,
            BiConsumer<JsonGenerator, Object> writer) implements ValueCodec {

        @Override
        public Object read(PolicyReader reader) {
            return this.reader.apply(reader);
        }

        @Override
        public void write(JsonGenerator g, Object value) {
            writer.accept(g, value);
        }
    }

    /** Text written as a string: its {@code toString()} form. */
    private static ValueCodec textual(String schemaName, Function<PolicyReader, Object> reader) {
        return new Simple(schemaName, reader, (g, value) -> PolicyWriter.writeText(g, value.toString()));
    }

    private static final ValueCodec STRING = textual("string", PolicyReader::string);
    private static final ValueCodec LOCAL_ID = new Simple("localId", PolicyReader::localId,
            (g, value) -> PolicyWriter.writeText(g, ((LocalId) value).value()));
    private static final ValueCodec POLICY_ID = new Simple("policyId", PolicyReader::policyId,
            (g, value) -> PolicyWriter.writeText(g, ((PolicyId) value).value()));
    private static final ValueCodec PARTIAL_DATE = textual("partialDate", PolicyReader::partialDate);
    private static final ValueCodec DATE = textual("date", PolicyReader::localDate);
    private static final ValueCodec TIME = textual("timeOfDay", PolicyReader::time);
    private static final ValueCodec URI_CODEC = textual("uri", PolicyReader::uri);
    private static final ValueCodec DURATION = textual("isoPeriod", PolicyReader::isoPeriod);
    private static final ValueCodec CURRENCY = new Simple("currency", PolicyReader::currency,
            (g, value) -> g.writeString(((Currency) value).getCurrencyCode()));
    private static final ValueCodec IDENTIFIER = textual("identifier", PolicyReader::identifier);
    private static final ValueCodec DECIMAL = new Simple("number", PolicyReader::decimal,
            (g, value) -> g.writeNumber((BigDecimal) value));
    private static final ValueCodec INTEGER = new Simple("integer", PolicyReader::integer,
            (g, value) -> g.writeNumber((Integer) value));
    private static final ValueCodec TEXT = new Simple("localizedText", PolicyReader::text,
            (g, value) -> PolicyWriter.textObject(g, (LocalizedText) value));
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

    /** The {@code extensions} of an object: any JSON, kept as it was written. */
    static final class Extensions implements ValueCodec {
        @Override
        public Object read(PolicyReader reader) {
            return reader.extensions();
        }

        @Override
        public void write(JsonGenerator g, Object value) {
            PolicyWriter.members(g, (Map<?, ?>) value);
        }

        @Override
        public boolean isEmpty(Object value) {
            return ((Map<?, ?>) value).isEmpty();
        }

        @Override
        public String schemaName() {
            return "extensions";
        }
    }

    /** A codelist value, written as its code. */
    private record Code(Class<?> type) implements ValueCodec {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public Object read(PolicyReader reader) {
            return reader.code((Class) type);
        }

        @Override
        public void write(JsonGenerator g, Object value) {
            g.writeString(((Coded) value).code());
        }

        @Override
        public String schemaName() {
            return FormatModel.schemaName(type);
        }
    }

    /** A list, written as a JSON array and left out when empty. */
    private record ListOf(ValueCodec element, Function<PolicyReader, Object> reader) implements ValueCodec {

        ListOf(ValueCodec element) {
            this(element, element::read);
        }

        @Override
        public Object read(PolicyReader reader) {
            return reader.list(this.reader);
        }

        @Override
        public void write(JsonGenerator g, Object value) {
            g.writeStartArray();
            for (Object element : (List<?>) value) {
                this.element.write(g, element);
            }
            g.writeEndArray();
        }

        @Override
        public boolean isEmpty(Object value) {
            return ((List<?>) value).isEmpty();
        }

        @Override
        public String schemaName() {
            return element.schemaName();
        }

        @Override
        public boolean isList() {
            return true;
        }
    }

    /** An object of one of the format's object types, found when first used, as types may refer to each other. */
    private static final class ObjectOf implements ValueCodec {
        private final Class<?> type;
        private volatile ObjectType<?> objectType;

        ObjectOf(Class<?> type) {
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
        public Object read(PolicyReader reader) {
            return reader.object(objectType());
        }

        @Override
        public void write(JsonGenerator g, Object value) {
            objectType().write(g, value);
        }

        @Override
        public String schemaName() {
            return FormatModel.schemaName(type);
        }
    }

    /**
     * Returns the codec of a scalar or codelist type, for values read and written on their own.
     *
     * @return the codec, null if the type is not a scalar or codelist of the format
     */
    static ValueCodec scalar(Class<?> type) {
        ValueCodec codec = SCALARS.get(type);
        if (codec == null && type.isEnum() && Coded.class.isAssignableFrom(type)) {
            codec = new Code(type);
        }
        return codec;
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
