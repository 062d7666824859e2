package io.github.frivillig.core.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import io.github.frivillig.core.policy.PolicyId;
import io.github.frivillig.core.validation.constraints.ValidPolicyId;

/** Checks {@link ValidPolicyId}. */
public final class PolicyIdValidator implements ConstraintValidator<ValidPolicyId, PolicyId> {

    @Override
    public boolean isValid(PolicyId value, ConstraintValidatorContext context) {
        return value == null || value.isWellFormed();
    }
}
