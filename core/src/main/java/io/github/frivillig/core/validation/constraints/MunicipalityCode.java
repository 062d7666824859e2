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
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The code of the annotated {@link io.github.frivillig.core.municipality.Municipality} must have its country's format: four digits in Norway (Statistics Norway), Sweden (Statistics Sweden) and Iceland, three in Denmark (Statistics Denmark) and Finland (Statistics Finland).
 * <p>
 * {@code null} elements are considered valid; use {@code @NotNull} to require a value.
 */
@Documented
@Constraint(validatedBy = {io.github.frivillig.core.validation.internal.MunicipalityCodeValidator.class})
@Target({TYPE, METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE, RECORD_COMPONENT})
@Retention(RUNTIME)
@Repeatable(MunicipalityCode.List.class)
public @interface MunicipalityCode {

    /**
     * Returns the message template.
     *
     * @return the message template
     */
    String message() default "{io.github.frivillig.core.validation.constraints.MunicipalityCode.message}";

    /**
     * Returns the validation groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * Returns the payload.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};

    /**
     * Defines several {@code @MunicipalityCode} constraints on the same element.
     */
    @Target({TYPE, METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE, RECORD_COMPONENT})
    @Retention(RUNTIME)
    @Documented
    @interface List {
        /**
         * Returns the constraints.
         *
         * @return the constraints
         */
        MunicipalityCode[] value();
    }
}
