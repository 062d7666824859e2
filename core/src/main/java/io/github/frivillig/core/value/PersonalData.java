package io.github.frivillig.core.value;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a component whose value is personal data about a natural person: a name, an e-mail address or a phone
 * number.
 * <p>
 * Frivillig leaves values marked this way out of exports and masks them in validation reports unless the caller
 * explicitly asks for them.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface PersonalData {
}
