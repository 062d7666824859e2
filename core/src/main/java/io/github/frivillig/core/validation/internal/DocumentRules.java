package io.github.frivillig.core.validation.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import io.github.frivillig.core.dialogue.DialogueEvent;
import io.github.frivillig.core.dialogue.DialogueInput;
import io.github.frivillig.core.dialogue.Disposition;
import io.github.frivillig.core.dialogue.EventKind;
import io.github.frivillig.core.dialogue.EventPhase;
import io.github.frivillig.core.dialogue.EventStatus;
import io.github.frivillig.core.dialogue.Speaker;
import io.github.frivillig.core.municipality.Country;
import io.github.frivillig.core.organisation.GroupMember;
import io.github.frivillig.core.organisation.MemberCall;
import io.github.frivillig.core.organisation.Organisation;
import io.github.frivillig.core.organisation.ReferenceGroup;
import io.github.frivillig.core.organisation.Seats;
import io.github.frivillig.core.policy.Decision;
import io.github.frivillig.core.policy.DecisionKind;
import io.github.frivillig.core.policy.DecisionStatus;
import io.github.frivillig.core.policy.FollowUp;
import io.github.frivillig.core.policy.Foundation;
import io.github.frivillig.core.policy.FrameworkLink;
import io.github.frivillig.core.policy.Measure;
import io.github.frivillig.core.policy.Party;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.policy.PolicyKind;
import io.github.frivillig.core.policy.PolicyPart;
import io.github.frivillig.core.policy.PolicyStatus;
import io.github.frivillig.core.policy.Principle;
import io.github.frivillig.core.policy.RelatedPolicy;
import io.github.frivillig.core.policy.Signatory;
import io.github.frivillig.core.policy.SourceDocument;
import io.github.frivillig.core.policy.Vote;
import io.github.frivillig.core.policy.VoteOutcome;
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
    private Map<String, Integer> parts;

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
        parts = index(policy.parts(), PolicyPart::id, "parts");
        index(policy.measures(), Measure::id, "measures");
        index(policy.referenceGroups(), ReferenceGroup::id, "referenceGroups");
        index(policy.sources(), SourceDocument::id, "sources");

        checkPolicy();
        checkFoundations();
        checkParts();
        checkPrinciples();
        boolean[] answeredInputs = checkMeasures();
        checkOrganisations();
        checkParties();
        checkGroups();
        checkEvents();
        checkInputs(answeredInputs);
        checkContactsAndSources();
        checkRelatedPolicies();
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
        FollowUp followUp = policy.followUp();
        if (followUp != null) {
            if (!allKnown(organisations, followUp.responsible())) {
                organisations(followUp.responsible(), "followUp", "responsible");
            }
            for (int r = 0; r < followUp.reviews().size(); r++) {
                if (unknownOrganisation(followUp.reviews().get(r).by())) {
                    reportUnknownOrganisation(followUp.reviews().get(r).by(), "followUp", "reviews", r, "by");
                }
            }
        }
        PolicyStatus status = policy.status();
        Set<DecisionKind> decided = checkDecisions();
        // A signed agreement or declaration is in force from its signing, which may be all the sources record.
        boolean adopted = decided.contains(DecisionKind.ADOPTION) || decided.contains(DecisionKind.SIGNING);
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
        if (policy.kind() == PolicyKind.LOCAL_AGREEMENT && policy.parties().isEmpty()
                && !decided.contains(DecisionKind.SIGNING)) {
            reporter.report(Rule.POLICY_PARTIES_MISSING, Reporter.args(), null, "parties");
        }
        checkWrittenStandards(policy.title(), "title");
    }

    /** Checks the decisions and returns the kinds of decision taken. */
    private Set<DecisionKind> checkDecisions() {
        // Events held after an adoption are follow-up, which many policies have: only the held event that may be
        // the earliest, of those not said to follow up or revise the adopted policy, can show that an adoption came
        // before all dialogue.
        int firstHeld = earliest(policy.events(), DialogueEvent::date, event -> event.status() == EventStatus.HELD
                && event.phase() != EventPhase.FOLLOW_UP && event.phase() != EventPhase.REVISION);
        Map<List<String>, Steps> steps = steps(policy.decisions());
        Set<DecisionKind> decided = EnumSet.noneOf(DecisionKind.class);
        for (int i = 0; i < policy.decisions().size(); i++) {
            Decision decision = policy.decisions().get(i);
            if (!allKnown(parts, decision.parts())) {
                reportUnknown(parts, Rule.REFERENCE_UNKNOWN_PART, decision.parts(), "decisions", i, "parts");
            }
            checkSignatories(decision.signatories(), i);
            Vote vote = decision.vote();
            if (vote != null && vote.outcome() == VoteOutcome.UNANIMOUS && vote.against() != null
                    && vote.against() > 0) {
                reporter.report(Rule.VOTE_UNANIMOUS_WITH_VOTES_AGAINST, Reporter.args("against", vote.against()),
                        VoteOutcome.UNANIMOUS.code(), "decisions", i, "vote", "outcome");
            }
            if (decision.status() == DecisionStatus.PLANNED) {
                // A planned decision has not been taken: nothing follows from it for the policy's status or order.
                continue;
            }
            if (decision.kind() != null) {
                decided.add(decision.kind());
            }
            if (decision.kind() == DecisionKind.SIGNING && decision.signatories().isEmpty()) {
                reporter.report(Rule.DECISION_SIGNATORIES_MISSING, Reporter.args(), null, "decisions", i,
                        "signatories");
            }
            PartialDate date = decision.date();
            if (decision.kind() == DecisionKind.ADOPTION) {
                if (decision.body() == null) {
                    reporter.report(Rule.DECISION_BODY_MISSING, Reporter.args(), null, "decisions", i, "body");
                }
                if (date != null && firstHeld >= 0 && date.isCertainlyBefore(policy.events().get(firstHeld).date())) {
                    DialogueEvent event = policy.events().get(firstHeld);
                    reporter.report(Rule.DECISION_BEFORE_DIALOGUE, Reporter.args("date", date, "event", event.id(),
                            "eventDate", event.date()), date.toString(), "decisions", i, "date");
                }
                Steps scope = steps.get(scopeOf(decision));
                if (date != null && scope.firstMandate >= 0) {
                    PartialDate mandate = policy.decisions().get(scope.firstMandate).date();
                    if (date.isCertainlyBefore(mandate) && !scope.mayBeRevisedFrom(mandate.earliest().orElseThrow())) {
                        reporter.report(Rule.DECISION_BEFORE_MANDATE, Reporter.args("date", date, "mandate", mandate),
                                date.toString(), "decisions", i, "date");
                    }
                }
            } else if (decision.kind() == DecisionKind.CONSULTATION && date != null) {
                Steps scope = steps.get(scopeOf(decision));
                if (scope != null && scope.lastAdoption >= 0) {
                    PartialDate adoption = policy.decisions().get(scope.lastAdoption).date();
                    if (adoption.isCertainlyBefore(date) && !scope.mayBeRevisedFrom(date.earliest().orElseThrow())) {
                        reporter.report(Rule.DECISION_CONSULTATION_AFTER_ADOPTION, Reporter.args("date", date,
                                "adoption", adoption), date.toString(), "decisions", i, "date");
                    }
                }
            }
        }
        return decided;
    }

    /**
     * What the order of the decisions about one scope of the policy, the whole or the same parts of it, is checked
     * against: the mandate that may be the earliest, the adoption that may be the latest, and the last day a
     * revision may have been decided. A revision explains a later mandate or consultation, which was for it.
     */
    private final class Steps {
        int firstMandate = -1;
        int lastAdoption = -1;
        LocalDate lastRevision; // LocalDate.MAX for a revision whose date is not known

        /** Whether a mandate or consultation on or after a day may have been for a revision rather than the policy. */
        boolean mayBeRevisedFrom(LocalDate day) {
            return policy.status() == PolicyStatus.UNDER_REVISION
                    || lastRevision != null && !lastRevision.isBefore(day);
        }
    }

    /**
     * Collects the steps of each scope that has a mandate, adoption or revision, in one pass. Dates of an unknown
     * year are left out, as nothing is certainly before or after them.
     */
    private Map<List<String>, Steps> steps(List<Decision> decisions) {
        Map<List<String>, Steps> steps = new HashMap<>();
        for (int i = 0; i < decisions.size(); i++) {
            Decision decision = decisions.get(i);
            DecisionKind kind = decision.kind();
            if (kind != DecisionKind.MANDATE && kind != DecisionKind.ADOPTION && kind != DecisionKind.REVISION
                    || decision.status() == DecisionStatus.PLANNED) {
                continue;
            }
            Steps scope = steps.computeIfAbsent(scopeOf(decision), key -> new Steps());
            LocalDate first = decision.date() == null ? null : decision.date().earliest().orElse(null);
            LocalDate last = decision.date() == null ? null : decision.date().latest().orElse(null);
            if (kind == DecisionKind.MANDATE && first != null && (scope.firstMandate < 0
                    || first.isBefore(decisions.get(scope.firstMandate).date().earliest().orElseThrow()))) {
                scope.firstMandate = i;
            } else if (kind == DecisionKind.ADOPTION && last != null && (scope.lastAdoption < 0
                    || last.isAfter(decisions.get(scope.lastAdoption).date().latest().orElseThrow()))) {
                scope.lastAdoption = i;
            } else if (kind == DecisionKind.REVISION) {
                LocalDate revised = last == null ? LocalDate.MAX : last;
                if (scope.lastRevision == null || revised.isAfter(scope.lastRevision)) {
                    scope.lastRevision = revised;
                }
            }
        }
        return steps;
    }

    /** The parts a decision concerns, in a canonical order; empty for the whole policy. */
    private static List<String> scopeOf(Decision decision) {
        if (decision.parts().isEmpty()) {
            return List.of();
        }
        return decision.parts().stream().map(LocalId::value).distinct().sorted().toList();
    }

    private void checkSignatories(List<Signatory> signatories, int decisionIndex) {
        for (int s = 0; s < signatories.size(); s++) {
            Signatory signatory = signatories.get(s);
            if (unknownOrganisation(signatory.organisation())) {
                reportUnknownOrganisation(signatory.organisation(), "decisions", decisionIndex, "signatories", s,
                        "organisation");
            }
            if (unknownOrganisationOf(signatory.person())) {
                reportUnknownOrganisation(signatory.person().organisation(), "decisions", decisionIndex,
                        "signatories", s, "person", "organisation");
            }
            if (signatory.organisation() == null && signatory.person() == null && signatory.description() == null) {
                reporter.report(Rule.SIGNATORY_UNNAMED, Reporter.args(), null, "decisions", decisionIndex,
                        "signatories", s);
            }
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

    private void checkParts() {
        List<PolicyPart> all = policy.parts();
        for (int i = 0; i < all.size(); i++) {
            if (unknown(parts, all.get(i).partOf())) {
                reportUnknown(Rule.REFERENCE_UNKNOWN_PART, all.get(i).partOf(), "parts", i, "partOf");
            }
        }
        reportCycles(all.size(), i -> all.get(i).partOf(), parts, Rule.PART_PART_OF_CYCLE, "parts",
                i -> all.get(i).id());
    }

    private void checkPrinciples() {
        List<Principle> all = policy.principles();
        for (int i = 0; i < all.size(); i++) {
            Principle principle = all.get(i);
            if (unknown(parts, principle.part())) {
                reportUnknown(Rule.REFERENCE_UNKNOWN_PART, principle.part(), "principles", i, "part");
            }
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
            if (unknown(parts, measure.part())) {
                reportUnknown(Rule.REFERENCE_UNKNOWN_PART, measure.part(), "measures", i, "part");
            }
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
            for (int f = 0; f < measure.funding().size(); f++) {
                if (unknownOrganisation(measure.funding().get(f).funder())) {
                    reportUnknownOrganisation(measure.funding().get(f).funder(), "measures", i, "funding", f,
                            "funder");
                }
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
            Organisation organisation = all.get(i);
            if (unknownOrganisation(organisation.partOf())) {
                reportUnknownOrganisation(organisation.partOf(), "organisations", i, "partOf");
            }
            // The name in other languages is a name too; one the source does not give at all is described.
            if (organisation.name() == null && organisation.names() == null && organisation.description() == null) {
                reporter.report(Rule.ORGANISATION_UNNAMED, Reporter.args(), null, "organisations", i);
            }
        }
        reportCycles(all.size(), i -> all.get(i).partOf(), organisations, Rule.ORGANISATION_PART_OF_CYCLE,
                "organisations", i -> all.get(i).id());
    }

    private void checkParties() {
        for (int i = 0; i < policy.parties().size(); i++) {
            Party party = policy.parties().get(i);
            if (unknownOrganisation(party.organisation())) {
                reportUnknownOrganisation(party.organisation(), "parties", i, "organisation");
            }
            if (party.organisation() == null && party.description() == null) {
                reporter.report(Rule.PARTY_UNNAMED, Reporter.args(), null, "parties", i);
            }
        }
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
            MemberCall call = group.call();
            if (call != null && call.deadline() != null && call.opened() != null
                    && call.deadline().isCertainlyBefore(call.opened())) {
                reporter.report(Rule.MEMBER_CALL_DEADLINE_BEFORE_OPENING, Reporter.args("deadline", call.deadline(),
                        "opened", call.opened()), call.deadline().toString(), "referenceGroups", i, "call", "deadline");
            }
            for (int c = 0; c < group.composition().size(); c++) {
                Seats seats = group.composition().get(c);
                if (!allKnown(organisations, seats.organisations())) {
                    organisations(seats.organisations(), "referenceGroups", i, "composition", c, "organisations");
                }
            }
            for (int m = 0; m < group.members().size(); m++) {
                GroupMember member = group.members().get(m);
                LocalId organisation = member instanceof GroupMember.OrganisationRepresentative representative
                        ? representative.organisation()
                        : member instanceof GroupMember.MunicipalStaff staff ? staff.organisation() : null;
                if (unknownOrganisation(organisation)) {
                    reportUnknownOrganisation(organisation, "referenceGroups", i, "members", m, "organisation");
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
        // A response deadline before every decision to send the policy to consultation is before all of them.
        int firstConsultation = earliest(policy.decisions(), Decision::date,
                decision -> decision.kind() == DecisionKind.CONSULTATION
                        && decision.status() != DecisionStatus.PLANNED);
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
            PartialDate deadline = event.responseDeadline();
            if (deadline != null && event.date() != null && deadline.isCertainlyBefore(event.date())) {
                reporter.report(Rule.EVENT_DEADLINE_BEFORE_START, Reporter.args("deadline", deadline,
                        "start", event.date()), deadline.toString(), "events", i, "responseDeadline");
            } else if (deadline != null && event.kind() == EventKind.CONSULTATION && firstConsultation >= 0
                    && deadline.isCertainlyBefore(policy.decisions().get(firstConsultation).date())) {
                reporter.reportVariant(Rule.EVENT_DEADLINE_BEFORE_START, "consultation", Reporter.args(
                        "deadline", deadline, "consultation", policy.decisions().get(firstConsultation).date()),
                        deadline.toString(), "events", i, "responseDeadline");
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

    private void checkRelatedPolicies() {
        for (int i = 0; i < policy.relatedPolicies().size(); i++) {
            RelatedPolicy related = policy.relatedPolicies().get(i);
            if (related.policy() == null && related.title() == null && related.url() == null) {
                reporter.report(Rule.RELATED_POLICY_UNNAMED, Reporter.args(), null, "relatedPolicies", i);
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

    /**
     * Returns the position of the item, among those a filter accepts, whose date may be the earliest: the one whose
     * first possible day comes first. Something is certainly before all those items when it is certainly before
     * that one. Dates of an unknown year are left out, as nothing is certainly before them.
     *
     * @return the position, -1 if no accepted item has a date of a known year
     */
    private static <T> int earliest(List<T> items, Function<T, PartialDate> dateOf, Predicate<T> filter) {
        int first = -1;
        LocalDate firstDay = null;
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            PartialDate date = dateOf.apply(item);
            LocalDate day = date == null ? null : date.earliest().orElse(null);
            if (day != null && filter.test(item) && (firstDay == null || day.isBefore(firstDay))) {
                first = i;
                firstDay = day;
            }
        }
        return first;
    }

    private static Object[] append(Object[] prefix, Object... more) {
        Object[] all = new Object[prefix.length + more.length];
        System.arraycopy(prefix, 0, all, 0, prefix.length);
        System.arraycopy(more, 0, all, prefix.length, more.length);
        return all;
    }
}
