package io.github.frivillig.json;

/**
 * The bounds on what {@link PolicyJson} reads, so that hostile or broken input fails fast, in bounded memory, with
 * a clear message naming the limit.
 * <p>
 * The defaults fit the largest real policies with a wide margin: a document of up to 64 MiB, nesting up to 64
 * levels, strings up to 1 million characters, numbers up to 100 digits, keys up to 1 000 characters, 10 million
 * tokens, at most 1 000 problems reported per document, and at most 100 000 elements in one array or members in
 * one object.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param maxDocumentBytes  the largest document, or dataset record, in bytes
 * @param maxNestingDepth  the deepest nesting of arrays and objects, at most {@value #MAX_NESTING_DEPTH}
 * @param maxStringLength  the longest string value, in characters
 * @param maxNumberLength  the longest number, in characters
 * @param maxNameLength  the longest key, in characters
 * @param maxTokenCount  the most tokens in one document
 * @param maxProblems  the most problems reported for one document before reading stops
 * @param maxElements  the most elements in one array, or members in one object; it bounds the memory one list
 *                     can take before the document is rejected, which the token count alone does not
 */
public record ReadLimits(long maxDocumentBytes, int maxNestingDepth, int maxStringLength, int maxNumberLength,
        int maxNameLength, long maxTokenCount, int maxProblems, int maxElements) {

    /**
     * The highest nesting depth that may be set. Nested extension values are read, written, compared and hashed
     * recursively; beyond this they could run out of stack on a thread with the default stack size.
     */
    public static final int MAX_NESTING_DEPTH = 256;

    private static final ReadLimits DEFAULTS = new ReadLimits(64L * 1024 * 1024, 64, 1_000_000, 100, 1_000,
            10_000_000L, 1_000, 100_000);

    /**
     * Creates limits.
     *
     * @param maxDocumentBytes  the largest document in bytes, at least 1
     * @param maxNestingDepth  the deepest nesting, at least 8 (the format itself nests up to 7 levels) and at most
     *                         {@value #MAX_NESTING_DEPTH}
     * @param maxStringLength  the longest string, at least 1
     * @param maxNumberLength  the longest number, at least 1
     * @param maxNameLength  the longest key, at least 32
     * @param maxTokenCount  the most tokens, at least 1
     * @param maxProblems  the most problems, at least 1
     * @param maxElements  the most elements in one array or members in one object, at least 64
     * @throws IllegalArgumentException if a limit is below its minimum or, for the nesting depth, above its
     *                                  maximum
     */
    public ReadLimits {
        require(maxDocumentBytes >= 1, "maxDocumentBytes", maxDocumentBytes);
        require(maxNestingDepth >= 8, "maxNestingDepth", maxNestingDepth);
        if (maxNestingDepth > MAX_NESTING_DEPTH) {
            throw new IllegalArgumentException("Limit maxNestingDepth is too large: '" + maxNestingDepth
                    + "', at most " + MAX_NESTING_DEPTH);
        }
        require(maxStringLength >= 1, "maxStringLength", maxStringLength);
        require(maxNumberLength >= 1, "maxNumberLength", maxNumberLength);
        require(maxNameLength >= 32, "maxNameLength", maxNameLength);
        require(maxTokenCount >= 1, "maxTokenCount", maxTokenCount);
        require(maxProblems >= 1, "maxProblems", maxProblems);
        require(maxElements >= 64, "maxElements", maxElements);
    }

    /**
     * Returns the default limits.
     *
     * @return the defaults, not null
     */
    public static ReadLimits defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy with another maximum document size.
     *
     * @param bytes  the largest document in bytes, at least 1
     * @return the limits, not null
     */
    public ReadLimits withMaxDocumentBytes(long bytes) {
        return new ReadLimits(bytes, maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength, maxTokenCount,
                maxProblems, maxElements);
    }

    /**
     * Returns a copy with another maximum nesting depth.
     *
     * @param depth  the deepest nesting, from 8 to {@value #MAX_NESTING_DEPTH}
     * @return the limits, not null
     */
    public ReadLimits withMaxNestingDepth(int depth) {
        return new ReadLimits(maxDocumentBytes, depth, maxStringLength, maxNumberLength, maxNameLength, maxTokenCount,
                maxProblems, maxElements);
    }

    /**
     * Returns a copy with another maximum string length.
     *
     * @param characters  the longest string, at least 1
     * @return the limits, not null
     */
    public ReadLimits withMaxStringLength(int characters) {
        return new ReadLimits(maxDocumentBytes, maxNestingDepth, characters, maxNumberLength, maxNameLength,
                maxTokenCount, maxProblems, maxElements);
    }

    /**
     * Returns a copy with another maximum number length.
     *
     * @param characters  the longest number, at least 1
     * @return the limits, not null
     */
    public ReadLimits withMaxNumberLength(int characters) {
        return new ReadLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, characters, maxNameLength,
                maxTokenCount, maxProblems, maxElements);
    }

    /**
     * Returns a copy with another maximum key length.
     *
     * @param characters  the longest key, at least 32
     * @return the limits, not null
     */
    public ReadLimits withMaxNameLength(int characters) {
        return new ReadLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, maxNumberLength, characters,
                maxTokenCount, maxProblems, maxElements);
    }

    /**
     * Returns a copy with another maximum token count.
     *
     * @param tokens  the most tokens, at least 1
     * @return the limits, not null
     */
    public ReadLimits withMaxTokenCount(long tokens) {
        return new ReadLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength,
                tokens, maxProblems, maxElements);
    }

    /**
     * Returns a copy with another maximum number of problems reported.
     *
     * @param problems  the most problems, at least 1
     * @return the limits, not null
     */
    public ReadLimits withMaxProblems(int problems) {
        return new ReadLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength,
                maxTokenCount, problems, maxElements);
    }

    /**
     * Returns a copy with another maximum number of elements in one array or members in one object.
     *
     * @param elements  the most elements, at least 64
     * @return the limits, not null
     */
    public ReadLimits withMaxElements(int elements) {
        return new ReadLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength,
                maxTokenCount, maxProblems, elements);
    }

    private static void require(boolean condition, String name, long value) {
        if (!condition) {
            throw new IllegalArgumentException("Limit " + name + " is too small: '" + value + "'");
        }
    }
}
