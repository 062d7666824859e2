package io.github.frivillig.core.dataset;

import java.util.Set;

import io.github.frivillig.core.organisation.GroupMember;
import io.github.frivillig.core.organisation.GroupStatus;
import io.github.frivillig.core.organisation.ReferenceGroup;
import io.github.frivillig.core.organisation.Seats;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.value.Count;

/**
 * The groups through which the voluntary sector and citizens took part in the work on a policy, and their members,
 * as {@link CompletenessAssessment} documents them: a group takes part once it has been formed (any status but
 * proposed) and has members from outside the administration, organisation representatives, citizens or elected
 * representatives, named or counted in its composition. Members of the municipality's staff are the municipality
 * itself and make no group a part of the dialogue.
 *
 * @param groups  the number of groups that take part
 * @param organisationRepresentatives  the fewest organisation representatives among their members
 * @param citizens  the fewest citizens among their members
 * @param electedRepresentatives  the fewest elected representatives among their members
 */
record GroupWork(int groups, int organisationRepresentatives, int citizens, int electedRepresentatives) {

    private static final Set<GroupMember.Type> FROM_OUTSIDE = Set.of(GroupMember.Type.ORGANISATION_REPRESENTATIVE,
            GroupMember.Type.CITIZEN, GroupMember.Type.ELECTED_REPRESENTATIVE);

    static GroupWork of(Policy policy) {
        int groups = 0;
        int[] members = new int[GroupMember.Type.values().length];
        for (ReferenceGroup group : policy.referenceGroups()) {
            if (!takesPart(group)) {
                continue;
            }
            groups++;
            for (GroupMember member : group.members()) {
                members[member.type().ordinal()]++;
            }
            for (Seats seats : group.composition()) {
                if (seats.category() != null) {
                    members[seats.category().ordinal()] += atLeast(seats);
                }
            }
        }
        return new GroupWork(groups, members[GroupMember.Type.ORGANISATION_REPRESENTATIVE.ordinal()],
                members[GroupMember.Type.CITIZEN.ordinal()], members[GroupMember.Type.ELECTED_REPRESENTATIVE.ordinal()]);
    }

    /** Whether a group took part in the work: formed, with members from outside the administration. */
    static boolean takesPart(ReferenceGroup group) {
        if (!isFormed(group)) {
            return false;
        }
        for (GroupMember member : group.members()) {
            if (FROM_OUTSIDE.contains(member.type())) {
                return true;
            }
        }
        for (Seats seats : group.composition()) {
            if (seats.category() != null && FROM_OUTSIDE.contains(seats.category()) && atLeast(seats) > 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether a group has been formed: any status but proposed; a status not given is taken as not stated. */
    static boolean isFormed(ReferenceGroup group) {
        return group.status() != GroupStatus.PROPOSED;
    }

    /**
     * The fewest members the seats stand for: the lower bound of their count, but at least one, since seats are
     * listed because there are such members ("citizens", "nearly 10 citizens", "representatives of the sports
     * clubs"); none only for a count of zero.
     */
    static int atLeast(Seats seats) {
        Count count = seats.count();
        if (count == null) {
            return 1;
        }
        Integer value = count.value();
        return value != null && value == 0 ? 0 : Math.max(1, count.lowerBound());
    }
}
