package io.github.frivillig.core.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import io.github.frivillig.core.validation.internal.MunicipalityCodeValidator;

/**
 * The code of the annotated {@link io.github.frivillig.core.municipality.Municipality} must have its country's format:
 * four digits in Norway (Statistics Norway), Sweden (Statistics Sweden) and Iceland, three in Denmark (Statistics
 * Denmark) and Finland (Statistics Finland).
 * <p>
 * {@code null} elements are considered valid; use {@code @NotNull} to require a value.
 */
@Documented
@Constraint(validatedBy = MunicipalityCodeValidator.class)
@Target({TYPE, METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface MunicipalityCode {

    /** {@return the message template} */
    String message() default "{io.github.frivillig.core.validation.constraints.MunicipalityCode.message}";

    /** {@return the validation groups} */
    Class<?>[] groups() default {};

    /** {@return the payload} */
    Class<? extends Payload>[] payload() default {};
}
