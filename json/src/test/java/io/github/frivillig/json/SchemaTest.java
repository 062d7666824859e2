package io.github.frivillig.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.frivillig.core.code.Codelists;
import io.github.frivillig.core.code.Coded;
import io.github.frivillig.test.PolicyGenerator;
import io.github.frivillig.core.fixtures.SeedPolicies;
import io.github.frivillig.core.municipality.Country;
import io.github.frivillig.core.municipality.MunicipalityChange;
import io.github.frivillig.core.organisation.GroupMember;
import io.github.frivillig.core.organisation.IdentifierScheme;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.policy.PolicyId;
import io.github.frivillig.core.text.Languages;
import io.github.frivillig.core.validation.Severity;
import io.github.frivillig.core.validation.ValidationReport;
import io.github.frivillig.core.validation.Violation;
import io.github.frivillig.core.value.Count;
import io.github.frivillig.core.value.LocalId;
import io.github.frivillig.core.value.Money;
import io.github.frivillig.core.value.PartialDate;
import io.github.frivillig.core.value.Period;
import io.github.frivillig.json.internal.FormatModel;
import io.github.frivillig.json.internal.ObjectType;
import io.github.frivillig.json.internal.PolicyReader;

/**
 * The JSON Schema of the format: shipped unchanged in the jar and in {@code docs/}, a valid draft 2020-12 schema,
 * passed by every document Frivillig writes, failed by documents with a structural error, and in step with the
 * reader's keys, the model's required components, the codelists and the parsers of dates, periods, ids and
 * language tags.
 */
class SchemaTest {

    private static final String DOCS_COPY = "../docs/schema/policy-1.1.schema.json";
    private static final PolicyJson JSON = PolicyJson.standard();
    private static final Schema SCHEMA = Schemas.of(PolicyJson.schema());
    private static final JsonNode TREE = JsonMapper.shared().readTree(PolicyJson.schema());
    private static final JsonNode DEFS = TREE.get("$defs");

    /** The schema definition of each object type of the format, named as the format model names them. */
    static final Map<Class<?>, String> OBJECT_DEFINITIONS = FormatModel.types().stream()
            .collect(Collectors.toMap(ObjectType::javaType, type -> FormatModel.schemaName(type.javaType())));

    /** The schema definition of each codelist that the format writes as a string code: those the keys use. */
    private static final Map<String, Class<?>> CODELIST_DEFINITIONS = codelistDefinitions();

