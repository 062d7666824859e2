package io.github.frivillig.core.validation.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.github.frivillig.core.dialogue.DialogueEvent;
import io.github.frivillig.core.dialogue.DialogueInput;
import io.github.frivillig.core.dialogue.Disposition;
import io.github.frivillig.core.dialogue.EventStatus;
import io.github.frivillig.core.dialogue.Speaker;
import io.github.frivillig.core.municipality.Country;
import io.github.frivillig.core.organisation.GroupMember;
import io.github.frivillig.core.organisation.Organisation;
import io.github.frivillig.core.organisation.ReferenceGroup;
import io.github.frivillig.core.policy.Decision;
import io.github.frivillig.core.policy.DecisionKind;
import io.github.frivillig.core.policy.Foundation;
import io.github.frivillig.core.policy.FrameworkLink;
import io.github.frivillig.core.policy.Measure;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.policy.PolicyStatus;
import io.github.frivillig.core.policy.Principle;
import io.github.frivillig.core.policy.SourceDocument;
import io.github.frivillig.core.text.Languages;
import io.github.frivillig.core.text.LocalizedText;
import io.github.frivillig.core.value.LocalId;
import io.github.frivillig.core.value.PartialDate;
import io.github.frivillig.core.value.Person;

/**
 * The rules that span a whole policy: unique ids, references that resolve, dates in order, requirements that
 * depend on a status, and the quality warnings.
 * <p>
 * One pass over the policy: every collection is indexed once in a hash map, so the cost grows linearly with the
 * size of the document.
 */
public final class DocumentRules {

    private static final Set<Disposition> REASON_REQUIRED = EnumSet.of(Disposition.DECLINED, Disposition.PARTLY_ACCEPTED);

    private static final Set<Disposition> ANSWER_EXPECTED = EnumSet.of(
            Disposition.ACCEPTED, Disposition.PARTLY_ACCEPTED, Disposition.IMPLEMENTED);

    private final Policy policy;
    private final Reporter reporter;
    private Map<String, Integer> principles;
    private Map<String, Integer> inputs;
    private Map<String, Integer> organisations;
    private Map<String, Integer> events;
    private Map<String, Integer> foundations;

    private DocumentRules(Policy policy, Reporter reporter) {
        this.policy = policy;
        this.reporter = reporter;
    }

    /**
     * Checks a policy and reports what is wrong.
     *
     * @param policy  the policy, not null
     * @param reporter  the reporter, not null
     */
    public static void check(Policy policy, Reporter reporter) {
        new DocumentRules(policy, reporter).check();
    }

    private void check() {
        principles = index(policy.principles(), Principle::id, "principles");
        inputs = index(policy.inputs(), DialogueInput::id, "inputs");
        organisations = index(policy.organisations(), Organisation::id, "organisations");
        events = index(policy.events(), DialogueEvent::id, "events");
        foundations = index(policy.foundations(), Foundation::id, "foundations");
        index(policy.measures(), Measure::id, "measures");
        index(policy.referenceGroups(), ReferenceGroup::id, "referenceGroups");
        index(policy.sources(), SourceDocument::id, "sources");

        checkPolicy();
        checkFoundations();
        checkPrinciples();
        boolean[] answeredInputs = checkMeasures();
        checkOrganisations();
        checkGroups();
        checkEvents();
        checkInputs(answeredInputs);
        checkContactsAndSources();
    }

    private <T> Map<String, Integer> index(List<T> items, Function<T, LocalId> id, String collection) {
        Map<String, Integer> index = new HashMap<>(Math.max(16, items.size() * 2));
        for (int i = 0; i < items.size(); i++) {
            LocalId localId = id.apply(items.get(i));
            if (localId == null) {
                continue;
            }
            Integer first = index.putIfAbsent(localId.value(), i);
            if (first != null) {
                reporter.report(Rule.ID_DUPLICATE, Reporter.args("id", localId, "collection", collection,
                        "first", Location.pointer(collection, first)), localId.value(), collection, i, "id");
            }
        }
        return index;
    }

