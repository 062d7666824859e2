package io.github.frivillig.core.dataset;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.github.frivillig.core.code.IcnpoCode;
import io.github.frivillig.core.dialogue.DialogueEvent;
import io.github.frivillig.core.dialogue.DialogueInput;
import io.github.frivillig.core.dialogue.EventStatus;
import io.github.frivillig.core.dialogue.Participation;
import io.github.frivillig.core.dialogue.Speaker;
import io.github.frivillig.core.organisation.GroupMember;
import io.github.frivillig.core.organisation.Organisation;
import io.github.frivillig.core.organisation.OrganisationKind;
import io.github.frivillig.core.organisation.ReferenceGroup;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.value.Count;
import io.github.frivillig.core.value.LocalId;

/**
 * The organisations that took part in the dialogue of a policy, and the ICNPO groups they belong to.
 * <p>
 * An organisation takes part when it organised, facilitated or took part in a dialogue event that was held (named
 * among the event's participants, or the organisation of one of its speakers), submitted an input, or has a
 * representative in a reference group. Each organisation counts once, however many parts it played. References to
 * organisations the policy does not list are left out (validation reports them).
 * <p>
 * The ICNPO codes of each organisation are mapped to their {@linkplain IcnpoCode#group() groups}: an organisation
 * counts once in each group it has a code in, so the group counts may add up to more than the organisations.
 * Organisations without an ICNPO code, the municipality itself usually among them, are {@link #unclassified()}.
 * <p>
 * Organisations of the kinds in {@link #VOLUNTARY_SECTOR} are counted apart, with the number of ICNPO groups they
 * cover. Sources often count the organisations at an event instead of naming them ("45 associations took part");
 * {@link #countedAtOneEvent()} keeps the largest such count, and {@link #voluntaryOrganisationsAtLeast()} combines
 * the named and the counted into the number of voluntary organisations known to have taken part. These are the
 * measures of breadth that {@link CompletenessAssessment} judges the dialogue by.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param organisations  the number of distinct organisations that took part
 * @param voluntaryOrganisations  how many of them are of the voluntary sector
 * @param voluntaryIcnpoGroups  the number of ICNPO groups the voluntary ones belong to
 * @param icnpoGroups  how many of all of them belong to each ICNPO group, for the groups with at least one
 * @param unclassified  how many of them have no ICNPO code
 * @param countedAtOneEvent  the largest number of organisations counted at one held event, zero if none was counted
 */
