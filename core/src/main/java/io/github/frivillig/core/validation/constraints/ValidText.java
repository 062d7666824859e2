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

import io.github.frivillig.core.validation.internal.LocalizedTextValidator;

/**
 * The annotated {@link io.github.frivillig.core.text.LocalizedText} must have at least one language, every language tag
 * must be a well-formed BCP 47 tag and no text may be blank.
 * <p>
 * {@code null} elements are considered valid; use {@code @NotNull} to require a value.
 */
@Documented
@Constraint(validatedBy = LocalizedTextValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface ValidText {

    /** {@return the message template} */
    String message() default "{io.github.frivillig.core.validation.constraints.ValidText.message}";

    /** {@return the validation groups} */
    Class<?>[] groups() default {};

    /** {@return the payload} */
    Class<? extends Payload>[] payload() default {};
}
