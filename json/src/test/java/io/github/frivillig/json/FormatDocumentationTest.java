package io.github.frivillig.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import io.github.frivillig.core.fixtures.SeedPolicies;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.json.internal.PolicyReader;

/**
 * The format's documentation for people who are not Java developers, {@code docs/format.md}, says what the code
 * does: its example is a seed policy as Frivillig writes it, and its tables of keys, problem codes and input limits
 * are those of the reader.
 */
class FormatDocumentationTest {

    private static final Path DOCUMENT = Path.of("../docs/format.md");

    @Test
    void exampleIsTheShortenedHjorringPolicyAsFrivilligWritesIt() throws IOException {
        Policy hjorring = SeedPolicies.hjorring();
        Set<String> droppedMeetings = Set.of("dialogue-meeting-sindal", "dialogue-meeting-hjorring");
        Policy shortened = hjorring.toBuilder()
                .principles(List.of(hjorring.principles().get(0), hjorring.principles().get(4)))
                .events(hjorring.events().stream()
                        .filter(event -> !droppedMeetings.contains(event.id().value())).toList())
                .organisations(hjorring.organisations().stream()
                        .filter(organisation -> !organisation.id().value().equals("center-for-frivilligt-socialt-arbejde"))
                        .toList())
                .build();

        String document = Files.readString(DOCUMENT);
        String written = PolicyJson.builder().prettyPrint().build().write(shortened);
        if (Boolean.getBoolean("frivillig.regenerate")) {
            // See CONTRIBUTING.md: the example is rewritten from the fixture instead of compared with it.
            Files.writeString(DOCUMENT, document.replace(jsonBlock(document), written));
        }
        String example = jsonBlock(Files.readString(DOCUMENT));

        assertThat(example).isEqualTo(written);
        assertThat(PolicyJson.standard().validate(example, Locale.ENGLISH).violations()).isEmpty();
    }

    @Test
    void listsTheKeysOfEveryObjectTypeInTheOrderTheyAreWritten() throws IOException {
        List<String> lines = Files.readAllLines(DOCUMENT);
        SchemaTest.OBJECT_DEFINITIONS.forEach((type, definition) ->
                assertThat(firstColumn(lines, "### `" + definition + "`")).as(definition)
                        .isEqualTo(PolicyReader.keys(type)));
    }

    @Test
    void listsEveryFormatProblemCode() throws IOException {
        Properties messages = new Properties();
        try (InputStream in = FormatDocumentationTest.class.getResourceAsStream("/io/github/frivillig/json/messages.properties")) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> codes = new TreeSet<>();
        messages.stringPropertyNames().stream().filter(key -> key.startsWith("format.")).forEach(codes::add);

        assertThat(new TreeSet<>(firstColumn(Files.readAllLines(DOCUMENT), "## Problems in the bytes")))
                .isEqualTo(codes);
    }

    @Test
    void listsEveryInputLimitWithItsDefaultAndSmallestValue() throws IOException, ReflectiveOperationException {
        List<String> lines = Files.readAllLines(DOCUMENT);
        Map<String, String[]> rows = new LinkedHashMap<>();
        for (String row : tableRows(lines, "## Input limits")) {
            String[] cells = cells(row);
            rows.put(cells[0].replace("`", ""), cells);
        }
        RecordComponent[] components = ReadLimits.class.getRecordComponents();
        assertThat(rows.keySet()).containsExactlyElementsOf(
                Arrays.stream(components).map(RecordComponent::getName).toList());

        Constructor<ReadLimits> constructor = ReadLimits.class.getDeclaredConstructor(
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        for (int i = 0; i < components.length; i++) {
            String[] cells = rows.get(components[i].getName());
            long documented = number(cells[1]);
            long smallest = number(cells[2]);

            assertThat(((Number) components[i].getAccessor().invoke(ReadLimits.defaults())).longValue())
                    .as(components[i].getName()).isEqualTo(documented);
            constructor.newInstance(defaultsWith(components, i, smallest));
            Object[] tooSmall = defaultsWith(components, i, smallest - 1);
            assertThatThrownBy(() -> constructor.newInstance(tooSmall)).as(components[i].getName())
                    .isInstanceOf(InvocationTargetException.class)
                    .hasCauseInstanceOf(IllegalArgumentException.class);
        }
    }

    private static Object[] defaultsWith(RecordComponent[] components, int index, long value)
            throws ReflectiveOperationException {
        Object[] arguments = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            arguments[i] = components[i].getAccessor().invoke(ReadLimits.defaults());
        }
        arguments[index] = components[index].getType() == int.class ? (Object) (int) value : (Object) value;
        return arguments;
    }

    /** The number at the start of a cell, written with spaces between groups of digits: "67 108 864 (64 MiB)". */
    private static long number(String cell) {
        String digits = cell.replaceAll("\\(.*\\)", "").replace(" ", "");
        return Long.parseLong(digits);
    }

    private static String jsonBlock(String markdown) {
        int start = markdown.indexOf("```json\n") + "```json\n".length();
        return markdown.substring(start, markdown.indexOf("\n```", start));
    }

    /** The first cells, without backticks, of the rows of the first table after a heading. */
    private static List<String> firstColumn(List<String> lines, String heading) {
        List<String> keys = new ArrayList<>();
        for (String row : tableRows(lines, heading)) {
            keys.add(cells(row)[0].replace("`", ""));
        }
        return keys;
    }

    private static List<String> tableRows(List<String> lines, String heading) {
        int at = lines.indexOf(heading);
        assertThat(at).as(heading).isNotNegative();
        int i = at + 1;
        while (!lines.get(i).startsWith("|")) {
            i++;
        }
        List<String> rows = new ArrayList<>();
        for (i += 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            rows.add(lines.get(i));
        }
        return rows;
    }

    private static String[] cells(String row) {
        String[] cells = row.substring(1, row.length() - 1).split("(?<!\\\\)\\|");
        for (int i = 0; i < cells.length; i++) {
            cells[i] = cells[i].trim();
        }
        return cells;
    }
}
