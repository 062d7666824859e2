package io.github.frivillig.core.validation.internal;

import jakarta.validation.ConstraintValidatorContext;

import org.jspecify.annotations.Nullable;

/** Reports the one violation that a constraint validator gives in place of its constraint's default one. */
final class OneViolation {

    private OneViolation() {
    }

    /**
     * Replaces the default violation with one of another message, at the annotated value itself.
     *
     * @return false, for the validator to return
     */
    static boolean report(ConstraintValidatorContext context, String template) {
        return report(context, template, null);
    }

    /**
     * Replaces the default violation with one of the given message, at a property of the annotated value, or at the
     * value itself if the property is null.
     *
     * @return false, for the validator to return
     */
    static boolean report(ConstraintValidatorContext context, String template, @Nullable String property) {
        context.disableDefaultConstraintViolation();
        var builder = context.buildConstraintViolationWithTemplate(template);
        if (property == null) {
            builder.addConstraintViolation();
        } else {
            builder.addPropertyNode(property).addConstraintViolation();
        }
        return false;
    }
}
