package io.github.frivillig.json.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

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
        Place root = Place.tree(wanted);
        try (JsonParser parser = document.get()) {
            // What follows the document's root value, the next record of JSON Lines or trailing content, has the
            // same pointers but is no part of it: the search ends with the root value.
            search(parser, root, found, null);
        } catch (JacksonException e) {
            // The bytes were read once already; whatever was found before a failure still stands.
        }
        return found;
    }

    private static Map<String, SourceLocation> find(JsonFactory factory, byte[] bytes, Set<String> wanted,
            Landmarks landmarks, Supplier<JsonParser> document) {
        Map<String, SourceLocation> found = new HashMap<>();
        Place root = Place.tree(wanted);
        if (root.wanted) {
            found.put("", location(landmarks.root()));
        }
        // The members of the root object to read: those that hold a wanted place below themselves.
        for (Place member : root.below.values()) {
            Landmarks.Member landmark = landmarks.member(member.pointer);
            if (landmark == null) {
                continue;
            }
            if (member.wanted) {
                found.put(member.pointer, location(landmark.key()));
            }
            if (member.below.isEmpty()) {
                continue;
            }
            if (!isInBytes(landmark.value())) {
                return find(document, wanted);
            }
            int offset = (int) landmark.value().getByteOffset();
            try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), bytes, offset,
                    bytes.length - offset)) {
                // The member's value is read on its own, from where it starts: it ends with the search.
                search(parser, member, found, landmark.value());
            } catch (JacksonException e) {
                // The bytes were read once already; whatever was found before a failure still stands.
            }
        }
        return found;
    }

    /**
     * Reads one value, from the parser's next token to the end of that value, and notes where each wanted place
     * in it starts: an object's member where its key is, an array's element where its value starts. It looks only
     * into the values that hold wanted places and skips the others; it stops at the end of the value, or as soon as
     * the last of the wanted places below it is found.
     *
     * @param value  the place of the value read, the root of the places searched for
     * @param start  where the value starts in the document, to shift the parser's locations by; null if the parser
     *     reads the document from its first byte
     */
    private static void search(JsonParser parser, Place value, Map<String, SourceLocation> found,
            @Nullable TokenStreamLocation start) {
        int left = value.unfound(found);
        // The places of the open objects and arrays, and for each the index of its last element: -1 for an array
        // before its first, -2 for an object.
        Place[] open = new Place[8];
        int[] index = new int[8];
        int depth = 0;
        // The place of the value that follows the key just read; null if it is not wanted and holds nothing that is.
        Place next = value;
        for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
            if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                if (--depth == 0) {
                    return;
                }
                continue;
            }
            Place place;
            if (depth == 0) {
                place = value;
                if (note(place, parser, start, found) && --left == 0) {
                    return;
                }
            } else if (token == JsonToken.PROPERTY_NAME) {
                place = open[depth - 1].below.get(parser.currentName());
                next = place;
                if (note(place, parser, start, found) && --left == 0) {
                    return;
                }
                if (place == null) {
                    parser.nextToken();
                    parser.skipChildren();
                }
                continue;
            } else if (index[depth - 1] >= -1) {
                place = open[depth - 1].below.get(Integer.toString(++index[depth - 1]));
                if (note(place, parser, start, found) && --left == 0) {
                    return;
                }
            } else {
                place = next;
            }
            if (token.isStructStart()) {
                if (place == null) {
                    parser.skipChildren();
                    continue;
                }
                if (depth == open.length) {
                    open = Arrays.copyOf(open, depth * 2);
                    index = Arrays.copyOf(index, depth * 2);
                }
                open[depth] = place;
                index[depth] = token == JsonToken.START_ARRAY ? -1 : -2;
                depth++;
            } else if (depth == 0) {
                return;
            }
        }
    }

    /** Notes where the parser's current token is, if it is a wanted place not found before; says if it was noted. */
    private static boolean note(@Nullable Place place, JsonParser parser, @Nullable TokenStreamLocation start,
            Map<String, SourceLocation> found) {
        if (place == null || !place.wanted || found.containsKey(place.pointer)) {
            return false;
        }
        found.put(place.pointer, location(parser, start));
        return true;
    }

    /** Whether a location is in a document read from bytes, where a member's value can be read from its offset. */
    private static boolean isInBytes(TokenStreamLocation location) {
        return location != null && location.getByteOffset() >= 0 && location.getByteOffset() <= Integer.MAX_VALUE;
    }

    private static SourceLocation location(TokenStreamLocation location) {
        return SourceLocation.of(location.getLineNr(), location.getColumnNr());
    }

    /** The location of the parser's current token in the whole document. */
    private static SourceLocation location(JsonParser parser, @Nullable TokenStreamLocation start) {
        TokenStreamLocation location = parser.currentTokenLocation();
        return start == null ? location(location) : shifted(location, start);
    }

    /** Turns a location in a member's value, read on its own, into one in the whole document. */
    private static SourceLocation shifted(TokenStreamLocation location, TokenStreamLocation start) {
        return location.getLineNr() == 1
                ? SourceLocation.of(start.getLineNr(), start.getColumnNr() + location.getColumnNr() - 1)
                : SourceLocation.of(start.getLineNr() + location.getLineNr() - 1, location.getColumnNr());
    }

    /**
     * A place searched for, or one that holds places searched for: a node of the tree the wanted pointers make,
     * with the node below it for each key or index, unescaped, that leads to one.
     */
    private static final class Place {
        final String pointer;
        final Map<String, Place> below = new HashMap<>(4);
        boolean wanted;

        private Place(String pointer) {
            this.pointer = pointer;
        }

        /** Makes the tree of places from the pointers wanted, each of them a node, the empty pointer its root. */
        static Place tree(Set<String> wanted) {
            Place root = new Place("");
            for (String pointer : wanted) {
                Place place = root;
                for (int from = 1; from <= pointer.length(); ) {
                    int slash = pointer.indexOf('/', from);
                    int end = slash < 0 ? pointer.length() : slash;
                    String at = pointer.substring(0, end);
                    String key = Problems.unescape(pointer.substring(from, end));
                    place = place.below.computeIfAbsent(key, unused -> new Place(at));
                    from = end + 1;
                }
                place.wanted = true;
            }
            return root;
        }

        /** Counts the wanted places at and below this one that are not found yet. */
        int unfound(Map<String, SourceLocation> found) {
            int unfound = wanted && !found.containsKey(pointer) ? 1 : 0;
            for (Place place : below.values()) {
                unfound += place.unfound(found);
            }
            return unfound;
        }
    }

    private static String parent(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash <= 0 ? "" : pointer.substring(0, slash);
    }
}
