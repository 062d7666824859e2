package io.github.frivillig.core.validation.internal;

/**
 * Recognises e-mail addresses of a plain form that Hibernate Validator's {@code @Email} validator accepts, as read
 * from its rules (a local part of dot-separated atoms of at most 64 characters; a domain of labels of letters,
 * digits and inner hyphens, each of at most 63 characters and at most 255 in all). The form is narrower than those
 * rules: an address outside it is not invalid, it is only left to Hibernate Validator to judge.
 */
final class PlainEmail {

    private static final int MAX_LOCAL_PART = 64;
    private static final int MAX_LABEL = 63;
    private static final int MAX_DOMAIN = 255;

    private PlainEmail() {
    }

    static boolean matches(CharSequence address) {
        int at = -1;
        for (int i = 0; i < address.length(); i++) {
            if (address.charAt(i) == '@') {
                if (at >= 0) {
                    return false;
                }
                at = i;
            }
        }
        return at > 0 && at <= MAX_LOCAL_PART && isLocalPart(address, at)
                && address.length() - at - 1 <= MAX_DOMAIN && isDomain(address, at + 1);
    }

    /** Atoms of letters, digits and {@code _%+-}, separated by single dots. */
    private static boolean isLocalPart(CharSequence address, int end) {
        boolean afterDot = true;
        for (int i = 0; i < end; i++) {
            char c = address.charAt(i);
            if (c == '.') {
                if (afterDot) {
                    return false;
                }
                afterDot = true;
            } else if (isLetterOrDigit(c) || c == '_' || c == '%' || c == '+' || c == '-') {
                afterDot = false;
            } else {
                return false;
            }
        }
        return !afterDot;
    }

    /** Two or more labels, each starting and ending with a letter or digit; the last of letters only. */
    private static boolean isDomain(CharSequence address, int start) {
        int labels = 0;
        int labelStart = start;
        boolean lastAllLetters = true;
        for (int i = start; i <= address.length(); i++) {
            if (i == address.length() || address.charAt(i) == '.') {
                int length = i - labelStart;
                if (length == 0 || length > MAX_LABEL || address.charAt(labelStart) == '-'
                        || address.charAt(i - 1) == '-') {
                    return false;
                }
                labels++;
                labelStart = i + 1;
                continue;
            }
            char c = address.charAt(i);
            if (i == labelStart) {
                lastAllLetters = true;
            }
            if (isLetter(c)) {
                continue;
            }
            lastAllLetters = false;
            if (!isDigit(c) && c != '-') {
                return false;
            }
        }
        return labels >= 2 && lastAllLetters;
    }

    private static boolean isLetterOrDigit(char c) {
        return isLetter(c) || isDigit(c);
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
