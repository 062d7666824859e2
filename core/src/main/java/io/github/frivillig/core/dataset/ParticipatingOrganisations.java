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
import io.github.frivillig.core.organisation.Seats;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.value.Count;
import io.github.frivillig.core.value.LocalId;

/**
 * The organisations that took part in the dialogue of a policy, and the ICNPO groups they belong to.
 * <p>
 * An organisation takes part when it organised, facilitated or took part in a dialogue event that was held (named
 * among the event's participants, or the organisation of one of its speakers), submitted an input, or is
 * represented in a group that has been formed (any status but proposed): by a named member, or named among the
 * organisations of the group's counted seats ({@link io.github.frivillig.core.organisation.Seats}). Each
 * organisation counts once, however many parts it played. References to organisations the policy does not list are
 * left out (validation reports them).
 * <p>
 * The ICNPO codes of each organisation are mapped to their {@linkplain IcnpoCode#group() groups}: an organisation
 * counts once in each group it has a code in, so the group counts may add up to more than the organisations.
 * Organisations without an ICNPO code, the municipality itself usually among them, are {@link #unclassified()}.
 * <p>
 * Organisations of the kinds in {@link #VOLUNTARY_SECTOR} are counted apart, with the number of ICNPO groups they
 * cover; the fields that the organisation seats of a formed group represent ("a representative from each of sports,
 * choir and youth club") add to those groups. Sources often count the organisations instead of naming them ("45
 * associations took part", "5 representatives of the associations"): {@link #countedAtOneEvent()} keeps the
 * largest count at one held event and {@link #countedInOneGroup()} the most voluntary organisations represented in
 * one formed group, and {@link #voluntaryOrganisationsAtLeast()} combines the named and the counted into the number
 * of voluntary organisations known to have taken part. These are the measures of breadth that
 * {@link CompletenessAssessment} judges the dialogue by.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param organisations  the number of distinct organisations that took part
 * @param voluntaryOrganisations  how many of them are of the voluntary sector
 * @param voluntaryIcnpoGroups  the number of ICNPO groups the voluntary ones belong to, with the fields represented
 *                              by the organisation seats of formed groups
 * @param icnpoGroups  how many of all of them belong to each ICNPO group, for the groups with at least one
 * @param unclassified  how many of them have no ICNPO code
 * @param countedAtOneEvent  the largest number of organisations counted at one held event, zero if none was counted
 * @param countedInOneGroup  the most voluntary organisations represented in one formed group, the named voluntary
 *                           ones and those its organisation seats count beyond the named, zero if none
 */
public record ParticipatingOrganisations(int organisations, int voluntaryOrganisations, int voluntaryIcnpoGroups,
        Map<IcnpoCode, Integer> icnpoGroups, int unclassified, int countedAtOneEvent, int countedInOneGroup) {

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
     * @throws IllegalArgumentException if a count is negative or not positive in the map, a key of the map is a
     *         subgroup, or a part outnumbers its whole
     */
    public ParticipatingOrganisations {
        Objects.requireNonNull(icnpoGroups, "icnpoGroups");
        if (organisations < 0 || voluntaryOrganisations < 0 || voluntaryIcnpoGroups < 0 || unclassified < 0
                || countedAtOneEvent < 0 || countedInOneGroup < 0) {
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
        // Most participants have no ICNPO code: an empty map is shared rather than an enum map kept per policy.
        icnpoGroups = groups.isEmpty() ? Map.of() : Collections.unmodifiableMap(groups);
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
        List<ReferenceGroup> groups = new ArrayList<>();
        for (ReferenceGroup group : policy.referenceGroups()) {
            if (GroupWork.isFormed(group)) {
                groups.add(group);
                ids.addAll(namedIn(group));
            }
        }
        Map<LocalId, Organisation> byId = byId(policy.organisations());
        Named named = classify(resolve(ids, byId));
        Set<IcnpoCode> fields = EnumSet.noneOf(IcnpoCode.class);
        int inOneGroup = 0;
        for (ReferenceGroup group : groups) {
            inOneGroup = Math.max(inOneGroup, voluntaryIn(group, byId));
            for (Seats seats : group.composition()) {
                if (seats.category() == GroupMember.Type.ORGANISATION_REPRESENTATIVE) {
                    seats.icnpo().forEach(code -> fields.add(code.group()));
                }
            }
        }
        fields.addAll(named.voluntaryGroups);
        return new ParticipatingOrganisations(named.organisations(), named.voluntaryOrganisations(), fields.size(),
                named.icnpoGroups(), named.unclassified(), counted, inOneGroup);
    }

    /** The organisations a group names: those its members represent and those of its organisation seats. */
    private static Set<LocalId> namedIn(ReferenceGroup group) {
        Set<LocalId> ids = new LinkedHashSet<>();
        for (GroupMember member : group.members()) {
            if (member instanceof GroupMember.OrganisationRepresentative representative) {
                addIfPresent(ids, representative.organisation());
            }
        }
        for (Seats seats : group.composition()) {
            if (seats.category() == GroupMember.Type.ORGANISATION_REPRESENTATIVE) {
                ids.addAll(seats.organisations());
            }
        }
        return ids;
    }

    /**
     * The voluntary organisations represented in a group: the named ones of the voluntary sector, and as many more
     * as its organisation seats count beyond the organisations they name, which are taken to be voluntary ones, as
     * counts at events are.
     */
    private static int voluntaryIn(ReferenceGroup group, Map<LocalId, Organisation> byId) {
        int voluntary = 0;
        for (Organisation organisation : resolve(namedIn(group), byId)) {
            if (organisation.kind() != null && VOLUNTARY_SECTOR.contains(organisation.kind())) {
                voluntary++;
            }
        }
        for (Seats seats : group.composition()) {
            if (seats.category() == GroupMember.Type.ORGANISATION_REPRESENTATIVE) {
                voluntary += Math.max(0, GroupWork.atLeast(seats) - seats.organisations().size());
            }
        }
        return voluntary;
    }

    /** The organisations named as taking part, classified. */
    private record Named(int organisations, int voluntaryOrganisations, Set<IcnpoCode> voluntaryGroups,
            Map<IcnpoCode, Integer> icnpoGroups, int unclassified) {
    }

    private static Named classify(List<Organisation> participants) {
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
        return new Named(participants.size(), voluntary, voluntaryGroups, groups, unclassified);
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

    // If two organisations share an id, which validation reports, the first is taken.
    private static Map<LocalId, Organisation> byId(List<Organisation> organisations) {
        Map<LocalId, Organisation> byId = new HashMap<>();
        for (Organisation organisation : organisations) {
            if (organisation.id() != null) {
                byId.putIfAbsent(organisation.id(), organisation);
            }
        }
        return byId;
    }

    // References that resolve to no organisation are left out: validation reports them, and there is nothing to
    // classify.
    private static List<Organisation> resolve(Set<LocalId> ids, Map<LocalId, Organisation> byId) {
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
     * Returns the number of voluntary organisations known to have taken part: the largest of those named, those
     * counted at one event and those represented in one group. They cannot be added, since the counted ones may
     * include the named ones, nor can the counts of several events or groups, since the same organisations may have
     * come to each. Counted organisations are taken to be voluntary ones: sources count the associations that came
     * ("45 associations took part") or sat in a group, and the model gives a count no kind.
     *
     * @return the fewest voluntary organisations that took part
     */
    public int voluntaryOrganisationsAtLeast() {
        return Math.max(voluntaryOrganisations, Math.max(countedAtOneEvent, countedInOneGroup));
    }
}