    private static Map<String, Class<?>> codelistDefinitions() {
        Map<String, Class<?>> definitions = new TreeMap<>();
        for (ObjectType<?> type : FormatModel.types()) {
            for (Class<?> record : type.recordTypes()) {
                for (RecordComponent component : record.getRecordComponents()) {
                    Class<?> used = component.getType() == List.class
                            ? (Class<?>) ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0]
                            : component.getType();
                    if (used.isEnum() && Coded.class.isAssignableFrom(used)) {
                        definitions.put(FormatModel.schemaName(used), used);
                    }
                }
            }
            if (type.javaType() == GroupMember.class) {
                definitions.put(FormatModel.schemaName(GroupMember.Type.class), GroupMember.Type.class);
            }
        }
        return definitions;
    }

    /** Keys the reader requires although no model annotation does: they have no null to annotate. */
    private static final Map<Class<?>, Set<String>> REQUIRED_BY_THE_READER = Map.of(
            Policy.class, Set.of("formatVersion"),
            Money.class, Set.of("amount", "currency"),
            GroupMember.class, Set.of("type"));

    // ---- the published schema --------------------------------------------------------------------------------

    @Test
    void isInTheJarAsItIsInTheDocumentation() throws IOException {
        byte[] docs = Files.readAllBytes(Path.of(DOCS_COPY));

        assertThat(PolicyJson.schema()).isEqualTo(new String(docs, StandardCharsets.UTF_8));
    }

    @Test
    void theSchemaOfVersionOneZeroStillShipsAndPassesADocumentOfThatVersion() throws IOException {
        byte[] docs = Files.readAllBytes(Path.of("../docs/schema/policy-1.0.schema.json"));
        byte[] jar;
        try (InputStream in = PolicyJson.class.getResourceAsStream("policy-1.0.schema.json")) {
            jar = in.readAllBytes();
        }
        Schema oneZero = Schemas.of(new String(jar, StandardCharsets.UTF_8));
        String document = JSON.write(SeedPolicies.hjorring()).replace("\"formatVersion\":\"1.1\"",
                "\"formatVersion\":\"1.0\"");

        assertThat(jar).isEqualTo(docs);
        assertThat(oneZero.validate(document, InputFormat.JSON)).isEmpty();
        assertThat(SCHEMA.validate(document, InputFormat.JSON)).isEmpty();
        assertThat(JSON.validate(document, Locale.ENGLISH).isValid()).isTrue();
    }

    @Test
    void isAValidDraft202012SchemaNamingItsVersion() {
        Schema metaSchema = Schemas.metaSchema();

        assertThat(metaSchema.validate(TREE)).isEmpty();
        assertThat(TREE.get("$schema").stringValue()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(TREE.get("$id").stringValue()).isEqualTo("https://frivillig.github.io/schema/policy-"
                + PolicyReader.FORMAT_VERSION + ".schema.json");
        assertThat(TREE.get("title").stringValue()).contains("format version " + PolicyReader.FORMAT_VERSION);
        assertThat(TREE.get("$ref").stringValue()).isEqualTo("#/$defs/policy");
        JsonNode formatVersion = DEFS.get("policy").get("properties").get("formatVersion");
        assertThat(strings(formatVersion.get("enum"))).isEqualTo(PolicyReader.FORMAT_VERSIONS);
        assertThat(strings(DEFS.get("policy").get("required"))).startsWith("formatVersion");
    }

    // ---- what Frivillig writes passes ------------------------------------------------------------------------

    static List<Policy> seeds() {
        return SeedPolicies.all();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void passesEverySeedPolicy(Policy policy) {
        assertThat(schemaErrors(JSON.write(policy))).isEmpty();
    }

    @Test
    void passesGeneratedPoliciesThatUseEveryField() {
        for (long seed = 0; seed < 500; seed++) {
            assertThat(schemaErrors(JSON.write(PolicyGenerator.generate(seed)))).as("seed %d", seed).isEmpty();
        }
    }

    @Test
    void passesAMinimalPolicy() throws IOException {
        byte[] json = resource("/minimal-policy.json");

        assertThat(schemaErrors(new String(json, StandardCharsets.UTF_8))).isEmpty();
        assertThat(JSON.validate(json, Locale.ENGLISH).errors()).isEmpty();
    }

    // ---- documents with one structural error fail, in the schema and in Frivillig ---------------------------

    static List<Arguments> structuralErrors() {
        return List.of(
                arguments("unknown-key", "format.unknown-key", "/colour"),
                arguments("unknown-key-nested", "format.unknown-key", "/municipality/population"),
                arguments("text-as-string", "format.wrong-type", "/title"),
                arguments("code-as-number", "format.wrong-type", "/kind"),
                arguments("list-as-object", "format.wrong-type", "/measures"),
                arguments("string-as-boolean", "format.wrong-type", "/language"),
                arguments("extensions-not-an-object", "format.wrong-type", "/extensions"),
                arguments("not-an-object", "format.not-a-policy", ""),
                arguments("unknown-code", "format.unknown-code", "/kind"),
                arguments("unknown-code-in-list", "format.unknown-code", "/measures/0/themes/0"),
                arguments("partial-date-malformed", "format.malformed-value", "/decisions/0/date"),
                arguments("partial-date-month-13", "format.malformed-value", "/decisions/0/date"),
                arguments("partial-date-not-leap-year", "format.malformed-value", "/decisions/0/date"),
                arguments("partial-date-season-of-unknown-year", "format.malformed-value", "/decisions/0/date"),
                arguments("full-date-malformed", "format.malformed-value", "/sources/0/retrieved"),
                arguments("time-with-dot", "format.malformed-value", "/events/0/startTime"),
                arguments("time-hour-24", "format.malformed-value", "/events/0/startTime"),
                arguments("time-without-leading-zero", "format.malformed-value", "/events/0/startTime"),
                arguments("uri-relative", "format.malformed-value", "/decisions/0/url"),
                arguments("currency-unknown", "format.malformed-value", "/measures/0/budget/currency"),
                arguments("period-malformed", "format.malformed-value", "/followUp/revisionInterval"),
                arguments("identifier-without-scheme", "format.malformed-value", "/organisations/0/identifier"),
                arguments("identifier-unknown-scheme", "format.unknown-code", "/organisations/0/identifier"),
                arguments("null-value", "format.null", "/vision"),
                arguments("null-in-list", "format.wrong-type", "/organisations/0"),
                arguments("null-in-text", "format.wrong-type", "/title/nn"),
                arguments("format-version-missing", "format.missing-key", ""),
                arguments("format-version-unsupported", "format.version-unsupported", "/formatVersion"),
                arguments("format-version-as-number", "format.wrong-type", "/formatVersion"),
                arguments("count-negative", "number.negative", "/events/0/participation/attendees/value"),
                arguments("count-fraction", "format.wrong-type", "/events/0/participation/attendees/value"),
                arguments("count-too-large", "format.number-range", "/events/0/participation/attendees/value"),
                arguments("count-without-value", "count.value-missing", "/events/0/participation/attendees"),
                arguments("money-without-currency", "format.missing-key", "/measures/0/budget"),
                arguments("member-without-type", "format.missing-key", "/referenceGroups/0/members/0"),
                arguments("member-type-unknown", "format.unknown-code", "/referenceGroups/0/members/0/type"),
                arguments("member-organisation-on-citizen", "format.unknown-key",
                        "/referenceGroups/0/members/0/organisation"),
                arguments("member-party-on-organisation-representative", "format.unknown-key",
                        "/referenceGroups/0/members/0/party"),
                arguments("member-elected-without-person", "required", "/referenceGroups/0/members/0/person"),
                arguments("required-key-missing", "required", "/municipality"),
                arguments("required-nested-key-missing", "required", "/organisations/0/kind"),
                arguments("local-id-malformed", "id.malformed", "/organisations/0/id"),
                arguments("policy-id-malformed", "policy-id.malformed", "/id"),
                arguments("name-blank", "blank", "/organisations/0/name"),
                arguments("text-empty", "text.empty", "/title"),
                arguments("text-blank", "text.blank", "/title/nb"),
                arguments("text-language-tag-malformed", "text.language-tag", "/title/nb_NO"),
                arguments("language-tag-malformed", "language-tag.malformed", "/language"),
                arguments("municipality-code-format", "municipality.code-format", "/municipality/code"),
                arguments("input-declined-without-reason", "input.disposition-reason-missing",
                        "/inputs/0/dispositionReason"),
                arguments("principle-without-text", "principle.no-text", "/principles/0"),
                arguments("foundation-unnamed", "foundation.unnamed", "/foundations/0"),
                arguments("adopted-without-adoption", "policy.adoption-missing", "/decisions"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("structuralErrors")
    void failsADocumentWithAStructuralErrorAsFrivilligDoesAndAtTheSamePlace(String name, String code, String pointer)
            throws IOException {
        byte[] json = resource("/structural-errors/" + name + ".json");

        ValidationReport report = JSON.validate(json, Locale.ENGLISH);
        List<Error> schemaErrors = schemaErrors(new String(json, StandardCharsets.UTF_8));

        assertThat(report.errors()).extracting(Violation::code, Violation::pointer)
                .containsExactly(tuple(code, pointer));
        assertThat(schemaErrors).isNotEmpty();
        assertThat(schemaErrors).flatExtracting(SchemaTest::places).contains(pointer);
    }

    @Test
    void hasAnExpectationForEveryStructuralErrorFile() throws IOException, URISyntaxException {
        Set<String> files;
        try (Stream<Path> list = Files.list(Path.of(SchemaTest.class.getResource("/structural-errors").toURI()))) {
            files = list.map(path -> path.getFileName().toString().replaceFirst("\\.json$", ""))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<Object> expected = structuralErrors().stream().map(arguments -> arguments.get()[0])
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(files).hasSizeGreaterThanOrEqualTo(25).isEqualTo(expected);
    }

    /** Where a schema error is: its instance, and the property of the instance that it names, if any. */
    private static List<String> places(Error error) {
        String instance = error.getInstanceLocation().toString();
        if (error.getProperty() == null) {
            return List.of(instance);
        }
        return List.of(instance, instance + "/" + error.getProperty().replace("~", "~0").replace("/", "~1"));
    }

    // ---- the schema is in step with the code -----------------------------------------------------------------

    @Test
    void hasADefinitionForEveryObjectTypeWithExactlyTheReadersKeysInTheirOrder() {
        assertThat(OBJECT_DEFINITIONS.keySet()).isEqualTo(PolicyReader.readableTypes());
        OBJECT_DEFINITIONS.forEach((type, definition) -> {
            JsonNode node = DEFS.get(definition);
            assertThat(node).as(definition).isNotNull();
            assertThat(node.get("type").stringValue()).as(definition).isEqualTo("object");
            assertThat(new ArrayList<>(node.get("properties").propertyNames())).as(definition)
                    .isEqualTo(PolicyReader.keys(type));
        });
    }

    @Test
    void requiresExactlyTheComponentsTheModelRequires() {
        OBJECT_DEFINITIONS.forEach((type, definition) -> {
            if (type == GroupMember.class) {
                return;
            }
            Set<String> required = new HashSet<>(requiredComponents(type));
            required.addAll(REQUIRED_BY_THE_READER.getOrDefault(type, Set.of()));

            assertThat(Set.copyOf(strings(DEFS.get(definition).path("required")))).as(definition)
                    .isEqualTo(required);
        });
    }

    @Test
    void describesEachKindOfGroupMemberWithItsOwnKeysAndRequiredKeys() throws ReflectiveOperationException {
        JsonNode member = DEFS.get("groupMember");
        List<String> types = new ArrayList<>();
        for (JsonNode branch : member.get("oneOf")) {
            types.add(branch.get("properties").get("type").get("const").stringValue());
        }
        assertThat(types).isEqualTo(Codelists.codes(GroupMember.Type.class));

        for (Class<?> kind : GroupMember.class.getPermittedSubclasses()) {
            RecordComponent[] components = kind.getRecordComponents();
            GroupMember instance = (GroupMember) kind.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new))
                    .newInstance(new Object[components.length]);
            JsonNode branch = member.get("oneOf").get(types.indexOf(instance.type().code()));

            Set<String> allowed = new HashSet<>(member.get("properties").propertyNames());
            branch.get("properties").properties().stream()
                    .filter(property -> property.getValue().isBoolean() && !property.getValue().booleanValue())
                    .forEach(property -> allowed.remove(property.getKey()));
            Set<String> keys = Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.toSet());
            keys.add("type");
            assertThat(allowed).as(kind.getSimpleName()).isEqualTo(keys);

            Set<String> required = new HashSet<>(strings(member.get("required")));
            required.addAll(strings(branch.path("required")));
            Set<String> expected = new HashSet<>(requiredComponents(kind));
            expected.add("type");
            assertThat(required).as(kind.getSimpleName()).isEqualTo(expected);
        }
    }

    @Test
    void hasEveryCodelistOfTheFormatWithExactlyItsCodes() {
        CODELIST_DEFINITIONS.forEach((definition, codelist) -> {
            JsonNode node = DEFS.get(definition);
            assertThat(node).as(definition).isNotNull();
            assertThat(strings(node.get("enum"))).as(definition).isEqualTo(codes(codelist));
        });
        Set<String> definitionsWithEnum = new TreeSet<>();
        DEFS.properties().forEach(entry -> {
            if (entry.getValue().has("enum")) {
                definitionsWithEnum.add(entry.getKey());
            }
        });
        assertThat(definitionsWithEnum).isEqualTo(new TreeSet<>(CODELIST_DEFINITIONS.keySet()));

        // Every codelist of the model is in the schema, except those that are not part of the format.
        Set<Class<?>> inSchema = new HashSet<>(CODELIST_DEFINITIONS.values());
        inSchema.add(IdentifierScheme.class);
        // Validation severities, register changes and comparison results are not part of a policy document.
        Set<Class<?>> notInTheFormat = Set.of(Severity.class, MunicipalityChange.class,
                io.github.frivillig.core.dataset.CompletenessCriterion.class,
                io.github.frivillig.core.dataset.CriterionOutcome.class,
                io.github.frivillig.core.dataset.CoverageSource.class);
        new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.github.frivillig.core").stream()
                .filter(JavaClass::isEnum)
                .filter(type -> type.isAssignableTo(Coded.class))
                .map(JavaClass::reflect)
                .filter(type -> !notInTheFormat.contains(type))
                .forEach(type -> assertThat(inSchema).as(type.getName()).contains(type));
    }

    @Test
    void allowsExactlyTheIdentifierSchemesAsPrefixes() {
        assertThat(pattern("identifier"))
                .isEqualTo("^(" + String.join("|", Codelists.codes(IdentifierScheme.class)) + "):.+$");
    }

    @Test
    void checksEachCountrysMunicipalityCodeLength() {
        JsonNode conditions = DEFS.get("municipality").get("allOf");
        for (Country country : Country.values()) {
            List<String> patterns = new ArrayList<>();
            for (JsonNode condition : conditions) {
                if (strings(condition.get("if").get("properties").get("country").get("enum")).contains(country.code())) {
                    patterns.add(condition.get("then").get("properties").get("code").get("pattern").stringValue());
                }
            }
            assertThat(patterns).as(country.code())
                    .containsExactly("^[0-9]{" + country.municipalityCodeLength() + "}$");
        }
    }

    // ---- the schema's style ----------------------------------------------------------------------------------

    @Test
    void describesEveryDefinitionAndProperty() {
        DEFS.properties().forEach(definition -> {
            assertThat(definition.getValue().path("description").asString()).as(definition.getKey()).isNotBlank();
            definition.getValue().path("properties").properties().forEach(property ->
                    assertThat(property.getValue().path("description").asString())
                            .as(definition.getKey() + "." + property.getKey()).isNotBlank());
        });
    }

    @Test
    void closesEveryObjectExceptTextsAndExtensions() {
        DEFS.properties().forEach(definition -> {
            JsonNode node = definition.getValue();
            if (node.has("properties")) {
                assertThat(node.get("additionalProperties").isBoolean()).as(definition.getKey()).isTrue();
                assertThat(node.get("additionalProperties").booleanValue()).as(definition.getKey()).isFalse();
            }
        });
        JsonNode text = DEFS.get("localizedText");
        assertThat(text.get("propertyNames").get("$ref").stringValue()).isEqualTo("#/$defs/languageTag");
        assertThat(text.get("additionalProperties").get("$ref").stringValue()).isEqualTo("#/$defs/nonBlankString");
        assertThat(text.get("minProperties").intValue()).isEqualTo(1);
        assertThat(DEFS.get("extensions").has("additionalProperties")).isFalse();
        assertThat(DEFS.get("extensions").get("type").stringValue()).isEqualTo("object");
    }

    @Test
    void anchorsEveryPattern() {
        List<String> patterns = new ArrayList<>();
        collectPatterns(TREE, patterns::add);

        assertThat(patterns).hasSizeGreaterThanOrEqualTo(10)
                .allSatisfy(pattern -> assertThat(pattern).startsWith("^").endsWith("$"));
    }

    /**
     * The schema compiles in the strict mode of Ajv, the most used JSON Schema validator of JavaScript, where every
     * keyword that applies to one type of value states that type, and every subschema that requires a key defines
     * it: the rules "strictTypes" and "strictRequired" of its documentation (ajv.js.org/strict-mode.html), checked
     * here since the build has no JavaScript.
     */
    @Test
    void meetsTheStrictModeOfAjv() {
        List<String> problems = new ArrayList<>();
        strictMode(TREE, "", false, false, problems);

        assertThat(problems).isEmpty();
    }

    private static final Set<String> IN_CONDITIONS = Set.of("allOf", "anyOf", "oneOf", "if", "then", "else", "not");

    private static void strictMode(JsonNode schema, String pointer, boolean inCondition, boolean inContains,
            List<String> problems) {
        if (!schema.isObject()) {
            return;
        }
        if (schema.has("pattern") && !schema.has("type")) {
            problems.add(pointer + ": pattern without type string");
        }
        if (schema.has("contains") && !schema.has("type")) {
            problems.add(pointer + ": contains without type array");
        }
        if (inContains && (schema.has("properties") || schema.has("required")) && !schema.has("type")) {
            problems.add(pointer + ": properties of an element without type object");
        }
        if (inCondition && schema.has("required")) {
            for (JsonNode key : schema.get("required")) {
                if (!schema.has("properties") || !schema.get("properties").has(key.stringValue())) {
                    problems.add(pointer + ": requires " + key.stringValue() + " but does not define it");
                }
            }
        }
        schema.properties().forEach(entry -> {
            String key = entry.getKey();
            JsonNode value = entry.getValue();
            String at = pointer + "/" + key;
            if (Set.of("allOf", "anyOf", "oneOf").contains(key)) {
                for (int i = 0; i < value.size(); i++) {
                    strictMode(value.get(i), at + "/" + i, true, false, problems);
                }
            } else if (IN_CONDITIONS.contains(key)) {
                strictMode(value, at, true, false, problems);
            } else if (key.equals("contains")) {
                strictMode(value, at, true, true, problems);
            } else if (Set.of("properties", "$defs", "patternProperties").contains(key)) {
                value.properties().forEach(child -> strictMode(child.getValue(), at + "/" + child.getKey(), false,
                        false, problems));
            } else if (Set.of("items", "additionalProperties", "propertyNames").contains(key)) {
                strictMode(value, at, false, false, problems);
            }
        });
    }

    private static void collectPatterns(JsonNode node, Consumer<String> patterns) {
        if (node.isObject()) {
            node.properties().forEach(entry -> {
                if (entry.getKey().equals("pattern") && entry.getValue().isString()) {
                    patterns.accept(entry.getValue().stringValue());
                } else {
                    collectPatterns(entry.getValue(), patterns);
                }
            });
        } else if (node.isArray()) {
            node.forEach(element -> collectPatterns(element, patterns));
        }
    }

    // ---- the patterns agree with the parsers -----------------------------------------------------------------

    @Test
    void partialDatePatternAcceptsExactlyWhatPartialDateParses() {
        Pattern pattern = Pattern.compile(pattern("partialDate"));
        List<String> candidates = new ArrayList<>(List.of("", "2017-1", "2017-10-1", "2017/10/25", "2017-10-25T10:00",
                " 2017", "2017 ", "-2017", "+2017", "20170", "17", "XXXX", "xxxx-09", "XXXX-XX", "2017-XX", "ⅯⅯⅩⅦ"));
        for (String year : List.of("0000", "0001", "0004", "0100", "0400", "1582", "1900", "2000", "2004", "2016",
                "2017", "2023", "2024", "2100", "2400", "9999", "XXXX", "20X7", "X017", "２０１７")) {
            candidates.add(year);
            for (int second = 0; second < 100; second++) {
                candidates.add(year + "-" + twoDigits(second));
            }
            for (int month = 0; month <= 13; month++) {
                for (int day = 0; day <= 32; day++) {
                    candidates.add(year + "-" + twoDigits(month) + "-" + twoDigits(day));
                }
            }
        }
        for (int year = 0; year <= 9999; year++) {
            candidates.add(String.format(Locale.ROOT, "%04d-02-29", year));
        }

        assertAgreement(pattern, candidates, text -> {
            try {
                PartialDate.parse(text);
                return true;
            } catch (DateTimeException e) {
                return false;
            }
        });
    }

    @Test
    void isoPeriodPatternAcceptsExactlyWhatJavaTimeParses() {
        Pattern pattern = Pattern.compile(pattern("isoPeriod"));
        List<String> candidates = new ArrayList<>(List.of("P4Y", "P1Y6M", "P2W", "P10D", "P1Y2M3W4D", "p4y", "P-1Y",
                "-P1Y", "+P1Y-2M", "P", "PT1H", "P1.5Y", "P1Y1Y", "P1M1Y", "4Y", "P 4Y", "P4Y ", ""));
        // Short enough that no number overflows an int, which only Period.parse checks.
        String alphabet = "Pp+-0123456789YMWDymwdT ";
        SplittableRandom random = new SplittableRandom(20_261_123);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder text = new StringBuilder(random.nextInt(3) == 0 ? "" : "P");
            for (int length = random.nextInt(9); text.length() < length; ) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            candidates.add(text.toString());
        }

        assertAgreement(pattern, candidates, text -> {
            try {
                java.time.Period.parse(text);
                return true;
            } catch (DateTimeException e) {
                return false;
            }
        });
    }

    @Test
    void idPatternsAcceptExactlyTheWellFormedIds() {
        Pattern localId = Pattern.compile(pattern("localId"));
        Pattern policyId = Pattern.compile(pattern("policyId"));
        String alphabet = "abz09-._Aé \n";
        SplittableRandom random = new SplittableRandom(7);
        List<String> candidates = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            int length = random.nextInt(140);
            StringBuilder text = new StringBuilder(length);
            for (int j = 0; j < length; j++) {
                // Mostly characters that ids may hold, so that long well-formed ids come up too.
                text.append(random.nextInt(50) == 0 ? alphabet.charAt(random.nextInt(alphabet.length()))
                        : alphabet.charAt(random.nextInt(5)));
            }
            candidates.add(text.toString());
        }

        assertAgreement(localId, candidates, text -> LocalId.of(text).isWellFormed());
        assertAgreement(policyId, candidates, text -> PolicyId.of(text).isWellFormed());
    }

    @Test
    void languageTagPatternAcceptsTheTagsThatFrivilligDoes() {
        Pattern pattern = Pattern.compile(pattern("languageTag"));
        List<String> candidates = new ArrayList<>(List.of("nb", "nn", "da", "sv", "fi", "en", "se", "NB", "en-GB",
                "nb-NO", "en-t-nb-t0-und", "en-t-t0-und", "se-t-t0-und", "zh-Hant-TW", "es-419", "de-CH-1901",
                "sl-rozaj-biske", "en-US-x-twain", "en-u-ca-gregory", "no-bok", "zh-min-nan", "abcdefgh", "",
                "nb_NO", "x-private", "und", "und-NO", "en-", "-en", "en--GB", "123", "e", "abcdefghi", "en-a",
                "en-x", "en-GB-", "nb NO", "nb-ÆØ"));
        String[] subtags = {"en", "nb", "NB", "sgn", "abcd", "abcdefgh", "abcdefghi", "a", "x", "t", "u", "t0",
            "und", "Latn", "US", "001", "1996", "rozaj", "abc", "12", "ab1", "", "zh", "min", "nan", "a1", "ca",
            "gregory", "Hant", "419"};
        SplittableRandom random = new SplittableRandom(47);
        for (int i = 0; i < 100_000; i++) {
            StringBuilder tag = new StringBuilder();
            for (int count = 1 + random.nextInt(5), j = 0; j < count; j++) {
                tag.append(j == 0 ? "" : "-").append(subtags[random.nextInt(subtags.length)]);
            }
            candidates.add(tag.toString());
        }
        // Where the schema's pattern differs from the JDK's parser: the JDK takes "und-abc" as language abc, and
        // knows the irregular grandfathered tags of RFC 5646.
        Pattern undeterminedWithExtlang = Pattern.compile("(?i)und-[a-z]{3}(-.*)?");
        candidates.removeIf(tag -> undeterminedWithExtlang.matcher(tag).matches() || tag.equals("i-klingon"));

        assertAgreement(pattern, candidates, Languages::isWellFormed);
    }

    @Test
    void nonBlankPatternAcceptsExactlyTheStringsThatAreNotBlank() {
        Pattern pattern = Pattern.compile(pattern("nonBlankString"));
        List<String> candidates = new ArrayList<>(List.of("", " ", "  a  ", "\t\n", "a", "\u00a0", " \u2007 ",
                "\u202f", "\u3000\u3000", "\u3000x\u3000", "line\nbreak", "\n\nx"));
        for (char c = 0; c < Character.MIN_SURROGATE; c++) {
            candidates.add(String.valueOf(c));
            candidates.add(" " + c + " ");
        }
        for (char c = (char) (Character.MAX_SURROGATE + 1); c != 0; c++) {
            candidates.add(String.valueOf(c));
        }

        assertAgreement(pattern, candidates, text -> !text.isBlank());
    }

    /**
     * The schema's {@code format: "uri"} and Frivillig's reading of a web address disagree only where "What the
     * schema does not check" in docs/format.md says they do.
     */
    @Test
    void webAddressesAreJudgedAlikeExceptWhereTheDocumentationSays() throws IOException {
        String minimal = new String(resource("/minimal-policy.json"), StandardCharsets.UTF_8).strip();
        List<String> candidates = List.of("https://www.porsgrunn.kommune.no/frivillighet", "http://example.no",
                "https://example.no/a?b=c#d", "mailto:post@example.no", "urn:isbn:9788202000000", "ftp://example.no/x",
                "https://example.no/%C3%A6", "file:///tmp/x", "https://[2001:db8::1]/", "https://user@example.no:8080/",
                "www.example.no", "/relative/path", "example.no", "", " ", "https://example.no/a b",
                "https://example.no/%zz", "https://example.no/æøå", "https://kragerø.kommune.no/",
                "https://example.no/a|b", "https://example.no/{x}", "https://example.no/a\\b", "https://", "http:",
                "https:foo", "https://example.no:port/", "https://example.no/?a[]=1", "https://exa mple.no/",
                "https://example.no/#a#b", "HTTPS://EXAMPLE.NO/", "https://example.no/\"");
        Map<String, String> disagreements = new LinkedHashMap<>();
        for (String url : candidates) {
            String document = minimal.substring(0, minimal.length() - 1) + ", \"foundations\": [{\"id\": \"f\","
                    + " \"kind\": \"municipal-plan\", \"title\": {\"nb\": \"Plan\"}, \"url\": "
                    + JsonMapper.shared().writeValueAsString(url) + "}]}";
            boolean schema = schemaErrors(document).isEmpty();
            boolean frivillig = JSON.validate(document, Locale.ENGLISH).errors().isEmpty();
            if (schema != frivillig) {
                disagreements.put(url, "schema " + schema + ", Frivillig " + frivillig);
            }
        }
        assertThat(disagreements).containsExactlyInAnyOrderEntriesOf(Map.of(
                // Letters such as æ, ø and å unencoded, which RFC 3986 does not allow.
                "https://example.no/æøå", "schema false, Frivillig true",
                "https://kragerø.kommune.no/", "schema false, Frivillig true",
                // Square brackets outside an IPv6 host, which RFC 3986 reserves for one.
                "https://example.no/?a[]=1", "schema false, Frivillig true",
                // Nothing after the scheme: a URI to RFC 3986, no address to Frivillig.
                "http:", "schema true, Frivillig false",
                "https://", "schema true, Frivillig false"));
    }

    private static void assertAgreement(Pattern pattern, List<String> candidates, Predicate<String> parser) {
        Map<String, Boolean> disagreements = new LinkedHashMap<>();
        for (String candidate : candidates) {
            boolean parsed = parser.test(candidate);
            if (pattern.matcher(candidate).matches() != parsed && disagreements.size() < 20) {
                disagreements.put(candidate, parsed);
            }
        }
        assertThat(disagreements).as("texts the parser accepts (true) or rejects (false), unlike the pattern")
                .isEmpty();
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private static List<Error> schemaErrors(String json) {
        return SCHEMA.validate(json, InputFormat.JSON);
    }

    private static String pattern(String definition) {
        return DEFS.get(definition).get("pattern").stringValue();
    }

    private static Set<String> requiredComponents(Class<?> record) {
        return Arrays.stream(record.getRecordComponents())
                .filter(component -> component.getAccessor().isAnnotationPresent(NotNull.class)
                        || component.getAccessor().isAnnotationPresent(NotBlank.class))
                .map(RecordComponent::getName)
                .collect(Collectors.toSet());
    }

    private static List<String> strings(JsonNode array) {
        List<String> strings = new ArrayList<>();
        array.forEach(element -> strings.add(element.stringValue()));
        return strings;
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = SchemaTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<String> codes(Class<?> codelist) {
        return Codelists.codes((Class) codelist);
    }
}