    // The checks below test a reference before they build the place to report it at: a place is an array, and
    // building one for every reference, of which there are thousands, would cost more than checking them.

    /** Whether an id refers to nothing in an index; an absent id is not a reference. */
    private static boolean unknown(Map<String, Integer> index, LocalId id) {
        return id != null && !index.containsKey(id.value());
    }

    /** Whether every id of a list refers to something in an index. */
    private static boolean allKnown(Map<String, Integer> index, List<LocalId> ids) {
        for (int i = 0; i < ids.size(); i++) {
            if (!index.containsKey(ids.get(i).value())) {
                return false;
            }
        }
        return true;
    }

    private void reportUnknown(Rule rule, LocalId id, Object... segments) {
        reporter.report(rule, Reporter.args("id", id), id.value(), segments);
    }

    /** Reports each id of a list that refers to nothing in an index, at its position after a prefix. */
    private void reportUnknown(Map<String, Integer> index, Rule rule, List<LocalId> ids, Object... prefix) {
        for (int i = 0; i < ids.size(); i++) {
            LocalId id = ids.get(i);
            if (!index.containsKey(id.value())) {
                reportUnknown(rule, id, append(prefix, i));
            }
        }
    }

    private void organisations(List<LocalId> ids, Object... prefix) {
        reportUnknown(organisations, Rule.REFERENCE_UNKNOWN_ORGANISATION, ids, prefix);
    }

    private boolean unknownOrganisation(LocalId id) {
        return unknown(organisations, id);
    }

    private boolean unknownOrganisationOf(Person person) {
        return person != null && unknown(organisations, person.organisation());
    }

    private void reportUnknownOrganisation(LocalId id, Object... segments) {
        reportUnknown(Rule.REFERENCE_UNKNOWN_ORGANISATION, id, segments);
    }

    private void checkPolicy() {
        if (unknownOrganisation(policy.owner())) {
            reportUnknownOrganisation(policy.owner(), "owner");
        }
        if (policy.followUp() != null && !allKnown(organisations, policy.followUp().responsible())) {
            organisations(policy.followUp().responsible(), "followUp", "responsible");
        }
        PolicyStatus status = policy.status();
        boolean adopted = false;
        for (int i = 0; i < policy.decisions().size(); i++) {
            Decision decision = policy.decisions().get(i);
            if (decision.kind() != DecisionKind.ADOPTION) {
                continue;
            }
            adopted = true;
            if (decision.body() == null) {
                reporter.report(Rule.DECISION_BODY_MISSING, Reporter.args(), null, "decisions", i, "body");
            }
            if (decision.date() != null) {
                checkAdoptionAfterDialogue(decision.date(), i);
            }
        }
        if (status != null && status.hasBeenAdopted()) {
            if (!adopted) {
                reporter.report(Rule.POLICY_ADOPTION_MISSING, Reporter.args("status", status), status.code(), "decisions");
            }
            if (policy.events().isEmpty() && policy.inputs().isEmpty() && policy.referenceGroups().isEmpty()) {
                reporter.report(Rule.POLICY_NO_DIALOGUE, Reporter.args(), null, "events");
            }
        } else if (status != null && adopted) {
            reporter.report(Rule.POLICY_STATUS_BEFORE_ADOPTION, Reporter.args("status", status), status.code(), "status");
        }
        checkWrittenStandards(policy.title(), "title");
    }

