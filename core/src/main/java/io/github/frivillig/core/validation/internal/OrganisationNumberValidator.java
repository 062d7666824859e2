package io.github.frivillig.core.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import io.github.frivillig.core.organisation.OrganisationIdentifier;
import io.github.frivillig.core.validation.constraints.OrganisationNumber;

/**
 * Checks {@link OrganisationNumber} on an {@link OrganisationIdentifier}: a malformed value gets the default
 * message, a well-formed value with a wrong check digit the {@code checksum} message.
 */
public final class OrganisationNumberValidator implements ConstraintValidator<OrganisationNumber, OrganisationIdentifier> {

    static final String CHECKSUM_TEMPLATE = "{io.github.frivillig.core.validation.constraints.OrganisationNumber.checksum.message}";

    @Override
    public boolean isValid(OrganisationIdentifier value, ConstraintValidatorContext context) {
        if (value == null || value.isValid()) {
            return true;
        }
        if (value.isWellFormed()) {
            return OneViolation.report(context, CHECKSUM_TEMPLATE);
        }
        return false;
    }
}
