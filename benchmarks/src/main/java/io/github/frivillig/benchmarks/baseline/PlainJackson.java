package io.github.frivillig.benchmarks.baseline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.Nulls;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleModule;

import io.github.frivillig.core.code.Coded;
import io.github.frivillig.core.organisation.GroupMember;
import io.github.frivillig.core.organisation.IdentifierScheme;
import io.github.frivillig.core.organisation.OrganisationIdentifier;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.policy.PolicyId;
import io.github.frivillig.core.text.LocalizedText;
import io.github.frivillig.core.value.Count;
import io.github.frivillig.core.value.CountQualifier;
import io.github.frivillig.core.value.ExtensionValue;
import io.github.frivillig.core.value.LocalId;
import io.github.frivillig.core.value.PartialDate;

/**
 * The baselines' mappers: plain Jackson databind, configured only as far as needed to map the Frivillig JSON
 * format, without Frivillig's own reader or writer.
 * <p>
 * {@link #recordsMapper()} reads into Frivillig's own model. Jackson constructs the records through their
 * canonical constructors by itself; what it cannot do alone, and gets here, is:
 * <ul>
 * <li>the scalar value types, which are JSON strings or plain objects: {@link LocalId} and {@link PolicyId}
 *     (single-value records), {@link PartialDate} (EDTF text), {@link OrganisationIdentifier}
 *     ({@code scheme:value}), {@link LocalizedText} (an object keyed by language tag) and {@link ExtensionValue}
 *     (any JSON value): one small deserializer each;</li>
 * <li>codelist values, written as their codes: one deserializer for every enum implementing {@link Coded};</li>
 * <li>{@link GroupMember}, a sealed family told apart by its {@code type} code: a mix-in naming the subtypes;</li>
 * <li>{@link Count}, whose qualifier defaults to exact when absent and whose value may be absent: a small
 * deserializer;</li>
 * <li>the policy's {@code formatVersion}, which the model does not hold: a mix-in ignoring it;</li>
 * <li>collections the format leaves out when empty, which the records require: absent lists and maps read as
 *     empty.</li>
 * </ul>
 * {@link #pojoMapper()} reads into and writes from {@link PolicyPojo}: plain mutable classes mirroring the JSON,
 * needing no configuration beyond what makes it write what it read: keys in declaration order (Jackson 3 sorts
 * them by default), absent and empty values left out, as the format does, and decimals kept exact.
 */
public final class PlainJackson {

    private PlainJackson() {
    }

