package io.github.frivillig.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Function;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

import io.github.frivillig.core.code.IcnpoCode;
import io.github.frivillig.core.code.NationalFramework;
import io.github.frivillig.core.code.Theme;
import io.github.frivillig.core.dataset.CompletenessCriterion;
import io.github.frivillig.core.dataset.CoverageSource;
import io.github.frivillig.core.dataset.CriterionOutcome;
import io.github.frivillig.core.dialogue.Audience;
import io.github.frivillig.core.dialogue.Disposition;
import io.github.frivillig.core.dialogue.EventAccess;
import io.github.frivillig.core.dialogue.EventKind;
import io.github.frivillig.core.dialogue.EventPhase;
import io.github.frivillig.core.dialogue.EventStatus;
import io.github.frivillig.core.dialogue.InputChannel;
import io.github.frivillig.core.dialogue.InputKind;
import io.github.frivillig.core.dialogue.PartOfDay;
import io.github.frivillig.core.dialogue.SpeakerRole;
import io.github.frivillig.core.municipality.Country;
import io.github.frivillig.core.municipality.MunicipalityChange;
import io.github.frivillig.core.organisation.GroupKind;
import io.github.frivillig.core.organisation.GroupMember;
import io.github.frivillig.core.organisation.GroupStatus;
import io.github.frivillig.core.organisation.IdentifierScheme;
import io.github.frivillig.core.organisation.MemberRole;
import io.github.frivillig.core.organisation.OrganisationIdentifier;
import io.github.frivillig.core.organisation.OrganisationKind;
import io.github.frivillig.core.organisation.SelectionMethod;
import io.github.frivillig.core.policy.DecisionKind;
import io.github.frivillig.core.policy.DecisionStatus;
import io.github.frivillig.core.policy.FoundationKind;
import io.github.frivillig.core.policy.GoverningBodyKind;
import io.github.frivillig.core.policy.MeasureStatus;
import io.github.frivillig.core.policy.PartKind;
import io.github.frivillig.core.policy.PartySide;
import io.github.frivillig.core.policy.PolicyId;
import io.github.frivillig.core.policy.PolicyKind;
import io.github.frivillig.core.policy.PolicyStatus;
import io.github.frivillig.core.policy.PrincipleKind;
import io.github.frivillig.core.policy.ReferenceKind;
import io.github.frivillig.core.policy.RelationKind;
import io.github.frivillig.core.policy.ReviewKind;
import io.github.frivillig.core.policy.SourceKind;
import io.github.frivillig.core.policy.StatutoryRole;
import io.github.frivillig.core.policy.VoteOutcome;
import io.github.frivillig.core.text.LocalizedText;
import io.github.frivillig.core.validation.Severity;
import io.github.frivillig.core.validation.ValidationReport;
import io.github.frivillig.core.validation.Violation;
import io.github.frivillig.core.value.CountQualifier;
import io.github.frivillig.core.value.ExtensionValue;
import io.github.frivillig.core.value.LocalId;
import io.github.frivillig.core.value.PartialDate;
import io.github.frivillig.json.internal.PolicyReader;
import io.github.frivillig.json.internal.PolicyWriter;
import io.github.frivillig.json.internal.Problems;
import io.github.frivillig.json.internal.ReportFormat;

