package io.github.frivillig.core.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import io.github.frivillig.core.organisation.IdentifierScheme;
import io.github.frivillig.core.validation.internal.OrganisationNumberCharSequenceValidator;
import io.github.frivillig.core.validation.internal.OrganisationNumberValidator;

/**
 * The annotated organisation identifier must have its scheme's format and the right check digit: the
 * Norwegian organisation number (Brønnøysundregistrene), the Danish CVR number (Erhvervsstyrelsen), the Swedish
 * organisation number (Bolagsverket) or the Finnish business ID (Patentti- ja rekisterihallitus).
 * <p>
 * Supported types are {@link io.github.frivillig.core.organisation.OrganisationIdentifier}, whose scheme it
 * carries, and {@code CharSequence}, in the canonical form of the {@link #scheme() scheme} given.
 * <p>
 * {@code null} elements are considered valid; use {@code @NotNull} to require a value.
 */
@Documented
@Constraint(validatedBy = {OrganisationNumberValidator.class, OrganisationNumberCharSequenceValidator.class})
@Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE, RECORD_COMPONENT})
@Retention(RUNTIME)
@Repeatable(OrganisationNumber.List.class)
public @interface OrganisationNumber {

    /** {@return the message template} */
    String message() default "{io.github.frivillig.core.validation.constraints.OrganisationNumber.message}";

    /** {@return the validation groups} */
    Class<?>[] groups() default {};

    /** {@return the payload} */
    Class<? extends Payload>[] payload() default {};

    /**
     * {@return the scheme of a {@code CharSequence} value, ignored for an
     * {@link io.github.frivillig.core.organisation.OrganisationIdentifier}, which carries its own}
     */
    IdentifierScheme scheme() default IdentifierScheme.NO_ORGNR;

    /**
     * Defines several {@code @OrganisationNumber} constraints on the same element, such as one scheme for each
     * validation group.
     */
    @Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE, RECORD_COMPONENT})
    @Retention(RUNTIME)
    @Documented
    @interface List {
        /** {@return the constraints} */
        OrganisationNumber[] value();
    }
}
