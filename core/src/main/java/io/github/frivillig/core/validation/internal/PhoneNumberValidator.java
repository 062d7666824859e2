package io.github.frivillig.core.validation.internal;

import java.util.regex.Pattern;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import io.github.frivillig.core.validation.constraints.PhoneNumber;

/** Checks {@link PhoneNumber}. */
public final class PhoneNumberValidator implements ConstraintValidator<PhoneNumber, CharSequence> {

    private static final Pattern FORMAT = Pattern.compile("\\+?[0-9 ()./-]{3,30}");

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        if (!FORMAT.matcher(value).matches()) {
            return false;
        }
        int digits = 0;
        for (int i = 0; i < value.length(); i++) {
            if (Character.isDigit(value.charAt(i))) {
                digits++;
            }
        }
        return digits >= 3;
    }
}
