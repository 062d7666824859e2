package io.github.frivillig.core.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import io.github.frivillig.core.validation.internal.StatedNumberValidator;

/**
 * The annotated number, as a source states it, must be consistent with its qualifier: a
 * {@link io.github.frivillig.core.value.Count} has a value unless its qualifier is many, several or few, and then
 * it has none; an amount of {@link io.github.frivillig.core.value.Money} and a
 * {@link io.github.frivillig.core.policy.Measurement} always have a number, so their qualifier is never one of those.
 * <p>
 * Placed on the types themselves; {@code null} is considered valid.
 */
@Documented
@Constraint(validatedBy = StatedNumberValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface StatedNumber {

    /** {@return the message template} */
    String message() default "{io.github.frivillig.core.validation.constraints.StatedNumber.message}";

    /** {@return the validation groups} */
    Class<?>[] groups() default {};

    /** {@return the payload} */
    Class<? extends Payload>[] payload() default {};
}
