package io.github.frivillig.core.validation.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;

import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/** Builds the validator the constraint tests share and checks their violations. */
final class Validators {

    static final String PREFIX = "io.github.frivillig.core.validation.constraints.";

    private Validators() {
    }

    /**
     * Builds a Hibernate Validator factory as a host without expression language would: messages interpolated by
     * parameter only, in English whatever the JVM's default locale. Build one per test class and close it.
     */
    static ValidatorFactory newFactory() {
        return Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .defaultLocale(Locale.ENGLISH)
                .buildValidatorFactory();
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