    /**
     * Builds a mapper that reads the format into Frivillig's records with plain Jackson databind.
     *
     * @return a new mapper, not null
     */
    public static JsonMapper recordsMapper() {
        SimpleModule module = new SimpleModule("frivillig-baseline");
        module.setDeserializers(new CodedDeserializers());
        module.addDeserializer(LocalId.class, new StringValueDeserializer<>(LocalId::of));
        module.addDeserializer(PolicyId.class, new StringValueDeserializer<>(PolicyId::of));
        module.addDeserializer(PartialDate.class, new StringValueDeserializer<>(PartialDate::parse));
        module.addDeserializer(OrganisationIdentifier.class,
                new StringValueDeserializer<>(PlainJackson::organisationIdentifier));
        module.addDeserializer(LocalizedText.class, new LocalizedTextDeserializer());
        module.addDeserializer(ExtensionValue.class, new ExtensionValueDeserializer());
        module.addDeserializer(Count.class, new CountDeserializer());
        return JsonMapper.builder()
                .addModule(module)
                .addMixIn(Policy.class, PolicyMixIn.class)
                .addMixIn(GroupMember.class, GroupMemberMixIn.class)
                .withConfigOverride(List.class, o -> o.setNullHandling(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)))
                .withConfigOverride(Map.class, o -> o.setNullHandling(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)))
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    /**
     * Builds a mapper for {@link PolicyPojo}.
     *
     * @return a new mapper, not null
     */
    public static JsonMapper pojoMapper() {
        return JsonMapper.builder()
                .changeDefaultPropertyInclusion(include -> JsonInclude.Value.construct(
                        JsonInclude.Include.NON_EMPTY, JsonInclude.Include.ALWAYS))
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    private static OrganisationIdentifier organisationIdentifier(String text) {
        int colon = text.indexOf(':');
        IdentifierScheme scheme = colon < 0 ? null : CodedDeserializer.lookup(IdentifierScheme.class,
                text.substring(0, colon));
        if (scheme == null) {
            throw new IllegalArgumentException("Not an organisation identifier: '" + text + "'");
        }
        return OrganisationIdentifier.of(scheme, text.substring(colon + 1));
    }

    /** The policy's format version is part of the document, not of the model. */
    @JsonIgnoreProperties("formatVersion")
    private interface PolicyMixIn {
    }

    /** Group members are told apart by their type code. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = GroupMember.OrganisationRepresentative.class, name = "organisation-representative"),
        @JsonSubTypes.Type(value = GroupMember.ElectedRepresentative.class, name = "elected-representative"),
        @JsonSubTypes.Type(value = GroupMember.Citizen.class, name = "citizen"),
        @JsonSubTypes.Type(value = GroupMember.MunicipalStaff.class, name = "municipal-staff"),
        @JsonSubTypes.Type(value = GroupMember.NotStated.class, name = "not-stated")})
    private interface GroupMemberMixIn {
    }

    /** Reads a JSON string into a value type through its factory. */
    private static final class StringValueDeserializer<T> extends ValueDeserializer<T> {
        private final java.util.function.Function<String, T> factory;

        StringValueDeserializer(java.util.function.Function<String, T> factory) {
            this.factory = factory;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return ctxt.reportInputMismatch(this, "Expected a string, found %s", p.currentToken());
            }
            return factory.apply(p.getString());
        }
    }

    /** Reads an object of language tag to text. */
    private static final class LocalizedTextDeserializer extends ValueDeserializer<LocalizedText> {
        @Override
        public LocalizedText deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                return ctxt.reportInputMismatch(this, "Expected an object, found %s", p.currentToken());
            }
            LocalizedText.Builder builder = LocalizedText.builder();
            for (String tag = p.nextName(); tag != null; tag = p.nextName()) {
                builder.text(tag, p.nextStringValue());
            }
            return builder.build();
        }
    }

    /** Reads a count, whose upper end is absent unless it is a range and whose qualifier is exact when absent. */
    private static final class CountDeserializer extends ValueDeserializer<Count> {
        @Override
        public Count deserialize(JsonParser p, DeserializationContext ctxt) {
            Integer value = null;
            Integer upTo = null;
            CountQualifier qualifier = CountQualifier.EXACT;
            for (String name = p.nextName(); name != null; name = p.nextName()) {
                p.nextToken();
                if (name.equals("value")) {
                    value = p.getIntValue();
                } else if (name.equals("upTo")) {
                    upTo = p.getIntValue();
                } else if (name.equals("qualifier")) {
                    qualifier = CodedDeserializer.lookup(CountQualifier.class, p.getString());
                } else {
                    ctxt.handleUnknownProperty(p, this, Count.class, name);
                }
            }
            return new Count(value, upTo, qualifier);
        }
    }

    /** Reads any JSON value as an extension value, keeping numbers exact. */
    private static final class ExtensionValueDeserializer extends ValueDeserializer<ExtensionValue> {
        @Override
        public ExtensionValue deserialize(JsonParser p, DeserializationContext ctxt) {
            switch (p.currentToken()) {
                case START_OBJECT: {
                    Map<String, ExtensionValue> members = new LinkedHashMap<>();
                    for (String name = p.nextName(); name != null; name = p.nextName()) {
                        p.nextToken();
                        members.put(name, deserialize(p, ctxt));
                    }
                    return ExtensionValue.object(members);
                }
                case START_ARRAY: {
                    List<ExtensionValue> elements = new ArrayList<>();
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        elements.add(deserialize(p, ctxt));
                    }
                    return ExtensionValue.array(elements);
                }
                case VALUE_STRING:
                    return ExtensionValue.of(p.getString());
                case VALUE_NUMBER_INT:
                case VALUE_NUMBER_FLOAT:
                    return ExtensionValue.of(p.getDecimalValue());
                case VALUE_TRUE:
                    return ExtensionValue.of(true);
                case VALUE_FALSE:
                    return ExtensionValue.of(false);
                default:
                    return ExtensionValue.nullValue();
            }
        }

        @Override
        public ExtensionValue getNullValue(DeserializationContext ctxt) {
            return ExtensionValue.nullValue();
        }
    }

    /** Finds the deserializer of any codelist. */
    private static final class CodedDeserializers extends SimpleDeserializers {
        private static final long serialVersionUID = 1L;

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public ValueDeserializer<?> findEnumDeserializer(JavaType type, DeserializationConfig config,
                BeanDescription.Supplier beanDescRef) {
            Class<?> raw = type.getRawClass();
            if (Coded.class.isAssignableFrom(raw)) {
                return new CodedDeserializer(raw);
            }
            return super.findEnumDeserializer(type, config, beanDescRef);
        }
    }

    /** Reads a codelist value from its code. */
    private static final class CodedDeserializer<E extends Enum<E> & Coded> extends ValueDeserializer<E> {
        private static final ClassValue<Map<String, Object>> BY_CODE = new ClassValue<>() {
            @Override
            protected Map<String, Object> computeValue(Class<?> type) {
                Map<String, Object> byCode = new HashMap<>();
                for (Object constant : type.getEnumConstants()) {
                    byCode.put(((Coded) constant).code(), constant);
                }
                return byCode;
            }
        };

        private final Class<E> type;
        private final Map<String, Object> byCode;

        CodedDeserializer(Class<E> type) {
            this.type = type;
            this.byCode = BY_CODE.get(type);
        }

        static <E> E lookup(Class<E> type, String code) {
            return type.cast(BY_CODE.get(type).get(code));
        }

        @Override
        public E deserialize(JsonParser p, DeserializationContext ctxt) {
            Object value = p.currentToken() == JsonToken.VALUE_STRING ? byCode.get(p.getString()) : null;
            if (value == null) {
                return ctxt.reportInputMismatch(this, "Not a code of %s: %s", type.getSimpleName(), p.getString());
            }
            return type.cast(value);
        }
    }
}
