package io.github.frivillig.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import io.github.frivillig.test.PolicyGenerator;
import io.github.frivillig.core.validation.Severity;
import io.github.frivillig.core.validation.ValidationReport;
import io.github.frivillig.core.validation.Violation;
import io.github.frivillig.json.internal.PolicyReader;

/**
 * Well-formed JSON of the wrong shape: something other than an object at the root, a value of the wrong type at
 * every key of every object type of the format, and huge arrays of wrong elements. The only outcomes allowed are a
 * policy or a report; a wrong type is reported at exactly its place, and reading goes on past it.
 */
class HostileShapeTest {

    private static final PolicyJson JSON = PolicyJson.standard();
    private static final JsonMapper TREES = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Values of each JSON type, to put where another type belongs. */
    private static final Map<String, JsonNode> WRONG = new LinkedHashMap<>();

    static {
        WRONG.put("string", NODES.stringNode("${jndi:ldap://x}"));
        WRONG.put("integer", NODES.numberNode(7));
        WRONG.put("decimal", NODES.numberNode(new java.math.BigDecimal("1.50")));
        WRONG.put("boolean", NODES.booleanNode(true));
        WRONG.put("null", NODES.nullNode());
        WRONG.put("array", NODES.arrayNode().add("x"));
        WRONG.put("object", NODES.objectNode().put("a", 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "[{\"formatVersion\": \"1.0\"}]", "\"policy\"", "1", "-0.5e3", "true", "false",
        "null", "\"{\\\"formatVersion\\\": \\\"1.0\\\"}\""})
    void aRootThatIsNotAnObjectIsNotAPolicy(String json) {
        Throwable thrown = catchThrowable(() -> JSON.read(json));

        assertThat(thrown).isInstanceOf(PolicyFormatException.class);
        ValidationReport report = ((PolicyFormatException) thrown).report();
        assertThat(report.errors()).extracting(Violation::code, Violation::pointer)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("format.not-a-policy", ""));
        assertThat(JSON.validate(json, Locale.ENGLISH).errors()).extracting(Violation::code)
                .containsExactly("format.not-a-policy");
    }

    /**
     * Documents that, between them, use every key of every object type of the format: generated policies are
     * taken until no key is missing.
     */
    static List<JsonNode> documentsUsingEveryKey() {
        Set<String> wanted = new TreeSet<>();
        for (Class<?> type : PolicyReader.readableTypes()) {
            wanted.addAll(PolicyReader.keys(type));
        }
        wanted.add("extensions");
        List<JsonNode> documents = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (long seed = 0; seed < 500 && !seen.containsAll(wanted); seed++) {
            JsonNode document = TREES.readTree(JSON.write(PolicyGenerator.generate(seed, 3)));
            Set<String> keys = new HashSet<>();
            collectKeys(document, keys);
            if (!seen.containsAll(keys)) {
                seen.addAll(keys);
                documents.add(document);
            }
        }
        wanted.removeAll(seen);
        assertThat(wanted).as("keys that no generated policy uses").isEmpty();
        return documents;
    }

    /** One case per place (array positions folded together) and JSON type that does not belong there. */
    static Stream<Arguments> wrongTypes() {
        List<Arguments> cases = new ArrayList<>();
        Set<String> places = new HashSet<>();
        for (JsonNode document : documentsUsingEveryKey()) {
            List<String> pointers = new ArrayList<>();
            collectPointers(document, "", pointers);
            for (String pointer : pointers) {
                if (pointer.isEmpty() || !places.add(pointer.replaceAll("/\\d+", "/#"))) {
                    continue;
                }
                JsonNode original = document.at(pointer);
                for (Map.Entry<String, JsonNode> wrong : WRONG.entrySet()) {
                    if (!sameType(pointer, original, wrong.getValue())) {
                        cases.add(Arguments.of(pointer, wrong.getKey(), replace(document, pointer, wrong.getValue())));
                    }
                }
            }
        }
        return cases.stream();
    }

    @Test
    void thereIsAWrongTypeCaseForEveryKeyOfTheFormat() {
        Set<String> keys = new TreeSet<>();
        wrongTypes().forEach(arguments -> {
            String pointer = (String) arguments.get()[0];
            keys.add(pointer.substring(pointer.lastIndexOf('/') + 1));
        });
        for (Class<?> type : PolicyReader.readableTypes()) {
            assertThat(keys).containsAll(PolicyReader.keys(type));
        }
    }

