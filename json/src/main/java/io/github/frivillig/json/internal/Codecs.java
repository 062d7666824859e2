package io.github.frivillig.json.internal;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /** The format's scalar types: each is read and written by a case of {@link Scalar}'s two switches. */
    private enum Kind {
        STRING(String.class, "string"),
        LOCAL_ID(LocalId.class, "localId"),
        POLICY_ID(PolicyId.class, "policyId"),
        PARTIAL_DATE(PartialDate.class, "partialDate"),
        DATE(LocalDate.class, "date"),
        TIME(LocalTime.class, "timeOfDay"),
        URI(java.net.URI.class, "uri"),
        DURATION(java.time.Period.class, "isoPeriod"),
        CURRENCY(Currency.class, "currency"),
        IDENTIFIER(OrganisationIdentifier.class, "identifier"),
        DECIMAL(BigDecimal.class, "number"),
        INTEGER(Integer.class, "integer"),
        TEXT(LocalizedText.class, "localizedText"),
        EXTENSION_VALUE(ExtensionValue.class, "extensionValue");

        private final Class<?> type;
        private final String schemaName;

        Kind(Class<?> type, String schemaName) {
            this.type = type;
            this.schemaName = schemaName;
        }
    }

    /**
     * A value of a scalar type. Reading and writing switch on the kind rather than call a function of each type:
     * the reader and the writer call a codec for nearly every value, and a switch costs less than a call that the
     * compiler cannot inline.
     */
    private static final class Scalar extends ValueCodec {
        private final Kind kind;

        Scalar(Kind kind) {
            super(kind.schemaName);
            this.kind = kind;
        }

        @Override
        Object read(PolicyReader reader) {
            return switch (kind) {
                case STRING -> reader.string();
                case LOCAL_ID -> reader.localId();
                case POLICY_ID -> reader.policyId();
                case PARTIAL_DATE -> reader.partialDate();
                case DATE -> reader.localDate();
                case TIME -> reader.time();
                case URI -> reader.uri();
                case DURATION -> reader.isoPeriod();
                case CURRENCY -> reader.currency();
                case IDENTIFIER -> reader.identifier();
                case DECIMAL -> reader.decimal();
                case INTEGER -> reader.integer();
                case TEXT -> reader.text();
                case EXTENSION_VALUE -> reader.extensionValue();
            };
        }

        @Override
        void write(JsonGenerator g, Object value) {
            switch (kind) {
                case CURRENCY -> g.writeString(((Currency) value).getCurrencyCode());
                case DECIMAL -> g.writeNumber((BigDecimal) value);
                case INTEGER -> g.writeNumber((Integer) value);
                case TEXT -> PolicyWriter.textObject(g, (LocalizedText) value);
                case EXTENSION_VALUE -> PolicyWriter.extensionValue(g, (ExtensionValue) value);
                // Every other scalar is text: its toString() form, which its reader reads back.
                default -> PolicyWriter.writeText(g, value.toString());
            }
        }
    }

    private static final ValueCodec EXTENSIONS = new Extensions();

    /** The codec of each scalar type, and of {@code int} as of {@code Integer}. */
    private static final Map<Class<?>, ValueCodec> SCALARS = scalars();

    private static Map<Class<?>, ValueCodec> scalars() {
        Map<Class<?>, ValueCodec> scalars = new HashMap<>();
        for (Kind kind : Kind.values()) {
            scalars.put(kind.type, new Scalar(kind));
        }
        scalars.put(int.class, scalars.get(Integer.class));
        return Map.copyOf(scalars);
    }

    /** The codec of each codelist, made once; null for any other class. */
    private static final ClassValue<ValueCodec> CODES = new ClassValue<>() {
        @Override
        protected ValueCodec computeValue(Class<?> type) {
            return type.isEnum() && Coded.class.isAssignableFrom(type) ? new Code(type) : null;
        }
    };

    /** The {@code extensions} of an object: any JSON, kept as it was written. */
    private static final class Extensions extends ValueCodec {
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

        @Override
        Object emptyValue() {
            return Map.of();
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

        ListOf(ValueCodec element) {
            super(element.schemaName());
            this.element = element;
        }

        @Override
        Object read(PolicyReader reader) {
            return reader.list(element);
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
        Object emptyValue() {
            return List.of();
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