    /**
     * Reports an adoption dated before every held dialogue event: no dialogue can have fed it. Events held after an
     * adoption are follow-up, which many policies have, so only the earliest held event matters.
     */
    private void checkAdoptionAfterDialogue(PartialDate adoption, int decisionIndex) {
        int first = -1;
        LocalDate firstEnd = null;
        for (int e = 0; e < policy.events().size(); e++) {
            DialogueEvent event = policy.events().get(e);
            if (event.status() == EventStatus.HELD && event.date() != null) {
                LocalDate end = event.date().latest().orElse(null);
                if (end != null && (firstEnd == null || end.isBefore(firstEnd))) {
                    first = e;
                    firstEnd = end;
                }
            }
        }
        if (first >= 0 && adoption.isCertainlyBefore(policy.events().get(first).date())) {
            DialogueEvent event = policy.events().get(first);
            reporter.report(Rule.DECISION_BEFORE_DIALOGUE, Reporter.args("date", adoption, "event", event.id(),
                    "eventDate", event.date()), adoption.toString(), "decisions", decisionIndex, "date");
        }
    }

    /**
     * Reports a Norwegian policy's text in one of the two written standards of Norwegian only. The two standards
     * are those of {@link Country#officialLanguages()}; a text tagged with the macrolanguage {@code no} counts as
     * bokmål, as is usual.
     */
    private void checkWrittenStandards(LocalizedText text, String property) {
        if (text == null || policy.municipality() == null || policy.municipality().country() != Country.NORWAY) {
            return;
        }
        List<String> standards = Country.NORWAY.officialLanguages();
        boolean[] present = new boolean[standards.size()];
        for (String tag : text.languages()) {
            String language = Languages.primaryLanguage(tag);
            int standard = standards.indexOf(language.equals("no") ? standards.get(0) : language);
            if (standard >= 0) {
                present[standard] = true;
            }
        }
        if (present[0] != present[1]) {
            reporter.report(Rule.TEXT_SINGLE_WRITTEN_STANDARD, Reporter.args("property", property,
                    "present", standards.get(present[0] ? 0 : 1), "missing", standards.get(present[0] ? 1 : 0)),
                    null, property);
        }
    }

    private void checkFoundations() {
        for (int i = 0; i < policy.foundations().size(); i++) {
            Foundation foundation = policy.foundations().get(i);
            if (foundation.framework() == null && foundation.title() == null) {
                reporter.report(Rule.FOUNDATION_UNNAMED, Reporter.args(), null, "foundations", i);
            }
        }
    }

    private void checkPrinciples() {
        List<Principle> all = policy.principles();
        for (int i = 0; i < all.size(); i++) {
            Principle principle = all.get(i);
            if (unknown(principles, principle.partOf())) {
                reportUnknown(Rule.REFERENCE_UNKNOWN_PRINCIPLE, principle.partOf(), "principles", i, "partOf");
            }
            if (principle.title() == null && principle.statement() == null) {
                reporter.report(Rule.PRINCIPLE_NO_TEXT, Reporter.args(), null, "principles", i);
            }
            List<FrameworkLink> links = principle.frameworkLinks();
            for (int l = 0; l < links.size(); l++) {
                LocalId foundation = links.get(l).foundation();
                if (unknown(foundations, foundation)) {
                    reportUnknown(Rule.REFERENCE_UNKNOWN_FOUNDATION, foundation, "principles", i, "frameworkLinks", l,
                            "foundation");
                }
            }
        }
        reportCycles(all.size(), i -> all.get(i).partOf(), principles, Rule.PRINCIPLE_PART_OF_CYCLE, "principles",
                i -> all.get(i).id());
    }

    /** Checks the measures and returns which inputs they answer, by the position of the first input with the id. */
    private boolean[] checkMeasures() {
        boolean[] answered = new boolean[policy.inputs().size()];
        for (int i = 0; i < policy.measures().size(); i++) {
            Measure measure = policy.measures().get(i);
            if (!allKnown(principles, measure.principles())) {
                reportUnknown(principles, Rule.REFERENCE_UNKNOWN_PRINCIPLE, measure.principles(), "measures", i,
                        "principles");
            }
            List<LocalId> respondsTo = measure.respondsTo();
            for (int r = 0; r < respondsTo.size(); r++) {
                Integer input = inputs.get(respondsTo.get(r).value());
                if (input == null) {
                    reportUnknown(Rule.REFERENCE_UNKNOWN_INPUT, respondsTo.get(r), "measures", i, "respondsTo", r);
                } else {
                    answered[input] = true;
                }
            }
            if (!allKnown(organisations, measure.responsible())) {
                organisations(measure.responsible(), "measures", i, "responsible");
            }
            if (!allKnown(organisations, measure.partners())) {
                organisations(measure.partners(), "measures", i, "partners");
            }
            if (measure.responsible().isEmpty()) {
                reporter.report(Rule.MEASURE_NO_RESPONSIBLE, Reporter.args(), null, "measures", i, "responsible");
            }
        }
        return answered;
    }

