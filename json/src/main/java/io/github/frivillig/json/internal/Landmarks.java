package io.github.frivillig.json.internal;

import java.util.HashMap;
import java.util.Map;

import tools.jackson.core.TokenStreamLocation;

/**
 * Where a document's root object and each of its members start in the document's UTF-8 bytes, noted while reading
 * it: the {@link Locator} then reads only the members that hold the places it looks for. Not thread-safe: one per
 * read.
 */
public final class Landmarks {

    /** A member of the root object: where its key is and where its value starts. */
    record Member(TokenStreamLocation key, TokenStreamLocation value) {
    }

    private TokenStreamLocation root;
    private final Map<String, Member> members = new HashMap<>();

    void root(TokenStreamLocation location) {
        root = location;
    }

    /** Notes a member by its JSON Pointer. */
    void member(String pointer, TokenStreamLocation key, TokenStreamLocation value) {
        members.put(pointer, new Member(key, value));
    }

    /** Returns where the root object starts, null if it was not read. */
    TokenStreamLocation root() {
        return root;
    }

    /** Returns a member of the root object by its JSON Pointer, such as {@code /measures}; null if none. */
    Member member(String pointer) {
        return members.get(pointer);
    }
}