    @ParameterizedTest(name = "{1} at {0}")
    @MethodSource("wrongTypes")
    void aWrongTypeIsReportedAtItsPlace(String pointer, String type, byte[] json) {
        Throwable thrown = catchThrowable(() -> JSON.read(json));
        ValidationReport report = JSON.validate(json, Locale.ENGLISH);

        if (pointer.matches(".*/extensions/.+")) {
            // Any value at all may stand inside extensions: it is kept, not checked.
            assertThat(thrown).isNull();
            assertThat(report.violations()).noneMatch(v -> v.code().startsWith("format."));
            return;
        }
        assertThat(thrown).as("%s at %s", type, pointer).isInstanceOf(PolicyFormatException.class);
        FormatViolations.assertLocated(((PolicyFormatException) thrown).report(), json);
        FormatViolations.assertLocated(report, json);
        assertThat(report.errors()).filteredOn(v -> v.pointer().equals(pointer))
                .extracting(Violation::code).containsAnyOf("format.wrong-type", "format.null");
        assertThat(report.errors()).allMatch(v -> v.severity() == Severity.ERROR);
    }

    static Stream<String> lists() {
        List<String> lists = new ArrayList<>();
        Set<String> places = new HashSet<>();
        for (JsonNode document : documentsUsingEveryKey()) {
            List<String> pointers = new ArrayList<>();
            collectPointers(document, "", pointers);
            for (String pointer : pointers) {
                if (document.at(pointer).isArray() && !pointer.contains("/extensions")
                        && places.add(pointer.replaceAll("/\\d+", "/#"))) {
                    lists.add(pointer);
                }
            }
        }
        return lists.stream();
    }

    /** A list of 200 000 numbers where objects, strings or codes belong: reading stops at the problem limit. */
    @ParameterizedTest
    @MethodSource("lists")
    void aHugeListOfWrongElementsStopsAtTheProblemLimit(String pointer) {
        JsonNode document = documentsUsingEveryKey().stream().filter(d -> !d.at(pointer).isMissingNode())
                .findFirst().orElseThrow();
        ArrayNode huge = NODES.arrayNode();
        for (int i = 0; i < 200_000; i++) {
            huge.add(i % 2 == 0 ? NODES.numberNode(i) : NODES.booleanNode(false));
        }
        byte[] json = replace(document, pointer, huge);
        int maxProblems = ReadLimits.defaults().maxProblems();

        long start = System.nanoTime();
        Throwable thrown = catchThrowable(() -> JSON.read(json));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(thrown).isInstanceOf(PolicyFormatException.class);
        List<Violation> errors = ((PolicyFormatException) thrown).report().errors();
        assertThat(errors).hasSizeBetween(maxProblems, maxProblems + 1);
        assertThat(errors.get(errors.size() - 1).code()).isEqualTo("format.too-many-problems");
        assertThat(errors.get(0).pointer()).startsWith(pointer + "/");
        assertThat(millis).as("milliseconds to reject").isLessThan(5_000);
    }

    /** Whether a value may stand where the original did: any number may where a number does, except in counts. */
    private static boolean sameType(String pointer, JsonNode original, JsonNode value) {
        if (original.isNumber() && value.isNumber()) {
            boolean count = pointer.matches(".*/participation/[A-Za-z]+/value");
            return !count || value.isIntegralNumber();
        }
        return original.getNodeType() == value.getNodeType();
    }

    private static byte[] replace(JsonNode document, String pointer, JsonNode value) {
        JsonNode copy = document.deepCopy();
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = copy.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
        if (parent instanceof ObjectNode object) {
            object.set(last, value);
        } else {
            ((ArrayNode) parent).set(Integer.parseInt(last), value);
        }
        return TREES.writeValueAsBytes(copy);
    }

    private static void collectKeys(JsonNode node, Set<String> keys) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                keys.add(member.getKey());
                collectKeys(member.getValue(), keys);
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                collectKeys(element, keys);
            }
        }
    }

    private static void collectPointers(JsonNode node, String pointer, List<String> pointers) {
        pointers.add(pointer);
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                String key = member.getKey().replace("~", "~0").replace("/", "~1");
                collectPointers(member.getValue(), pointer + "/" + key, pointers);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectPointers(node.get(i), pointer + "/" + i, pointers);
            }
        }
    }

    @Test
    void everyGeneratedDocumentItselfReadsWithoutFormatProblems() {
        for (JsonNode document : documentsUsingEveryKey()) {
            byte[] json = TREES.writeValueAsBytes(document);
            assertThat(JSON.validate(json, Locale.ENGLISH).violations()).noneMatch(v -> v.code().startsWith("format."));
        }
    }
}