/**
 * The Jackson 3 module for the Frivillig JSON format, for applications that configure their own
 * {@code JsonMapper}:
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new FrivilligModule()).build();
 * Policy policy = mapper.readValue(json, Policy.class);
 * }</pre>
 * It registers an explicit serializer and deserializer for every type of the format, all delegating to the same
 * reader and writer as {@link PolicyJson}, so a policy reads and writes identically either way. Validation reports
 * and violations read and write in the shape of {@link PolicyJson#writeReport(ValidationReport)}, described by
 * {@link PolicyJson#reportSchema()}, so an application can return a report from an HTTP API or store it. It touches no type
 * outside Frivillig's, and uses no polymorphic typing by class name. Unlike {@link PolicyJson}, a mapper stops at
 * the first problem and throws a {@link DatabindException} naming it and its location.
 * <p>
 * The module is also found through {@link java.util.ServiceLoader} ({@code findAndAddModules}).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class FrivilligModule extends JacksonModule {

    /**
     * Every codelist of the model, written as its code: those of the format, and those of validation reports,
     * the register and comparisons, which applications may serialize too. A test checks that none is missing.
     */
    static final List<Class<? extends Enum<?>>> CODELISTS = List.of(
            PolicyKind.class, PolicyStatus.class, PrincipleKind.class, MeasureStatus.class, DecisionKind.class,
            GoverningBodyKind.class, FoundationKind.class, SourceKind.class, OrganisationKind.class,
            IdentifierScheme.class, GroupKind.class, GroupStatus.class, MemberRole.class, SelectionMethod.class,
            GroupMember.Type.class, EventKind.class, EventStatus.class, EventAccess.class, PartOfDay.class,
            InputKind.class, Disposition.class,
            InputChannel.class, Audience.class, SpeakerRole.class, Theme.class, IcnpoCode.class,
            NationalFramework.class, Country.class, CountQualifier.class, MunicipalityChange.class,
            ReferenceKind.class, VoteOutcome.class, PartKind.class, RelationKind.class, StatutoryRole.class,
            PartySide.class, ReviewKind.class, DecisionStatus.class, EventPhase.class,
            Severity.class, CompletenessCriterion.class, CriterionOutcome.class, CoverageSource.class);

    /** The scalar types of the format, each written as a JSON string or a plain object. */
    static final List<Class<?>> SCALARS = List.of(LocalId.class, PolicyId.class, PartialDate.class,
            OrganisationIdentifier.class, LocalizedText.class, ExtensionValue.class);

    private static final Version VERSION = VersionUtil.parseVersion(
            FrivilligModule.class.getPackage().getImplementationVersion(), "io.github.frivillig", "frivillig-json");

    /**
     * Creates the module.
     */
    public FrivilligModule() {
    }

    @Override
    public String getModuleName() {
        return "frivillig";
    }

    @Override
    public Version version() {
        return VERSION;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void setupModule(SetupContext context) {
        SimpleSerializers serializers = new SimpleSerializers();
        SimpleDeserializers deserializers = new SimpleDeserializers();
        List<Class<?>> types = new ArrayList<>(PolicyReader.readableTypes());
        types.addAll(SCALARS);
        types.addAll(CODELISTS);
        for (Class<?> type : types) {
            serializers.addSerializer((Class) type, new Serializer<>(PolicyWriter::writeValue));
            deserializers.addDeserializer((Class) type, new FormatDeserializer<>(type));
        }
        // Values of the sealed families are written through their interface's serializer.
        for (Class<?> member : GroupMember.class.getPermittedSubclasses()) {
            serializers.addSerializer((Class) member, new Serializer<>(PolicyWriter::writeValue));
        }
        for (Class<?> value : ExtensionValue.class.getPermittedSubclasses()) {
            serializers.addSerializer((Class) value, new Serializer<>(PolicyWriter::writeValue));
        }
        serializers.addSerializer(ValidationReport.class, new Serializer<>(ReportFormat::write));
        deserializers.addDeserializer(ValidationReport.class, new Deserializer<>(ReportFormat::readReport));
        serializers.addSerializer(Violation.class, new Serializer<>(ReportFormat::write));
        deserializers.addDeserializer(Violation.class, new Deserializer<>(ReportFormat::readViolation));
        context.addSerializers(serializers);
        context.addDeserializers(deserializers);
    }

    /**
     * Writes a value with one of the format's own writers: {@link PolicyWriter} for the values of a policy,
     * {@link ReportFormat} for reports and violations.
     */
    private static final class Serializer<T> extends ValueSerializer<T> {
        private final BiConsumer<JsonGenerator, T> writer;

        Serializer(BiConsumer<JsonGenerator, T> writer) {
            this.writer = writer;
        }

        @Override
        public void serialize(T value, JsonGenerator generator, SerializationContext context) {
            writer.accept(generator, value);
        }
    }

    /** Reads a report or a violation with {@link ReportFormat}, failing at the first problem. */
    private static final class Deserializer<T> extends ValueDeserializer<T> {
        private final Function<JsonParser, T> reader;

        Deserializer(Function<JsonParser, T> reader) {
            this.reader = reader;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) {
            return reader.apply(parser);
        }
    }

    /** Reads a value of one type of the format with {@link PolicyReader}, failing at the first problem. */
    private static final class FormatDeserializer<T> extends ValueDeserializer<T> {
        private final Class<T> type;

        FormatDeserializer(Class<T> type) {
            this.type = type;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) {
            Problems problems = new Problems(Locale.ENGLISH, 1, 0, "", true);
            try {
                return new PolicyReader(parser, problems, false).readValue(type);
            } catch (Problems.Failure failure) {
                Violation violation = failure.violation();
                throw DatabindException.from(parser, violation.code() + " at '" + violation.pointer() + "'"
                        + violation.location().map(at -> " (line " + at.line() + ", column " + at.column() + ")")
                                .orElse("")
                        + ": " + violation.message());
            }
        }
    }
}
