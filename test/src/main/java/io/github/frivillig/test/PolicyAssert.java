package io.github.frivillig.test;

import java.util.Objects;

import org.assertj.core.api.AbstractAssert;

import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.validation.PolicyValidator;

/**
 * Assertions on a {@link Policy}, which validate it; obtained from {@link FrivilligAssertions#assertThat(Policy)}.
 * <pre>{@code
 * assertThat(policy).isValid();
 * assertThat(policy).validation().hasViolation("reference.unknown-input").at("/measures/0/respondsTo/0");
 * assertThat(policy).validatedBy(validator).hasNoViolations();
 * }</pre>
 * <p>
 * This class is mutable and not thread-safe, as AssertJ's assertions are.
 */
public final class PolicyAssert extends AbstractAssert<PolicyAssert, Policy> {

    // Building a validator bootstraps Hibernate Validator once for all; this one is shared and thread-safe.
    private static final class Default {
        static final PolicyValidator VALIDATOR = PolicyValidator.create();
    }

    PolicyAssert(Policy actual) {
        super(actual, PolicyAssert.class);
    }

    /**
     * Verifies that the policy is valid by {@link PolicyValidator#create()}: it has no errors. A failure lists
     * every violation.
     *
     * @return this assertion, not null
     */
    public PolicyAssert isValid() {
        validation().isValid();
        return this;
    }

    /**
     * Validates the policy with {@link PolicyValidator#create()}, in English, and continues with its report.
     *
     * @return assertions on the report, not null
     */
    public ValidationReportAssert validation() {
        return validatedBy(Default.VALIDATOR);
    }

    /**
     * Validates the policy with a validator, such as one with a fixed clock, and continues with its report.
     *
     * @param validator  the validator, not null
     * @return assertions on the report, not null
     */
    public ValidationReportAssert validatedBy(PolicyValidator validator) {
        Objects.requireNonNull(validator, "validator");
        isNotNull();
        return new ValidationReportAssert(validator.validate(actual)).as(info.description());
    }
}
