package io.github.frivillig.core.organisation;

import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

import io.github.frivillig.core.code.Coded;
import io.github.frivillig.core.validation.constraints.ValidLocalId;
import io.github.frivillig.core.value.LocalId;
import io.github.frivillig.core.value.Person;
import io.github.frivillig.core.value.PersonalData;

/**
 * A member of a {@link ReferenceGroup}: an organisation's representative, an elected representative, or an
 * individual citizen, each with a role.
 * <p>
 * The family is closed. In the JSON format the {@link Type#code() type code} tells the kinds apart.
 * <p>
 * All implementations are immutable and thread-safe.
 */
public sealed interface GroupMember
        permits GroupMember.OrganisationRepresentative, GroupMember.ElectedRepresentative, GroupMember.Citizen {

    /**
     * Returns the kind of member.
     *
     * @return the kind, not null
     */
    Type type();

    /**
     * Returns the member's role in the group.
     *
     * @return the role, null if not given
     */
    @Nullable MemberRole role();

    /**
     * Returns the person, if one is named.
     *
     * @return the person, null if the member is an organisation whose representative is not named
     */
    @Nullable Person person();

    /** The kinds of group member. */
    enum Type implements Coded {
        /** A representative of an organisation of the policy. */
        ORGANISATION_REPRESENTATIVE("organisation-representative"),
        /** An elected representative (a politician). */
        ELECTED_REPRESENTATIVE("elected-representative"),
        /** An individual citizen. */
        CITIZEN("citizen");

        private final String code;

        Type(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }

    /**
     * A member who represents an organisation of the policy.
     *
     * @param organisation  the local id of the organisation represented, required
     * @param person  the representative, null if not named
     * @param role  the role in the group, required
     */
    record OrganisationRepresentative(@NotNull @ValidLocalId @Nullable LocalId organisation,
            @Valid @Nullable Person person, @NotNull @Nullable MemberRole role) implements GroupMember {

        /**
         * Obtains a representative.
         *
         * @param organisation  the local id of the organisation, not null
         * @param person  the representative, null if not named
         * @param role  the role, not null
         * @return the member, not null
         */
        public static OrganisationRepresentative of(LocalId organisation, @Nullable Person person, MemberRole role) {
            return new OrganisationRepresentative(Objects.requireNonNull(organisation, "organisation"), person,
                    Objects.requireNonNull(role, "role"));
        }

        @Override
        public Type type() {
            return Type.ORGANISATION_REPRESENTATIVE;
        }
    }

    /**
     * A member who is an elected representative.
     *
     * @param person  the representative, required
     * @param party  the political party, null if not given; personal data, as a named person's political
     *               affiliation
     * @param role  the role in the group, required
     */
    record ElectedRepresentative(@NotNull @Valid @Nullable Person person, @PersonalData @Nullable String party,
            @NotNull @Nullable MemberRole role) implements GroupMember {

        /**
         * Obtains an elected representative.
         *
         * @param person  the representative, not null
         * @param party  the party, null if not given
         * @param role  the role, not null
         * @return the member, not null
         */
        public static ElectedRepresentative of(Person person, @Nullable String party, MemberRole role) {
            return new ElectedRepresentative(Objects.requireNonNull(person, "person"), party,
                    Objects.requireNonNull(role, "role"));
        }

        @Override
        public Type type() {
            return Type.ELECTED_REPRESENTATIVE;
        }
    }

    /**
     * A member who takes part as an individual citizen.
     *
     * @param person  the citizen, required
     * @param role  the role in the group, required
     */
    record Citizen(@NotNull @Valid @Nullable Person person, @NotNull @Nullable MemberRole role) implements GroupMember {

        /**
         * Obtains a citizen member.
         *
         * @param person  the citizen, not null
         * @param role  the role, not null
         * @return the member, not null
         */
        public static Citizen of(Person person, MemberRole role) {
            return new Citizen(Objects.requireNonNull(person, "person"), Objects.requireNonNull(role, "role"));
        }

        @Override
        public Type type() {
            return Type.CITIZEN;
        }
    }
}
