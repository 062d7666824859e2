package io.github.frivillig.core.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import io.github.frivillig.core.validation.internal.PhoneNumberValidator;

/**
 * The annotated {@code CharSequence} must look like a phone number: an optional leading {@code +}, then 3 to 30
 * digits, spaces and the separators {@code ( ) . / -}, with at least three digits (ITU-T E.123 notation and the
 * usual national forms).
 * <p>
 * {@code null} elements are considered valid; use {@code @NotNull} to require a value.
 */
@Documented
@Constraint(validatedBy = PhoneNumberValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface PhoneNumber {

    /** {@return the message template} */
    String message() default "{io.github.frivillig.core.validation.constraints.PhoneNumber.message}";

    /** {@return the validation groups} */
    Class<?>[] groups() default {};

    /** {@return the payload} */
    Class<? extends Payload>[] payload() default {};
}
