package io.github.frivillig.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import io.github.frivillig.core.validation.internal.Rule;

/** docs/validation.md lists every rule with its severity, so that the documentation cannot fall behind. */
class ValidationDocumentationTest {

    @Test
    void everyRuleIsDocumentedWithItsSeverity() throws IOException {
        String documentation = Files.readString(Path.of("..", "docs", "validation.md"));

        for (Rule rule : Rule.values()) {
            assertThat(documentation).as(rule.code())
                    .contains("| `" + rule.code() + "` | " + rule.severity().code() + " |");
        }
        long documented = documentation.lines().filter(line -> line.matches("\\| `[a-z.-]+` \\| (error|warning|info) \\|.*"))
                .count();
        assertThat(documented).isEqualTo(Arrays.stream(Rule.values()).count());
    }
}
