package io.github.frivillig.json.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

import io.github.frivillig.core.validation.SourceLocation;
import io.github.frivillig.core.validation.Violation;

/**
 * Finds the line and column of the places that validation violations point at, by reading the document's bytes a
 * second time, looking only into the values that enclose those places: with the {@link Landmarks} noted on the first
 * reading, only the members of the root object that hold them. It runs only when there are violations to locate. A
 * violation about something absent (a required key that is missing) gets the location of its nearest enclosing
 * value.
 */
public final class Locator {

    private Locator() {
    }

    /**
     * Adds the line and column of each violation's place in the bytes.
     *
     * @param factory  the JSON factory, not null
     * @param bytes  the document, from its first byte, not null
     * @param violations  the violations, not null
     * @param landmarks  where the parts of the document start, as noted when reading it; null to read it all
     * @return the violations with their locations, in the same order, not null
     */
    public static List<Violation> locate(JsonFactory factory, byte[] bytes, List<Violation> violations,
            Landmarks landmarks) {
        Supplier<JsonParser> document = () -> factory.createParser(ObjectReadContext.empty(), bytes);
        return locate(violations, wanted -> landmarks != null && isInBytes(landmarks.root())
                ? find(factory, bytes, wanted, landmarks, document) : find(document, wanted));
    }

    /**
     * Adds the line and column of each violation's place in a document that is read again, whole, through a new
     * parser: for documents that were streamed from a file or a stream and are not held in memory.
     *
     * @param document  opens a new parser on the document, not null; called only if there are violations
     * @param violations  the violations, not null
     * @return the violations with their locations, in the same order, not null
     */
    public static List<Violation> locate(Supplier<JsonParser> document, List<Violation> violations) {
        return locate(violations, wanted -> find(document, wanted));
    }

    /**
     * Adds the line and column of each violation's place in a record that starts within a file, such as a line of
     * JSON Lines or an element of a JSON array: the record is read again, alone, through a new parser that starts
     * at its first byte and stops where it ends, and each place found is shifted to where the record starts.
     *
     * @param record  opens a new parser at the record's first byte, not null; called only if there are violations
     * @param violations  the violations, not null
     * @param start  the line and column of the record's first byte in the file, not null
     * @return the violations with their locations in the file, in the same order, not null
     */
    public static List<Violation> locate(Supplier<JsonParser> record, List<Violation> violations,
            SourceLocation start) {
        List<Violation> located = locate(record, violations);
        if (start.line() == 1 && start.column() == 1) {
            return located;
        }
        List<Violation> shifted = new ArrayList<>(located.size());
        for (Violation violation : located) {
            shifted.add(violation.location().map(location -> violation.toBuilder().location(location.line() == 1
                    ? SourceLocation.of(start.line(), start.column() + location.column() - 1)
                    : SourceLocation.of(start.line() + location.line() - 1, location.column())).build())
                    .orElse(violation));
        }
        return shifted;
    }

    private static List<Violation> locate(List<Violation> violations,
            Function<Set<String>, Map<String, SourceLocation>> finder) {
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
        Map<String, SourceLocation> found = finder.apply(wanted);
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

    private static Map<String, SourceLocation> find(Supplier<JsonParser> document, Set<String> wanted) {
        Map<String, SourceLocation> found = new HashMap<>();
        try (JsonParser parser = document.get()) {
            for (JsonToken token = parser.nextToken(); token != null && found.size() < wanted.size();
                    token = parser.nextToken()) {
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    // What follows the document's root value, the next record of JSON Lines or trailing content,
                    // has the same pointers but is no part of it.
                    if (parser.streamReadContext().inRoot()) {
                        break;
                    }
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

    private static Map<String, SourceLocation> find(JsonFactory factory, byte[] bytes, Set<String> wanted,
            Landmarks landmarks, Supplier<JsonParser> document) {
        Map<String, SourceLocation> found = new HashMap<>();
        if (wanted.contains("")) {
            found.put("", location(landmarks.root()));
        }
        // The members of the root object to read: those that hold a wanted place below themselves.
        Set<String> members = new LinkedHashSet<>();
        for (String pointer : wanted) {
            int end = pointer.indexOf('/', 1);
            String member = end < 0 ? pointer : pointer.substring(0, end);
            Landmarks.Member landmark = pointer.isEmpty() ? null : landmarks.member(member);
            if (landmark != null) {
                found.putIfAbsent(member, location(landmark.key()));
                if (end >= 0) {
                    members.add(member);
                }
            }
        }
        for (String member : members) {
            Landmarks.Member landmark = landmarks.member(member);
            if (!isInBytes(landmark.value())) {
                return find(document, wanted);
            }
            findInMember(factory, bytes, wanted, found, member, landmark.value());
        }
        return found;
    }

    /** Reads one member's value, from where it starts to where it ends. */
    private static void findInMember(JsonFactory factory, byte[] bytes, Set<String> wanted,
            Map<String, SourceLocation> found, String member, TokenStreamLocation start) {
        int offset = (int) start.getByteOffset();
        // The places wanted in this member, so that reading stops at the last of them, not at the member's end.
        String below = member + "/";
        int left = 0;
        for (String pointer : wanted) {
            if (pointer.startsWith(below) && !found.containsKey(pointer)) {
                left++;
            }
        }
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), bytes, offset, bytes.length - offset)) {
            for (JsonToken token = parser.nextToken(); token != null && left > 0; token = parser.nextToken()) {
                if (token != JsonToken.END_OBJECT && token != JsonToken.END_ARRAY) {
                    String pointer = member + parser.streamReadContext().pathAsPointer().toString();
                    if (wanted.contains(pointer)) {
                        if (!found.containsKey(pointer)) {
                            found.put(pointer, shifted(parser.currentTokenLocation(), start));
                            left--;
                        }
                    } else if (token.isStructStart()) {
                        parser.skipChildren();
                    }
                }
                if (parser.streamReadContext().inRoot()) {
                    break;
                }
            }
        } catch (JacksonException e) {
            // The bytes were read once already; whatever was found before a failure still stands.
        }
    }

    /** Whether a location is in a document read from bytes, where a member's value can be read from its offset. */
    private static boolean isInBytes(TokenStreamLocation location) {
        return location != null && location.getByteOffset() >= 0 && location.getByteOffset() <= Integer.MAX_VALUE;
    }

    private static SourceLocation location(TokenStreamLocation location) {
        return SourceLocation.of(location.getLineNr(), location.getColumnNr());
    }

    /** Turns a location in a member's value, read on its own, into one in the whole document. */
    private static SourceLocation shifted(TokenStreamLocation location, TokenStreamLocation start) {
        return location.getLineNr() == 1
                ? SourceLocation.of(start.getLineNr(), start.getColumnNr() + location.getColumnNr() - 1)
                : SourceLocation.of(start.getLineNr() + location.getLineNr() - 1, location.getColumnNr());
    }

    private static String parent(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash <= 0 ? "" : pointer.substring(0, slash);
    }
}
