package io.github.frivillig.core.value;

import jakarta.validation.constraints.Email;

import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

import io.github.frivillig.core.internal.BuilderStyle;
import io.github.frivillig.core.text.LocalizedText;
import io.github.frivillig.core.validation.constraints.PhoneNumber;
import io.github.frivillig.core.validation.constraints.ValidLocalId;
import io.github.frivillig.core.validation.constraints.ValidText;

/**
 * A person named in a policy: a contact point, a speaker at a dialogue meeting, a member of a reference group.
 * <p>
 * The name, e-mail address and phone number are {@link PersonalData personal data}. A person may be known only by
 * a role ("the mayor", "the head of culture") and an organisation, with no name.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param name  the person's name, null if not given; personal data
 * @param title  the person's title or role, such as "Frivilligkoordinator" or "professor i sociologi", null if
 *               not given
 * @param organisation  the local id of the organisation the person belongs to or speaks for, null if none
 * @param email  the e-mail address, null if not given; personal data
 * @param phone  the phone number, null if not given; personal data
 */
@Value.Builder
@BuilderStyle
public record Person(
        @PersonalData @Nullable String name,
        @ValidText @Nullable LocalizedText title,
        @ValidLocalId @Nullable LocalId organisation,
        @PersonalData @Email @Nullable String email,
        @PersonalData @PhoneNumber @Nullable String phone) {

    /** {@return a new builder, with every collection empty and every other value null} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a new builder that starts with the values of this {@code Person}} */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /**
     * Builds a {@link Person} through the canonical constructor, checking nothing more than it does:
     * validation reports every problem with the data. Its methods, generated from the components at compile time,
     * are a setter for each component, and for each list {@code addX} of one element, {@code addXs} of several and
     * {@code addAllXs} of an iterable.
     * <p>
     * This class is mutable and not thread-safe.
     */
    public static final class Builder extends PersonBuilder {
        Builder() {
        }
    }
}
