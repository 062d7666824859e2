package io.github.frivillig.core.validation.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import jakarta.validation.ConstraintViolation;

/** Checks the violations that the constraint tests find. */
final class Validators {

    static final String PREFIX = "io.github.frivillig.core.validation.constraints.";

    private Validators() {
    }

    /** The message template of a constraint's message key, such as {@code {...ValidText.blank.message}}. */
    static String template(String key) {
        return "{" + PREFIX + key + ".message}";
    }

    /**
     * Asserts that there is exactly one violation, on the given property path, with the given message template,
     * and that its message was looked up (no key left in braces).
     */
    static <T> ConstraintViolation<T> assertOneViolation(Set<ConstraintViolation<T>> violations, String path,
            String messageKey) {
        assertThat(violations).hasSize(1);
        ConstraintViolation<T> violation = violations.iterator().next();
        assertThat(violation.getPropertyPath()).hasToString(path);
        assertThat(violation.getMessageTemplate()).isEqualTo(template(messageKey));
        assertThat(violation.getMessage()).isNotBlank().doesNotContain("{", "}", "$");
        return violation;
    }
}
