package io.github.frivillig.core.validation.internal;

/**
 * A place in a policy given as a path of property names ({@code String}) and list indices ({@code Integer}),
 * turned into a JSON Pointer and a Bean Validation property path only when a violation is reported.
 */
final class Location {

    private Location() {
    }

    static String pointer(Object... segments) {
        StringBuilder out = new StringBuilder(segments.length * 12);
        for (Object segment : segments) {
            out.append('/');
            appendEscaped(out, segment.toString());
        }
        return out.toString();
    }

    static String beanPath(Object... segments) {
        StringBuilder out = new StringBuilder(segments.length * 12);
        for (Object segment : segments) {
            if (segment instanceof Integer) {
                out.append('[').append(segment).append(']');
            } else {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(segment);
            }
        }
        return out.toString();
    }

    /** Escapes a reference token of a JSON Pointer (RFC 6901, section 3). */
    static void appendEscaped(StringBuilder out, String token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == '~') {
                out.append("~0");
            } else if (c == '/') {
                out.append("~1");
            } else {
                out.append(c);
            }
        }
    }

    /**
     * Orders JSON Pointers in document order: token by token, a pointer before those it prefixes. Within a token,
     * numbers (list indices) come before other text and are ordered by value, other text by its characters; this
     * is a total order for any tokens, as sorting requires, whatever keys a document uses.
     */
    static int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int endA = a.indexOf('/', i + 1);
            int endB = b.indexOf('/', j + 1);
            if (endA < 0) {
                endA = a.length();
            }
            if (endB < 0) {
                endB = b.length();
            }
            String tokenA = a.substring(i + 1, endA);
            String tokenB = b.substring(j + 1, endB);
            int order = compareTokens(tokenA, tokenB);
            if (order != 0) {
                return order;
            }
            i = endA;
            j = endB;
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static int compareTokens(String a, String b) {
        boolean aIsNumber = isNumber(a);
        boolean bIsNumber = isNumber(b);
        if (aIsNumber != bIsNumber) {
            return aIsNumber ? -1 : 1;
        }
        if (aIsNumber) {
            // Indices have no leading zeros, so the shorter is the smaller, and equal lengths compare as text.
            int byLength = Integer.compare(a.length(), b.length());
            return byLength != 0 ? byLength : a.compareTo(b);
        }
        return a.compareTo(b);
    }

    /** Tells whether a token is a list index: digits without a leading zero, or "0". */
    private static boolean isNumber(String token) {
        if (token.isEmpty() || (token.length() > 1 && token.charAt(0) == '0')) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            if (token.charAt(i) < '0' || token.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
