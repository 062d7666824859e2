package io.github.frivillig.core.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import io.github.frivillig.core.validation.internal.PolicyRulesValidator;

/**
 * The annotated {@link io.github.frivillig.core.policy.Policy} must satisfy the rules that span the whole policy:
 * the document rules (unique ids, references that resolve, dates in order, requirements that depend on a status)
 * and the register rules (the municipality code against the bundled register of official codes, on the date that
 * matters for the policy), as listed in {@code docs/validation.md}.
 * <p>
 * {@code Policy} carries this constraint, so that validating a policy with any Bean Validation setup
 * ({@code @Valid} in Spring MVC or Jakarta EE, a plain {@code Validator}) applies these rules too. Each problem
 * is its own constraint violation, at the place of the problem, with a message from Frivillig's bundles in the
 * host's language, and the Frivillig {@link io.github.frivillig.core.validation.Violation Violation}, stable code
 * included, as its Hibernate Validator dynamic payload:
 * {@code violation.unwrap(HibernateConstraintViolation.class).getDynamicPayload(Violation.class).code()}.
 * <p>
 * In such a setup only errors are constraint violations; warnings and information, which do not make a policy
 * invalid, are reported by {@link io.github.frivillig.core.validation.PolicyValidator} alone. "Today", for a
 * policy that gives no date of its own, is the date of the host's {@link jakarta.validation.ClockProvider}.
 * <p>
 * {@code null} elements are considered valid; use {@code @NotNull} to require a value.
 */
@Documented
@Constraint(validatedBy = PolicyRulesValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ValidPolicy {

    /** {@return the message template} */
    String message() default "{io.github.frivillig.core.validation.constraints.ValidPolicy.message}";

    /** {@return the validation groups} */
    Class<?>[] groups() default {};

    /** {@return the payload} */
    Class<? extends Payload>[] payload() default {};
}
