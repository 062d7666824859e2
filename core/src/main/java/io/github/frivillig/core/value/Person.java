package io.github.frivillig.core.value;

import jakarta.validation.constraints.Email;

import org.jspecify.annotations.Nullable;

import io.github.frivillig.core.text.LocalizedText;
import io.github.frivillig.core.validation.constraints.PhoneNumber;
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
public record Person(
        @PersonalData @Nullable String name,
        @ValidText @Nullable LocalizedText title,
        @Nullable LocalId organisation,
        @PersonalData @Email @Nullable String email,
        @PersonalData @PhoneNumber @Nullable String phone) {

    /**
     * Returns a builder for a person.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder that starts with the values of this person.
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        return new Builder().name(name).title(title).organisation(organisation).email(email).phone(phone);
    }

    /**
     * Builds a {@link Person}.
     * <p>
     * This class is mutable and not thread-safe.
     */
    public static final class Builder {
        private String name;
        private LocalizedText title;
        private LocalId organisation;
        private String email;
        private String phone;

        private Builder() {
        }

        /**
         * Sets the name.
         *
         * @param name  the name, null if not given
         * @return this builder, not null
         */
        public Builder name(@Nullable String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets the title or role.
         *
         * @param title  the title, null if not given
         * @return this builder, not null
         */
        public Builder title(@Nullable LocalizedText title) {
            this.title = title;
            return this;
        }

        /**
         * Sets the organisation the person belongs to.
         *
         * @param organisation  the organisation's local id, null if none
         * @return this builder, not null
         */
        public Builder organisation(@Nullable LocalId organisation) {
            this.organisation = organisation;
            return this;
        }

        /**
         * Sets the e-mail address.
         *
         * @param email  the e-mail address, null if not given
         * @return this builder, not null
         */
        public Builder email(@Nullable String email) {
            this.email = email;
            return this;
        }

        /**
         * Sets the phone number.
         *
         * @param phone  the phone number, null if not given
         * @return this builder, not null
         */
        public Builder phone(@Nullable String phone) {
            this.phone = phone;
            return this;
        }

        /**
         * Builds the person.
         *
         * @return the person, not null
         */
        public Person build() {
            return new Person(name, title, organisation, email, phone);
        }
    }
}
