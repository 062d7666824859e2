package io.github.frivillig.core.validation.constraints;

import java.util.Locale;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;

import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The validator of a constraint test, registered as
 * {@code @RegisterExtension static final TestValidator validator = new TestValidator();}: a Hibernate Validator built
 * before the class's tests, as a host without expression language would build it (messages interpolated by
 * parameter only, in English whatever the JVM's default locale), and closed after them.
 */
final class TestValidator implements BeforeAllCallback, AfterAllCallback {

    private ValidatorFactory factory;

    @Override
    public void beforeAll(ExtensionContext context) {
        factory = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .defaultLocale(Locale.ENGLISH)
                .buildValidatorFactory();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        factory.close();
    }

    /** Validates a bean with the class's validator. */
    <T> Set<ConstraintViolation<T>> validate(T bean) {
        return factory.getValidator().validate(bean);
    }
}
