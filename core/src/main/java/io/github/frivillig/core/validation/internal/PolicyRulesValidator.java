package io.github.frivillig.core.validation.internal;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;

import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.hibernate.validator.messageinterpolation.ExpressionLanguageFeatureLevel;

import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.validation.PolicyValidator;
import io.github.frivillig.core.validation.Severity;
import io.github.frivillig.core.validation.Violation;
import io.github.frivillig.core.validation.constraints.ValidPolicy;

/**
 * Checks {@link ValidPolicy}: runs the document, quality and register rules once and turns each violation into a
 * constraint violation at its place, with the Frivillig violation as dynamic payload and a message template that
 * the host interpolates in its own language from the violation's arguments.
 */
public final class PolicyRulesValidator implements ConstraintValidator<ValidPolicy, Policy> {

    // One node of a Bean Validation property path: a property name and the list index that may follow it.
    private static final Pattern NODE = Pattern.compile("([^.\\[\\]]+)(?:\\[([0-9]+)\\])?");

    @Override
    public boolean isValid(Policy policy, ConstraintValidatorContext context) {
        if (policy == null) {
            return true;
        }
        HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
        RuleSettings settings = hibernate.getConstraintValidatorPayload(RuleSettings.class);
        if (settings == null) {
            settings = RuleSettings.standalone(LocalDate.now(context.getClockProvider().getClock()));
        }
        Reporter reporter = new Reporter(settings.locale(), PolicyValidator.messages(), settings.includePersonalData());
        DocumentRules.check(policy, reporter);
        if (settings.register() != null) {
            RegisterRules.check(policy, settings.register(), settings.today(), reporter);
        }
        boolean valid = true;
        for (Reporter.Reported reported : reporter.reported()) {
            Violation violation = reported.violation();
            if (!settings.allSeverities() && violation.severity() != Severity.ERROR) {
                continue;
            }
            if (valid) {
                hibernate.disableDefaultConstraintViolation();
                valid = false;
            }
            // Parameters stay set for the later violations of this run; each message uses only its own rule's.
            // The values come from the policy: no expression language may see them, whatever the host enabled.
            violation.arguments().forEach(hibernate::addMessageParameter);
            hibernate.withDynamicPayload(violation);
            addAt(hibernate.buildConstraintViolationWithTemplate("{" + reported.messageKey() + "}")
                    .enableExpressionLanguage(ExpressionLanguageFeatureLevel.NONE), violation.path());
        }
        return valid;
    }

    /**
     * Adds the violation at a property path such as {@code measures[3].respondsTo[0]}. Jakarta Validation puts a
     * list index on the node that follows it, and an index at the end on a bean node of its own.
     */
    private static void addAt(ConstraintViolationBuilder builder, String path) {
        Matcher node = NODE.matcher(path);
        Object at = builder;
        Integer index = null;
        while (node.find()) {
            NodeBuilderCustomizableContext property = at instanceof ConstraintViolationBuilder start
                    ? start.addPropertyNode(node.group(1))
                    : at instanceof NodeBuilderDefinedContext defined ? defined.addPropertyNode(node.group(1))
                    : ((NodeBuilderCustomizableContext) at).addPropertyNode(node.group(1));
            at = index == null ? property : property.inIterable().atIndex(index);
            index = node.group(2) == null ? null : Integer.valueOf(node.group(2));
        }
        if (index != null) {
            (at instanceof NodeBuilderDefinedContext defined ? defined.addBeanNode()
                    : ((NodeBuilderCustomizableContext) at).addBeanNode())
                    .inIterable().atIndex(index).addConstraintViolation();
        } else if (at instanceof ConstraintViolationBuilder start) {
            start.addConstraintViolation();
        } else if (at instanceof NodeBuilderDefinedContext defined) {
            defined.addConstraintViolation();
        } else {
            ((NodeBuilderCustomizableContext) at).addConstraintViolation();
        }
    }
}