    private void checkOrganisations() {
        List<Organisation> all = policy.organisations();
        for (int i = 0; i < all.size(); i++) {
            if (unknownOrganisation(all.get(i).partOf())) {
                reportUnknownOrganisation(all.get(i).partOf(), "organisations", i, "partOf");
            }
        }
        reportCycles(all.size(), i -> all.get(i).partOf(), organisations, Rule.ORGANISATION_PART_OF_CYCLE,
                "organisations", i -> all.get(i).id());
    }

    private void checkGroups() {
        for (int i = 0; i < policy.referenceGroups().size(); i++) {
            ReferenceGroup group = policy.referenceGroups().get(i);
            if (unknownOrganisation(group.coordinator())) {
                reportUnknownOrganisation(group.coordinator(), "referenceGroups", i, "coordinator");
            }
            if (unknownOrganisation(group.recommendedBy())) {
                reportUnknownOrganisation(group.recommendedBy(), "referenceGroups", i, "recommendedBy");
            }
            for (int m = 0; m < group.members().size(); m++) {
                GroupMember member = group.members().get(m);
                if (member instanceof GroupMember.OrganisationRepresentative representative
                        && unknownOrganisation(representative.organisation())) {
                    reportUnknownOrganisation(representative.organisation(), "referenceGroups", i, "members", m,
                            "organisation");
                }
                if (unknownOrganisationOf(member.person())) {
                    reportUnknownOrganisation(member.person().organisation(), "referenceGroups", i, "members", m,
                            "person", "organisation");
                }
            }
        }
    }

    private void checkEvents() {
        List<DialogueEvent> all = policy.events();
        for (int i = 0; i < all.size(); i++) {
            DialogueEvent event = all.get(i);
            if (unknown(events, event.partOf())) {
                reportUnknown(Rule.REFERENCE_UNKNOWN_EVENT, event.partOf(), "events", i, "partOf");
            }
            if (!allKnown(organisations, event.organisers())) {
                organisations(event.organisers(), "events", i, "organisers");
            }
            if (!allKnown(organisations, event.facilitators())) {
                organisations(event.facilitators(), "events", i, "facilitators");
            }
            if (event.participation() != null && !allKnown(organisations, event.participation().organisations())) {
                organisations(event.participation().organisations(), "events", i, "participation", "organisations");
            }
            List<Speaker> speakers = event.speakers();
            for (int s = 0; s < speakers.size(); s++) {
                if (unknownOrganisationOf(speakers.get(s).person())) {
                    reportUnknownOrganisation(speakers.get(s).person().organisation(), "events", i, "speakers", s,
                            "person", "organisation");
                }
            }
            if (event.date() != null && event.endDate() != null && event.endDate().isCertainlyBefore(event.date())) {
                reporter.report(Rule.EVENT_END_BEFORE_START, Reporter.args("start", event.date(), "end",
                        event.endDate()), event.endDate().toString(), "events", i, "endDate");
            }
            // Times of day are compared only for an event within one day: one that ends another day may end at
            // an earlier hour.
            boolean oneDay = event.endDate() == null || event.endDate().equals(event.date());
            if (oneDay && event.startTime() != null && event.endTime() != null
                    && event.endTime().isBefore(event.startTime())) {
                reporter.report(Rule.EVENT_END_BEFORE_START, Reporter.args("start", event.startTime(), "end",
                        event.endTime()), event.endTime().toString(), "events", i, "endTime");
            }
            if (event.status() == EventStatus.CANCELLED && event.cancellationReason() == null) {
                reporter.report(Rule.EVENT_CANCELLATION_REASON_MISSING, Reporter.args(), null,
                        "events", i, "cancellationReason");
            }
        }
        reportCycles(all.size(), i -> all.get(i).partOf(), events, Rule.EVENT_PART_OF_CYCLE, "events",
                i -> all.get(i).id());
    }

