package io.github.frivillig.core.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import io.github.frivillig.core.organisation.IdentifierScheme;
import io.github.frivillig.core.validation.constraints.OrganisationNumber;

/**
 * Checks {@link OrganisationNumber} on a {@code CharSequence} in the canonical form of the annotation's scheme.
 */
public final class OrganisationNumberCharSequenceValidator
        implements ConstraintValidator<OrganisationNumber, CharSequence> {

    private IdentifierScheme scheme;

    @Override
    public void initialize(OrganisationNumber annotation) {
        scheme = annotation.scheme();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        String text = value.toString();
        if (scheme.hasValidCheckDigit(text)) {
            return true;
        }
        if (scheme.isWellFormed(text)) {
            return OneViolation.report(context, OrganisationNumberValidator.CHECKSUM_TEMPLATE);
        }
        return false;
    }
}