public record ParticipatingOrganisations(int organisations, int voluntaryOrganisations, int voluntaryIcnpoGroups,
        Map<IcnpoCode, Integer> icnpoGroups, int unclassified, int countedAtOneEvent) {

    /**
     * The kinds of organisation that belong to the voluntary sector: voluntary associations, umbrella organisations,
     * volunteer centres, religious communities, foundations and informal groups. Municipal, political and public
     * bodies, research institutions and businesses do not; nor does {@link OrganisationKind#OTHER}, since nothing
     * is known about it.
     */
    public static final Set<OrganisationKind> VOLUNTARY_SECTOR = Collections.unmodifiableSet(EnumSet.of(
            OrganisationKind.VOLUNTARY_ASSOCIATION, OrganisationKind.UMBRELLA_ORGANISATION,
            OrganisationKind.VOLUNTEER_CENTRE, OrganisationKind.RELIGIOUS_COMMUNITY, OrganisationKind.FOUNDATION,
            OrganisationKind.INFORMAL_GROUP));

    /**
     * Creates the participating organisations, copying the map.
     *
     * @param organisations  the number of distinct organisations that took part, zero or more
     * @param voluntaryOrganisations  how many of them are of the voluntary sector, zero or more
     * @param voluntaryIcnpoGroups  the number of ICNPO groups the voluntary ones belong to, zero or more
     * @param icnpoGroups  how many of them belong to each ICNPO group, not null
     * @param unclassified  how many of them have no ICNPO code, zero or more
     * @param countedAtOneEvent  the largest number of organisations counted at one held event, zero or more
     * @throws IllegalArgumentException if a count is negative or not positive in the map, a key of the map is a
     *         subgroup, or a part outnumbers its whole
     */
    public ParticipatingOrganisations {
        Objects.requireNonNull(icnpoGroups, "icnpoGroups");
        if (organisations < 0 || voluntaryOrganisations < 0 || voluntaryIcnpoGroups < 0 || unclassified < 0
                || countedAtOneEvent < 0) {
            throw new IllegalArgumentException("Counts must not be negative");
        }
        if (voluntaryOrganisations > organisations || unclassified > organisations) {
            throw new IllegalArgumentException("Part of the " + organisations + " organisations outnumbers them");
        }
        EnumMap<IcnpoCode, Integer> groups = new EnumMap<>(IcnpoCode.class);
        for (Map.Entry<IcnpoCode, Integer> entry : icnpoGroups.entrySet()) {
            IcnpoCode group = Objects.requireNonNull(entry.getKey(), "group");
            int count = Objects.requireNonNull(entry.getValue(), "count");
            if (!group.isGroup() || count <= 0 || count > organisations) {
                throw new IllegalArgumentException("ICNPO group count '" + group.code() + "=" + count
                        + "' is not a group with 1 to " + organisations + " organisations");
            }
            groups.put(group, count);
        }
        if (voluntaryIcnpoGroups > groups.size()) {
            throw new IllegalArgumentException("The voluntary organisations' " + voluntaryIcnpoGroups
                    + " ICNPO groups outnumber the " + groups.size() + " groups of all");
        }
        icnpoGroups = Collections.unmodifiableMap(groups);
    }

    /**
     * Finds the organisations that took part in the dialogue of a policy.
     *
     * @param policy  the policy, not null
     * @return the participating organisations, not null
     */
    public static ParticipatingOrganisations of(Policy policy) {
        Objects.requireNonNull(policy, "policy");
        Set<LocalId> ids = new LinkedHashSet<>();
        int counted = 0;
        for (DialogueEvent event : policy.events()) {
            // Only an event that took place had participants.
            if (event.status() != EventStatus.HELD) {
                continue;
            }
            ids.addAll(event.organisers());
            ids.addAll(event.facilitators());
            for (Speaker speaker : event.speakers()) {
                if (speaker.person() != null) {
                    addIfPresent(ids, speaker.person().organisation());
                }
            }
            Participation participation = event.participation();
            if (participation != null) {
                ids.addAll(participation.organisations());
                counted = Math.max(counted, organisationsCounted(participation));
            }
        }
        for (DialogueInput input : policy.inputs()) {
            ids.addAll(input.submittedBy());
        }
        for (ReferenceGroup group : policy.referenceGroups()) {
            for (GroupMember member : group.members()) {
                if (member instanceof GroupMember.OrganisationRepresentative representative) {
                    addIfPresent(ids, representative.organisation());
                }
            }
        }
        return of(resolve(ids, policy.organisations()), counted);
    }

    private static ParticipatingOrganisations of(List<Organisation> participants, int counted) {
        EnumMap<IcnpoCode, Integer> groups = new EnumMap<>(IcnpoCode.class);
        Set<IcnpoCode> voluntaryGroups = EnumSet.noneOf(IcnpoCode.class);
        int voluntary = 0;
        int unclassified = 0;
        for (Organisation organisation : participants) {
            // Two subgroups of one group still make one organisation in that group.
            Set<IcnpoCode> own = EnumSet.noneOf(IcnpoCode.class);
            for (IcnpoCode code : organisation.icnpo()) {
                own.add(code.group());
            }
            for (IcnpoCode group : own) {
                groups.merge(group, 1, Integer::sum);
            }
            if (own.isEmpty()) {
                unclassified++;
            }
            if (organisation.kind() != null && VOLUNTARY_SECTOR.contains(organisation.kind())) {
                voluntary++;
                voluntaryGroups.addAll(own);
            }
        }
        return new ParticipatingOrganisations(participants.size(), voluntary, voluntaryGroups.size(), groups,
                unclassified, counted);
    }

    /**
     * The organisations counted at an event: those that took part or, when a source gives only registrations, those
     * that registered, since for an event that was held the registrations are the turnout the source reports. The
     * lower bound, so that "over 20" counts as 21.
     */
    private static int organisationsCounted(Participation participation) {
        Count count = participation.organisationCount() != null ? participation.organisationCount()
                : participation.registeredOrganisations();
        return count == null ? 0 : Math.max(0, count.lowerBound());
    }

    private static void addIfPresent(Set<LocalId> ids, @Nullable LocalId id) {
        if (id != null) {
            ids.add(id);
        }
    }

    // References that resolve to no organisation are left out: validation reports them, and there is nothing to
    // classify. If two organisations share an id, which validation also reports, the first is taken.
    private static List<Organisation> resolve(Set<LocalId> ids, List<Organisation> organisations) {
        Map<LocalId, Organisation> byId = new HashMap<>();
        for (Organisation organisation : organisations) {
            if (organisation.id() != null) {
                byId.putIfAbsent(organisation.id(), organisation);
            }
        }
        List<Organisation> resolved = new ArrayList<>(ids.size());
        for (LocalId id : ids) {
            Organisation organisation = byId.get(id);
            if (organisation != null) {
                resolved.add(organisation);
            }
        }
        return resolved;
    }

    /**
     * Returns how many participating organisations belong to an ICNPO group.
     *
     * @param group  the ICNPO group, or a subgroup, whose group is taken, not null
     * @return the number of organisations, zero if none
     */
    public int count(IcnpoCode group) {
        return icnpoGroups.getOrDefault(Objects.requireNonNull(group, "group").group(), 0);
    }

    /**
     * Returns the number of voluntary organisations known to have taken part: the larger of those named and those
     * counted at one event. The two cannot be added, since the counted ones may include the named ones, nor can the
     * counts of several events, since the same organisations may have come to each. Counted organisations are taken
     * to be voluntary ones: sources count the associations that came ("45 associations took part"), and the model
     * gives a count no kind.
     *
     * @return the fewest voluntary organisations that took part
     */
    public int voluntaryOrganisationsAtLeast() {
        return Math.max(voluntaryOrganisations, countedAtOneEvent);
    }
}