    private void checkInputs(boolean[] answered) {
        for (int i = 0; i < policy.inputs().size(); i++) {
            DialogueInput input = policy.inputs().get(i);
            if (unknown(events, input.event())) {
                reportUnknown(Rule.REFERENCE_UNKNOWN_EVENT, input.event(), "inputs", i, "event");
            }
            if (!allKnown(organisations, input.submittedBy())) {
                organisations(input.submittedBy(), "inputs", i, "submittedBy");
            }
            Disposition disposition = input.disposition();
            if (disposition == null) {
                continue;
            }
            if (REASON_REQUIRED.contains(disposition) && input.dispositionReason() == null) {
                reporter.report(Rule.INPUT_DISPOSITION_REASON_MISSING, Reporter.args("disposition", disposition), null,
                        "inputs", i, "dispositionReason");
            }
            // An input is answered when a measure answers its id, which the first input with that id stands for.
            if (ANSWER_EXPECTED.contains(disposition) && input.id() != null
                    && !answered[inputs.get(input.id().value())]) {
                reporter.report(Rule.INPUT_UNANSWERED, Reporter.args("disposition", disposition), null, "inputs", i);
            }
        }
    }

    private void checkContactsAndSources() {
        for (int i = 0; i < policy.contacts().size(); i++) {
            if (unknownOrganisationOf(policy.contacts().get(i))) {
                reportUnknownOrganisation(policy.contacts().get(i).organisation(), "contacts", i, "organisation");
            }
        }
        for (int i = 0; i < policy.sources().size(); i++) {
            if (unknownOrganisation(policy.sources().get(i).publisher())) {
                reportUnknownOrganisation(policy.sources().get(i).publisher(), "sources", i, "publisher");
            }
        }
    }

    /**
     * Reports every item whose chain of parents leads back to itself. Each item has at most one parent, so
     * following every chain once, and never again from an item already settled, takes linear time.
     */
    private void reportCycles(int size, java.util.function.IntFunction<LocalId> parentOf, Map<String, Integer> index,
            Rule rule, String collection, java.util.function.IntFunction<LocalId> idOf) {
        byte[] state = new byte[size]; // 0 unvisited, 1 on the current chain, 2 settled
        int[] chain = new int[size];
        for (int start = 0; start < size; start++) {
            int length = 0;
            int current = start;
            while (current >= 0 && state[current] == 0) {
                state[current] = 1;
                chain[length++] = current;
                LocalId parent = parentOf.apply(current);
                Integer next = parent == null ? null : index.get(parent.value());
                current = next == null ? -1 : next;
            }
            if (current >= 0 && state[current] == 1) {
                // current is on this chain: the items from it to the end of the chain form a cycle.
                boolean inCycle = false;
                for (int k = 0; k < length; k++) {
                    inCycle |= chain[k] == current;
                    if (inCycle) {
                        LocalId id = idOf.apply(chain[k]);
                        reporter.report(rule, Reporter.args("id", id), String.valueOf(id), collection, chain[k], "partOf");
                    }
                }
            }
            for (int k = 0; k < length; k++) {
                state[chain[k]] = 2;
            }
        }
    }

    private static Object[] append(Object[] prefix, Object... more) {
        Object[] all = new Object[prefix.length + more.length];
        System.arraycopy(prefix, 0, all, 0, prefix.length);
        System.arraycopy(more, 0, all, prefix.length, more.length);
        return all;
    }
}
