package io.github.frivillig.json.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

import io.github.frivillig.core.validation.SourceLocation;
import io.github.frivillig.core.validation.Violation;

/**
 * Finds the line and column of the places that validation violations point at, by reading the document's bytes a
 * second time, looking only into the values that enclose those places. It runs only when there are violations to
 * locate. A violation about something absent (a required key that is missing) gets the location of its nearest
 * enclosing value.
 */
public final class Locator {

    private Locator() {
    }

    /**
     * Adds the line and column of each violation's place in the bytes.
     *
     * @param factory  the JSON factory, not null
     * @param bytes  the document, not null
     * @param violations  the violations, not null
     * @return the violations with their locations, in the same order, not null
     */
    public static List<Violation> locate(JsonFactory factory, byte[] bytes, List<Violation> violations) {
        if (violations.isEmpty()) {
            return violations;
        }
        Set<String> wanted = new HashSet<>();
        for (Violation violation : violations) {
            for (String pointer = violation.pointer(); ; pointer = parent(pointer)) {
                wanted.add(pointer);
                if (pointer.isEmpty()) {
                    break;
                }
            }
        }
        Map<String, SourceLocation> found = find(factory, bytes, wanted);
        List<Violation> located = new ArrayList<>(violations.size());
        for (Violation violation : violations) {
            SourceLocation location = null;
            for (String pointer = violation.pointer(); location == null; pointer = parent(pointer)) {
                location = found.get(pointer);
                if (pointer.isEmpty()) {
                    break;
                }
            }
            located.add(location == null ? violation : violation.toBuilder().location(location).build());
        }
        return located;
    }

    private static Map<String, SourceLocation> find(JsonFactory factory, byte[] bytes, Set<String> wanted) {
        Map<String, SourceLocation> found = new HashMap<>();
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), bytes)) {
            for (JsonToken token = parser.nextToken(); token != null && found.size() < wanted.size();
                    token = parser.nextToken()) {
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    continue;
                }
                String pointer = parser.streamReadContext().pathAsPointer().toString();
                if (wanted.contains(pointer)) {
                    if (!found.containsKey(pointer)) {
                        found.put(pointer, SourceLocation.of(parser.currentTokenLocation().getLineNr(),
                                parser.currentTokenLocation().getColumnNr()));
                    }
                } else if (token.isStructStart()) {
                    // Every enclosing value of a wanted place is wanted too, so nothing in here is.
                    parser.skipChildren();
                }
            }
        } catch (JacksonException e) {
            // The bytes were read once already; whatever was found before a failure still stands.
        }
        return found;
    }

    private static String parent(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash <= 0 ? "" : pointer.substring(0, slash);
    }
}
