package io.github.frivillig.core.organisation;

import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

import io.github.frivillig.core.code.Coded;
import io.github.frivillig.core.validation.constraints.ValidLocalId;
import io.github.frivillig.core.validation.constraints.ValidPeriod;
import io.github.frivillig.core.value.LocalId;
import io.github.frivillig.core.value.Period;
import io.github.frivillig.core.value.Person;
import io.github.frivillig.core.value.PersonalData;

/**
 * A member of a {@link ReferenceGroup}: an organisation's representative, an elected representative, an individual
 * citizen, a member of the municipality's staff, or a named person in a capacity the source does not state, each
 * with a role, and with the time of the membership where the source gives it. Members the source only counts are the group's {@link Seats}.
 * <p>
 * The family is closed. In the JSON format the {@link Type#code() type code} tells the kinds apart.
 * <p>
 * All implementations are immutable and thread-safe.
 */
public sealed interface GroupMember
        permits GroupMember.OrganisationRepresentative, GroupMember.ElectedRepresentative, GroupMember.Citizen,
        GroupMember.MunicipalStaff, GroupMember.NotStated {

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
     * Returns when the membership began and ended, for a member who joined or left during the work.
     *
     * @return the period, null if the source does not say
     */
    @Nullable Period period();

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
        CITIZEN("citizen"),
        /** A member of the municipality's staff, such as the volunteer coordinator or a head of department. */
        MUNICIPAL_STAFF("municipal-staff"),
        /** A member whose capacity the source does not state. */
        NOT_STATED("not-stated");

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
     * @param period  when the membership began and ended, null if the source does not say
     */
    record OrganisationRepresentative(@NotNull @ValidLocalId @Nullable LocalId organisation,
            @Valid @Nullable Person person, @NotNull @Nullable MemberRole role,
            @ValidPeriod @Nullable Period period) implements GroupMember {

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
                    Objects.requireNonNull(role, "role"), null);
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
     * @param period  when the membership began and ended, null if the source does not say
     */
    record ElectedRepresentative(@NotNull @Valid @Nullable Person person, @PersonalData @Nullable String party,
            @NotNull @Nullable MemberRole role, @ValidPeriod @Nullable Period period) implements GroupMember {

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
                    Objects.requireNonNull(role, "role"), null);
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
     * @param period  when the membership began and ended, null if the source does not say
     */
    record Citizen(@NotNull @Valid @Nullable Person person, @NotNull @Nullable MemberRole role,
            @ValidPeriod @Nullable Period period) implements GroupMember {

        /**
         * Obtains a citizen member.
         *
         * @param person  the citizen, not null
         * @param role  the role, not null
         * @return the member, not null
         */
        public static Citizen of(Person person, MemberRole role) {
            return new Citizen(Objects.requireNonNull(person, "person"), Objects.requireNonNull(role, "role"), null);
        }

        @Override
        public Type type() {
            return Type.CITIZEN;
        }
    }

    /**
     * A member from the municipality's staff, such as the volunteer coordinator, a head of culture or a planner,
     * named or known by the post.
     *
     * @param organisation  the local id of the municipal unit or municipality the member works for, null if not
     *                      given
     * @param person  the member, by name or by post, null if the source does not say
     * @param role  the role in the group, required
     * @param period  when the membership began and ended, null if the source does not say
     */
    record MunicipalStaff(@ValidLocalId @Nullable LocalId organisation, @Valid @Nullable Person person,
            @NotNull @Nullable MemberRole role, @ValidPeriod @Nullable Period period) implements GroupMember {

        /**
         * Obtains a member of the municipality's staff.
         *
         * @param organisation  the local id of the unit they work for, null if not given
         * @param person  the member, null if not given
         * @param role  the role, not null
         * @return the member, not null
         */
        public static MunicipalStaff of(@Nullable LocalId organisation, @Nullable Person person, MemberRole role) {
            return new MunicipalStaff(organisation, person, Objects.requireNonNull(role, "role"), null);
        }

        @Override
        public Type type() {
            return Type.MUNICIPAL_STAFF;
        }
    }

    /**
     * A named member whose capacity the source does not state: neither an organisation represented nor an office,
     * as in a list of a group's members by name only.
     *
     * @param person  the member, required
     * @param role  the role in the group, required
     * @param period  when the membership began and ended, null if the source does not say
     */
    record NotStated(@NotNull @Valid @Nullable Person person, @NotNull @Nullable MemberRole role,
            @ValidPeriod @Nullable Period period) implements GroupMember {

        /**
         * Obtains a member whose capacity is not stated.
         *
         * @param person  the member, not null
         * @param role  the role, not null
         * @return the member, not null
         */
        public static NotStated of(Person person, MemberRole role) {
            return new NotStated(Objects.requireNonNull(person, "person"), Objects.requireNonNull(role, "role"),
                    null);
        }

        @Override
        public Type type() {
            return Type.NOT_STATED;
        }
    }
}
