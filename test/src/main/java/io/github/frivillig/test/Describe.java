package io.github.frivillig.test;

import java.util.List;
import java.util.stream.Collectors;

import io.github.frivillig.core.validation.Violation;

/** Describes violations for failure messages: one a line, or a note that there are none. */
final class Describe {

    private Describe() {
    }

    static String violations(List<Violation> violations) {
        if (violations.isEmpty()) {
            return "  (no violations)";
        }
        return violations.stream().map(violation -> "  " + violation).collect(Collectors.joining("\n"));
    }
}
