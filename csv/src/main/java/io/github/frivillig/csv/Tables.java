package io.github.frivillig.csv;

import static io.github.frivillig.csv.Values.code;
import static io.github.frivillig.csv.Values.decimal;
import static io.github.frivillig.csv.Values.get;
import static io.github.frivillig.csv.Values.id;
import static io.github.frivillig.csv.Values.number;
import static io.github.frivillig.csv.Values.string;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import org.jspecify.annotations.Nullable;

import io.github.frivillig.core.code.Coded;
import io.github.frivillig.core.code.IcnpoCode;
import io.github.frivillig.core.code.Theme;
import io.github.frivillig.core.dialogue.Audience;
import io.github.frivillig.core.dialogue.DialogueEvent;
import io.github.frivillig.core.dialogue.DialogueInput;
import io.github.frivillig.core.dialogue.InputChannel;
import io.github.frivillig.core.dialogue.Participation;
import io.github.frivillig.core.dialogue.Place;
import io.github.frivillig.core.dialogue.Registration;
import io.github.frivillig.core.dialogue.Speaker;
import io.github.frivillig.core.municipality.Municipality;
import io.github.frivillig.core.organisation.GroupMember;
import io.github.frivillig.core.organisation.MemberCall;
import io.github.frivillig.core.organisation.Organisation;
import io.github.frivillig.core.organisation.OrganisationIdentifier;
import io.github.frivillig.core.organisation.ReferenceGroup;
import io.github.frivillig.core.organisation.Seats;
import io.github.frivillig.core.organisation.SelectionMethod;
import io.github.frivillig.core.policy.CaseReference;
import io.github.frivillig.core.policy.Decision;
import io.github.frivillig.core.policy.FollowUp;
import io.github.frivillig.core.policy.Foundation;
import io.github.frivillig.core.policy.FrameworkLink;
import io.github.frivillig.core.policy.Funding;
import io.github.frivillig.core.policy.Indicator;
import io.github.frivillig.core.policy.Measure;
import io.github.frivillig.core.policy.Measurement;
import io.github.frivillig.core.policy.Party;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.policy.PolicyPart;
import io.github.frivillig.core.policy.Principle;
import io.github.frivillig.core.policy.RelatedPolicy;
import io.github.frivillig.core.policy.Review;
import io.github.frivillig.core.policy.Scope;
import io.github.frivillig.core.policy.Signatory;
import io.github.frivillig.core.policy.SourceDocument;
import io.github.frivillig.core.policy.StatutoryRole;
import io.github.frivillig.core.policy.Vote;
import io.github.frivillig.core.text.Languages;
import io.github.frivillig.core.text.LocalizedText;
import io.github.frivillig.core.value.ExtensionValue;
import io.github.frivillig.core.value.LocalId;
import io.github.frivillig.core.value.Money;
import io.github.frivillig.core.value.Person;

/**
 * The definitions of every table of the export, and the walk through a policy that writes its rows.
 * <p>
 * The column names and meanings are documented in {@code docs/csv.md}; a test keeps the two in step.
 */
final class Tables {

    /**
     * An element of a list whose elements have no id of their own, known by its 1-based position under its parent.
     *
     * @param parent  the local id of the entity holding the list, null when the policy itself holds it
     * @param number  the position in the list, from 1
     * @param item  the element
     */
    record Numbered<T>(@Nullable LocalId parent, int number, T item) {
    }

    /**
     * An element of a list held by an element that is itself known by its position, such as a reference of a
     * decision or an organisation of a group's seats.
     *
     * @param parent  the element holding the list
     * @param number  the position in the list, from 1
     * @param item  the element
     */
    record Nested<T>(Numbered<?> parent, int number, T item) {
    }

    /**
     * A reference from one entity to another, as one row of a link table.
     *
     * @param from  the local id of the referring entity, null when the policy itself refers
     * @param to  the local id of the entity referred to
     * @param role  the part the entity referred to plays, null where a table has no role column
     */
    record Link(@Nullable LocalId from, LocalId to, @Nullable String role) {
    }

    /**
     * An element of a list of codes.
     *
     * @param owner  the local id of the entity holding the list, null when the policy itself holds it
     * @param position  the position in the list, from 1
     * @param code  the code
     */
    record CodeRow<C extends Coded>(@Nullable LocalId owner, int position, C code) {
    }

    /**
     * A municipality that a municipality became part of: a successor of the policy's municipality or of a related
     * policy's, or a successor of a successor.
     *
     * @param relatedPolicy  the position of the related policy whose municipality it succeeds, null for the
     *                       policy's own municipality
     * @param number  its position among the successors of that municipality and of theirs, from 1
     * @param successorOf  the number of the successor it succeeds, null if it succeeds the municipality itself
     * @param municipality  the successor
     */
    record Successor(@Nullable Integer relatedPolicy, int number, @Nullable Integer successorOf,
            Municipality municipality) {
    }

    /** One theme of an entity. */
    record ThemeRow(String entity, @Nullable String entityId, Theme theme) {
    }

    /** One text of an entity in one language. */
    record TextRow(String entity, @Nullable String entityId, @Nullable String entityNumber, String field,
            String language, String text) {
    }

    /** One extension of an entity. */
    record ExtensionRow(String entity, @Nullable String entityId, String key, ExtensionValue value) {
    }

    // ---- the policy and what belongs to it directly -----------------------------------------------------------

    static final Table<Policy> POLICIES = Table.<Policy>of(CsvTable.POLICIES)
            .entity("policy", policy -> null, policy -> null)
            .column("country", policy -> code(get(policy.municipality(), Municipality::country)))
            .column("municipality_code", policy -> get(policy.municipality(), Municipality::code))
            .column("municipality_name", policy -> get(policy.municipality(), Municipality::name))
            .text("title", Policy::title)
            .column("kind", policy -> code(policy.kind()))
            .column("status", policy -> code(policy.status()))
            .column("language", Policy::language)
            .column("scope_all_sectors", policy -> get(policy.scope(), scope -> Values.bool(scope.isAllSectors())))
            .text("scope_description", policy -> get(policy.scope(), Scope::description))
            .period("validity", Policy::validity)
            .text("purpose", Policy::purpose)
            .text("vision", Policy::vision)
            .column("owner_id", policy -> id(policy.owner()))
            .text("follow_up_description", policy -> get(policy.followUp(), FollowUp::description))
            .column("follow_up_revision_interval", policy -> string(get(policy.followUp(), FollowUp::revisionInterval)))
            .date("follow_up_next_revision", policy -> get(policy.followUp(), FollowUp::nextRevision))
            .column("municipality_county", policy -> get(policy.municipality(), Municipality::county))
            .column("follow_up_reporting_interval",
                    policy -> string(get(policy.followUp(), FollowUp::reportingInterval)))
            .governingBody("follow_up_reports_to", policy -> get(policy.followUp(), FollowUp::reportsTo))
            .extensions(Policy::extensions)
            .build();

    static final Table<Numbered<Decision>> DECISIONS = Table.<Numbered<Decision>>of(CsvTable.DECISIONS)
            .entity("decision", row -> null, row -> number(row.number()))
            .column("decision_no", row -> number(row.number()))
            .column("kind", row -> code(row.item().kind()))
            .column("status", row -> code(row.item().status()))
            .governingBody("body", row -> row.item().body())
            .date("date", row -> row.item().date())
            .column("case_reference", row -> row.item().caseReference())
            .text("resolution", row -> row.item().resolution())
            .column("url", row -> string(row.item().url()))
            .text("note", row -> row.item().note())
            .column("vote_outcome", row -> code(get(row.item().vote(), Vote::outcome)))
            .column("vote_in_favour", row -> string(get(row.item().vote(), Vote::inFavour)))
            .column("vote_against", row -> string(get(row.item().vote(), Vote::against)))
            .column("vote_abstentions", row -> string(get(row.item().vote(), Vote::abstentions)))
            .text("vote_note", row -> get(row.item().vote(), Vote::note))
            .build();

    // A decision is known by its position, so its elements are keyed by the decision's number and their own; in the
    // long tables, entity_id is the decision's number.
    static final Table<Nested<CaseReference>> DECISION_REFERENCES = caseReferenceColumns(
            Table.<Nested<CaseReference>>of(CsvTable.DECISION_REFERENCES)
                    .entity("decision_reference", row -> number(row.parent().number()), row -> number(row.number()))
                    .column("decision_no", row -> number(row.parent().number())),
            Nested::number, Nested::item)
            .build();

    static final Table<Nested<Signatory>> DECISION_SIGNATORIES = personColumns(
            Table.<Nested<Signatory>>of(CsvTable.DECISION_SIGNATORIES)
                    .entity("decision_signatory", row -> number(row.parent().number()), row -> number(row.number()))
                    .column("decision_no", row -> number(row.parent().number()))
                    .column("signatory_no", row -> number(row.number()))
                    .column("organisation_id", row -> id(row.item().organisation()))
                    .text("description", row -> row.item().description())
                    .count("signatory_count", row -> row.item().count()),
            row -> row.item().person())
            .build();

    static final Table<Nested<LocalId>> DECISION_PARTS = Table.<Nested<LocalId>>of(CsvTable.DECISION_PARTS)
            .column("decision_no", row -> number(row.parent().number()))
            .column("part_id", row -> id(row.item()))
            .build();

    static final Table<CodeRow<IcnpoCode>> SCOPE_FIELDS = Table.<CodeRow<IcnpoCode>>of(CsvTable.SCOPE_FIELDS)
            .column("position", row -> number(row.position()))
            .column("icnpo", row -> row.code().code())
            .column("icnpo_group", row -> row.code().group().code())
            .build();

    static final Table<CodeRow<StatutoryRole>> STATUTORY_ROLES =
            Table.<CodeRow<StatutoryRole>>of(CsvTable.STATUTORY_ROLES)
                    .column("statutory_role", row -> row.code().code())
                    .build();

    static final Table<Successor> MUNICIPALITY_SUCCESSORS = Table.<Successor>of(CsvTable.MUNICIPALITY_SUCCESSORS)
            .column("related_policy_no", row -> string(row.relatedPolicy()))
            .column("successor_no", row -> number(row.number()))
            .column("successor_of_no", row -> string(row.successorOf()))
            .column("country", row -> code(row.municipality().country()))
            .column("municipality_code", row -> row.municipality().code())
            .column("municipality_name", row -> row.municipality().name())
            .column("municipality_county", row -> row.municipality().county())
            .build();

    static final Table<Numbered<CaseReference>> CASE_REFERENCES = caseReferenceColumns(
            Table.<Numbered<CaseReference>>of(CsvTable.CASE_REFERENCES)
                    .entity("case_reference", row -> null, row -> number(row.number())),
            Numbered::number, Numbered::item)
            .build();

    static final Table<Foundation> FOUNDATIONS = Table.<Foundation>of(CsvTable.FOUNDATIONS)
            .entity("foundation", foundation -> id(foundation.id()), foundation -> null)
            .column("foundation_id", foundation -> id(foundation.id()))
            .column("kind", foundation -> code(foundation.kind()))
            .column("framework", foundation -> code(foundation.framework()))
            .text("title", Foundation::title)
            .text("relation", Foundation::relation)
            .column("url", foundation -> string(foundation.url()))
            .build();

    static final Table<PolicyPart> PARTS = Table.<PolicyPart>of(CsvTable.PARTS)
            .entity("part", part -> id(part.id()), part -> null)
            .column("part_id", part -> id(part.id()))
            .column("kind", part -> code(part.kind()))
            .column("number", PolicyPart::number)
            .text("title", PolicyPart::title)
            .text("description", PolicyPart::description)
            .column("part_of_id", part -> id(part.partOf()))
            .period("period", PolicyPart::period)
            .column("revision_interval", part -> string(part.revisionInterval()))
            .column("url", part -> string(part.url()))
            .themes(PolicyPart::themes)
            .build();

    static final Table<Principle> PRINCIPLES = Table.<Principle>of(CsvTable.PRINCIPLES)
            .entity("principle", principle -> id(principle.id()), principle -> null)
            .column("principle_id", principle -> id(principle.id()))
            .column("kind", principle -> code(principle.kind()))
            .text("title", Principle::title)
            .text("statement", Principle::statement)
            .text("section", Principle::section)
            .column("part_of_id", principle -> id(principle.partOf()))
            .column("part_id", principle -> id(principle.part()))
            .themes(Principle::themes)
            .extensions(Principle::extensions)
            .build();

    static final Table<Numbered<FrameworkLink>> FRAMEWORK_LINKS =
            Table.<Numbered<FrameworkLink>>of(CsvTable.FRAMEWORK_LINKS)
                    .entity("framework_link", row -> id(row.parent()), row -> number(row.number()))
                    .column("principle_id", row -> id(row.parent()))
                    .column("link_no", row -> number(row.number()))
                    .column("foundation_id", row -> id(row.item().foundation()))
                    .column("commitment", row -> row.item().commitment())
                    .text("note", row -> row.item().note())
                    .build();

    // ---- measures and follow-up --------------------------------------------------------------------------------

    static final Table<Measure> MEASURES = Table.<Measure>of(CsvTable.MEASURES)
            .entity("measure", measure -> id(measure.id()), measure -> null)
            .column("measure_id", measure -> id(measure.id()))
            .text("title", Measure::title)
            .text("description", Measure::description)
            .column("status", measure -> code(measure.status()))
            .period("period", Measure::period)
            .column("budget_amount", measure -> decimal(get(measure.budget(), Money::amount)))
            .column("budget_currency", measure -> get(measure.budget(), money -> money.currency().getCurrencyCode()))
            .column("part_id", measure -> id(measure.part()))
            .column("budget_amount_qualifier", measure -> code(get(measure.budget(), Money::qualifier)))
            .themes(Measure::themes)
            .extensions(Measure::extensions)
            .build();

    static final Table<Link> MEASURE_PRINCIPLES = Table.<Link>of(CsvTable.MEASURE_PRINCIPLES)
            .column("measure_id", link -> id(link.from()))
            .column("principle_id", link -> id(link.to()))
            .build();

    static final Table<Link> MEASURE_INPUTS = Table.<Link>of(CsvTable.MEASURE_INPUTS)
            .column("measure_id", link -> id(link.from()))
            .column("input_id", link -> id(link.to()))
            .build();

    static final Table<Link> MEASURE_ORGANISATIONS = Table.<Link>of(CsvTable.MEASURE_ORGANISATIONS)
            .column("measure_id", link -> id(link.from()))
            .column("organisation_id", link -> id(link.to()))
            .column("role", Link::role)
            .build();

    static final Table<Numbered<Indicator>> MEASURE_INDICATORS = indicatorColumns(
            Table.<Numbered<Indicator>>of(CsvTable.MEASURE_INDICATORS)
                    .entity("measure_indicator", row -> id(row.parent()), row -> number(row.number()))
                    .column("measure_id", row -> id(row.parent())))
            .build();

    static final Table<Numbered<Funding>> MEASURE_FUNDING = Table.<Numbered<Funding>>of(CsvTable.MEASURE_FUNDING)
            .entity("measure_funding", row -> id(row.parent()), row -> number(row.number()))
            .column("measure_id", row -> id(row.parent()))
            .column("funding_no", row -> number(row.number()))
            .column("funder_id", row -> id(row.item().funder()))
            .column("amount", row -> decimal(get(row.item().amount(), Money::amount)))
            .column("currency", row -> get(row.item().amount(), money -> money.currency().getCurrencyCode()))
            .column("amount_qualifier", row -> code(get(row.item().amount(), Money::qualifier)))
            .period("period", row -> row.item().period())
            .text("note", row -> row.item().note())
            .build();

    static final Table<Link> FOLLOW_UP_RESPONSIBLE = Table.<Link>of(CsvTable.FOLLOW_UP_RESPONSIBLE)
            .column("organisation_id", link -> id(link.to()))
            .build();

    static final Table<Numbered<Indicator>> FOLLOW_UP_INDICATORS = indicatorColumns(
            Table.<Numbered<Indicator>>of(CsvTable.FOLLOW_UP_INDICATORS)
                    .entity("follow_up_indicator", row -> null, row -> number(row.number())))
            .build();

    static final Table<Numbered<Review>> FOLLOW_UP_REVIEWS = Table.<Numbered<Review>>of(CsvTable.FOLLOW_UP_REVIEWS)
            .entity("follow_up_review", row -> null, row -> number(row.number()))
            .column("review_no", row -> number(row.number()))
            .column("kind", row -> code(row.item().kind()))
            .date("date", row -> row.item().date())
            .column("by_id", row -> id(row.item().by()))
            .text("summary", row -> row.item().summary())
            .column("url", row -> string(row.item().url()))
            .build();

    // The qualifiers come after the other columns, where format 1.1 added them.
    private static Table.Builder<Numbered<Indicator>> indicatorColumns(Table.Builder<Numbered<Indicator>> table) {
        return table
                .column("indicator_no", row -> number(row.number()))
                .text("name", row -> row.item().name())
                .column("unit", row -> row.item().unit())
                .column("baseline_value", row -> decimal(get(row.item().baseline(), Measurement::value)))
                .date("baseline_date", row -> get(row.item().baseline(), Measurement::date))
                .column("target_value", row -> decimal(get(row.item().target(), Measurement::value)))
                .date("target_date", row -> get(row.item().target(), Measurement::date))
                .column("actual_value", row -> decimal(get(row.item().actual(), Measurement::value)))
                .date("actual_date", row -> get(row.item().actual(), Measurement::date))
                .column("baseline_value_qualifier", row -> code(get(row.item().baseline(), Measurement::qualifier)))
                .column("target_value_qualifier", row -> code(get(row.item().target(), Measurement::qualifier)))
                .column("actual_value_qualifier", row -> code(get(row.item().actual(), Measurement::qualifier)));
    }

    // ---- organisations and groups ------------------------------------------------------------------------------

    static final Table<Organisation> ORGANISATIONS = Table.<Organisation>of(CsvTable.ORGANISATIONS)
            .entity("organisation", organisation -> id(organisation.id()), organisation -> null)
            .column("organisation_id", organisation -> id(organisation.id()))
            .column("name", Organisation::name)
            .column("kind", organisation -> code(organisation.kind()))
            .count("count", Organisation::count)
            .column("identifier_scheme", organisation -> code(get(organisation.identifier(),
                    OrganisationIdentifier::scheme)))
            .column("identifier_value", organisation -> get(organisation.identifier(), OrganisationIdentifier::value))
            .column("website", organisation -> string(organisation.website()))
            .column("part_of_id", organisation -> id(organisation.partOf()))
            .text("description", Organisation::description)
            .text("names", Organisation::names)
            .extensions(Organisation::extensions)
            .build();

    static final Table<CodeRow<IcnpoCode>> ORGANISATION_ICNPO =
            Table.<CodeRow<IcnpoCode>>of(CsvTable.ORGANISATION_ICNPO)
                    .column("organisation_id", row -> id(row.owner()))
                    .column("position", row -> number(row.position()))
                    .column("icnpo", row -> row.code().code())
                    .column("icnpo_group", row -> row.code().group().code())
                    .build();

    static final Table<Numbered<Party>> PARTIES = Table.<Numbered<Party>>of(CsvTable.PARTIES)
            .entity("party", row -> null, row -> number(row.number()))
            .column("party_no", row -> number(row.number()))
            .column("side", row -> code(row.item().side()))
            .column("organisation_id", row -> id(row.item().organisation()))
            .text("description", row -> row.item().description())
            .count("organisation_count", row -> row.item().count())
            .build();

    static final Table<ReferenceGroup> GROUPS = Table.<ReferenceGroup>of(CsvTable.GROUPS)
            .entity("group", group -> id(group.id()), group -> null)
            .column("group_id", group -> id(group.id()))
            .text("name", ReferenceGroup::name)
            .column("kind", group -> code(group.kind()))
            .column("status", group -> code(group.status()))
            .text("mandate", ReferenceGroup::mandate)
            .text("description", ReferenceGroup::description)
            .column("coordinator_id", group -> id(group.coordinator()))
            .column("recommended_by_id", group -> id(group.recommendedBy()))
            .text("selection_note", ReferenceGroup::selectionNote)
            .date("established", ReferenceGroup::established)
            .governingBody("established_by", ReferenceGroup::establishedBy)
            .date("call_opened", group -> get(group.call(), MemberCall::opened))
            .date("call_deadline", group -> get(group.call(), MemberCall::deadline))
            .count("call_target", group -> get(group.call(), MemberCall::target))
            .count("call_responses", group -> get(group.call(), MemberCall::responses))
            .text("call_description", group -> get(group.call(), MemberCall::description))
            .count("meetings", ReferenceGroup::meetings)
            .extensions(ReferenceGroup::extensions)
            .build();

    static final Table<CodeRow<SelectionMethod>> GROUP_SELECTION =
            codeTable(CsvTable.GROUP_SELECTION, "group_id", "selection");

    static final Table<Numbered<LocalizedText>> GROUP_TASKS =
            numberedTextTable(CsvTable.GROUP_TASKS, "group_task", "group_id", "task_no", "task");

    static final Table<Numbered<LocalizedText>> GROUP_QUESTIONS =
            numberedTextTable(CsvTable.GROUP_QUESTIONS, "group_question", "group_id", "question_no", "question");

    static final Table<CodeRow<InputChannel>> GROUP_CALL_CHANNELS =
            codeTable(CsvTable.GROUP_CALL_CHANNELS, "group_id", "channel");

    static final Table<CodeRow<Audience>> GROUP_CALL_AUDIENCE =
            codeTable(CsvTable.GROUP_CALL_AUDIENCE, "group_id", "audience");

    static final Table<Numbered<Seats>> GROUP_COMPOSITION = Table.<Numbered<Seats>>of(CsvTable.GROUP_COMPOSITION)
            .entity("group_seats", row -> id(row.parent()), row -> number(row.number()))
            .column("group_id", row -> id(row.parent()))
            .column("seats_no", row -> number(row.number()))
            .column("category", row -> code(row.item().category()))
            .count("member_count", row -> row.item().count())
            .text("description", row -> row.item().description())
            .build();

    static final Table<Nested<LocalId>> GROUP_COMPOSITION_ORGANISATIONS =
            Table.<Nested<LocalId>>of(CsvTable.GROUP_COMPOSITION_ORGANISATIONS)
                    .column("group_id", row -> id(row.parent().parent()))
                    .column("seats_no", row -> number(row.parent().number()))
                    .column("organisation_id", row -> id(row.item()))
                    .build();

    static final Table<Nested<IcnpoCode>> GROUP_COMPOSITION_ICNPO =
            Table.<Nested<IcnpoCode>>of(CsvTable.GROUP_COMPOSITION_ICNPO)
                    .column("group_id", row -> id(row.parent().parent()))
                    .column("seats_no", row -> number(row.parent().number()))
                    .column("position", row -> number(row.number()))
                    .column("icnpo", row -> row.item().code())
                    .column("icnpo_group", row -> row.item().group().code())
                    .build();

    // The period comes before the personal columns, which come last.
    static final Table<Numbered<GroupMember>> MEMBERS = personalColumns(
            personTitleColumns(Table.<Numbered<GroupMember>>of(CsvTable.MEMBERS)
                    .entity("member", row -> id(row.parent()), row -> number(row.number()))
                    .column("group_id", row -> id(row.parent()))
                    .column("member_no", row -> number(row.number()))
                    .column("type", row -> row.item().type().code())
                    .column("role", row -> code(row.item().role()))
                    .column("organisation_id", row -> id(memberOrganisation(row.item()))),
                    row -> row.item().person())
                    .period("period", row -> row.item().period()),
            row -> row.item().person())
            // A named person's political affiliation is personal data; it comes last, after the person's columns.
            .personal("party", row -> row.item() instanceof GroupMember.ElectedRepresentative
                    elected ? elected.party() : null)
            .build();

    /** The organisation a representative represents, or the unit a member of the municipality's staff works for. */
    private static @Nullable LocalId memberOrganisation(GroupMember member) {
        if (member instanceof GroupMember.OrganisationRepresentative representative) {
            return representative.organisation();
        }
        return member instanceof GroupMember.MunicipalStaff staff ? staff.organisation() : null;
    }

    // ---- dialogue ------------------------------------------------------------------------------------------------

    static final Table<DialogueEvent> EVENTS = Table.<DialogueEvent>of(CsvTable.EVENTS)
            .entity("event", event -> id(event.id()), event -> null)
            .column("event_id", event -> id(event.id()))
            .column("kind", event -> code(event.kind()))
            .text("title", DialogueEvent::title)
            .text("description", DialogueEvent::description)
            .column("status", event -> code(event.status()))
            .column("phase", event -> code(event.phase()))
            .date("date", DialogueEvent::date)
            .date("end_date", DialogueEvent::endDate)
            .column("start_time", event -> string(event.startTime()))
            .column("end_time", event -> string(event.endTime()))
            .column("part_of_day", event -> code(event.partOfDay()))
            .column("place_name", event -> get(event.place(), Place::name))
            .column("place_venue", event -> get(event.place(), Place::venue))
            .column("place_address", event -> get(event.place(), Place::address))
            .column("access", event -> code(event.access()))
            .column("part_of_id", event -> id(event.partOf()))
            .count("organisation_count", event -> get(event.participation(), Participation::organisationCount))
            .count("registered_organisations",
                    event -> get(event.participation(), Participation::registeredOrganisations))
            .count("registered_people", event -> get(event.participation(), Participation::registeredPeople))
            .count("attendees", event -> get(event.participation(), Participation::attendees))
            .text("participation_note", event -> get(event.participation(), Participation::note))
            .text("summary", DialogueEvent::summary)
            .text("cancellation_reason", DialogueEvent::cancellationReason)
            .count("occurrences", DialogueEvent::occurrences)
            .date("registration_deadline", event -> get(event.registration(), Registration::deadline))
            .count("registration_capacity", event -> get(event.registration(), Registration::capacity))
            .text("registration_note", event -> get(event.registration(), Registration::note))
            .count("invited_organisations", event -> get(event.participation(), Participation::invitedOrganisations))
            .count("invited_people", event -> get(event.participation(), Participation::invitedPeople))
            .count("input_count", event -> get(event.participation(), Participation::inputs))
            .date("response_deadline", DialogueEvent::responseDeadline)
            .themes(DialogueEvent::themes)
            .extensions(DialogueEvent::extensions)
            .build();

    static final Table<Link> EVENT_ORGANISATIONS = Table.<Link>of(CsvTable.EVENT_ORGANISATIONS)
            .column("event_id", link -> id(link.from()))
            .column("organisation_id", link -> id(link.to()))
            .column("role", Link::role)
            .build();

    static final Table<CodeRow<Audience>> EVENT_AUDIENCE =
            codeTable(CsvTable.EVENT_AUDIENCE, "event_id", "audience");

    static final Table<Numbered<LocalizedText>> EVENT_QUESTIONS =
            numberedTextTable(CsvTable.EVENT_QUESTIONS, "event_question", "event_id", "question_no", "question");

    static final Table<CodeRow<InputChannel>> EVENT_REGISTRATION_CHANNELS =
            codeTable(CsvTable.EVENT_REGISTRATION_CHANNELS, "event_id", "channel");

    static final Table<CodeRow<InputChannel>> EVENT_RESPONSE_CHANNELS =
            codeTable(CsvTable.EVENT_RESPONSE_CHANNELS, "event_id", "channel");

    static final Table<Numbered<CaseReference>> EVENT_REFERENCES = caseReferenceColumns(
            Table.<Numbered<CaseReference>>of(CsvTable.EVENT_REFERENCES)
                    .entity("event_reference", row -> id(row.parent()), row -> number(row.number()))
                    .column("event_id", row -> id(row.parent())),
            Numbered::number, Numbered::item)
            .build();

    static final Table<Numbered<Speaker>> SPEAKERS = personColumns(
            Table.<Numbered<Speaker>>of(CsvTable.SPEAKERS)
                    .entity("speaker", row -> id(row.parent()), row -> number(row.number()))
                    .column("event_id", row -> id(row.parent()))
                    .column("speaker_no", row -> number(row.number()))
                    .column("role", row -> code(row.item().role()))
                    .text("topic", row -> row.item().topic()),
            row -> row.item().person())
            .build();

    static final Table<DialogueInput> INPUTS = Table.<DialogueInput>of(CsvTable.INPUTS)
            .entity("input", input -> id(input.id()), input -> null)
            .column("input_id", input -> id(input.id()))
            .column("kind", input -> code(input.kind()))
            .text("text", DialogueInput::text)
            .column("event_id", input -> id(input.event()))
            .column("channel", input -> code(input.channel()))
            .date("received", DialogueInput::received)
            .column("disposition", input -> code(input.disposition()))
            .text("disposition_reason", DialogueInput::dispositionReason)
            .themes(DialogueInput::themes)
            .extensions(DialogueInput::extensions)
            .build();

    static final Table<Link> INPUT_SUBMITTERS = Table.<Link>of(CsvTable.INPUT_SUBMITTERS)
            .column("input_id", link -> id(link.from()))
            .column("organisation_id", link -> id(link.to()))
            .build();

    // ---- contacts, related policies and sources ------------------------------------------------------------------

    static final Table<Numbered<Person>> CONTACTS = personColumns(
            Table.<Numbered<Person>>of(CsvTable.CONTACTS)
                    .entity("contact", row -> null, row -> number(row.number()))
                    .column("contact_no", row -> number(row.number())),
            Numbered::item)
            .build();

    static final Table<Numbered<RelatedPolicy>> RELATED_POLICIES =
            Table.<Numbered<RelatedPolicy>>of(CsvTable.RELATED_POLICIES)
                    .entity("related_policy", row -> null, row -> number(row.number()))
                    .column("related_policy_no", row -> number(row.number()))
                    .column("relation", row -> code(row.item().relation()))
                    .column("related_policy_id", row -> string(row.item().policy()))
                    .text("title", row -> row.item().title())
                    .column("country", row -> code(get(row.item().municipality(), Municipality::country)))
                    .column("municipality_code", row -> get(row.item().municipality(), Municipality::code))
                    .column("municipality_name", row -> get(row.item().municipality(), Municipality::name))
                    .column("municipality_county", row -> get(row.item().municipality(), Municipality::county))
                    .period("period", row -> row.item().period())
                    .column("url", row -> string(row.item().url()))
                    .text("note", row -> row.item().note())
                    .build();

    static final Table<SourceDocument> SOURCES = Table.<SourceDocument>of(CsvTable.SOURCES)
            .entity("source", source -> id(source.id()), source -> null)
            .column("source_id", source -> id(source.id()))
            .column("kind", source -> code(source.kind()))
            .text("title", SourceDocument::title)
            .column("publisher_id", source -> id(source.publisher()))
            .column("url", source -> string(source.url()))
            .column("reference", SourceDocument::reference)
            .date("published", SourceDocument::published)
            .column("retrieved", source -> string(source.retrieved()))
            .column("language", SourceDocument::language)
            .text("note", SourceDocument::note)
            .extensions(SourceDocument::extensions)
            .build();

    // The personal columns come last, so that every other column has the same position with personal data or
    // without it.
    private static <R> Table.Builder<R> personColumns(Table.Builder<R> table, Function<R, @Nullable Person> person) {
        return personalColumns(personTitleColumns(table, person), person);
    }

    /** The columns of a person that are not personal data: the title and the organisation. */
    private static <R> Table.Builder<R> personTitleColumns(Table.Builder<R> table,
            Function<R, @Nullable Person> person) {
        return table
                .text("person_title", row -> get(person.apply(row), Person::title))
                .column("person_organisation_id", row -> id(get(person.apply(row), Person::organisation)));
    }

    /** The columns of a person that are personal data, written only when asked for. */
    private static <R> Table.Builder<R> personalColumns(Table.Builder<R> table, Function<R, @Nullable Person> person) {
        return table
                .personal("person_name", row -> get(person.apply(row), Person::name))
                .personal("person_email", row -> get(person.apply(row), Person::email))
                .personal("person_phone", row -> get(person.apply(row), Person::phone));
    }

    /** The columns of a case reference, after the key of the entity that holds it. */
    private static <R> Table.Builder<R> caseReferenceColumns(Table.Builder<R> table, ToIntFunction<R> number,
            Function<R, CaseReference> reference) {
        return table
                .column("reference_no", row -> number(number.applyAsInt(row)))
                .column("kind", row -> code(reference.apply(row).kind()))
                .column("reference", row -> reference.apply(row).value())
                .text("note", row -> reference.apply(row).note());
    }

    /** A table of the codes an entity lists: the entity's id, then the code; a row per code, in the entity's order. */
    private static <C extends Coded> Table<CodeRow<C>> codeTable(CsvTable table, String ownerColumn,
            String codeColumn) {
        return Table.<CodeRow<C>>of(table)
                .column(ownerColumn, row -> id(row.owner()))
                .column(codeColumn, row -> row.code().code())
                .build();
    }

    /**
     * A table of the numbered texts an entity lists, such as its guiding questions: the entity's id, the text's
     * number and the text, each row named in the texts table as the entity given.
     */
    private static Table<Numbered<LocalizedText>> numberedTextTable(CsvTable table, String entity,
            String ownerColumn, String numberColumn, String textColumn) {
        return Table.<Numbered<LocalizedText>>of(table)
                .entity(entity, row -> id(row.parent()), row -> number(row.number()))
                .column(ownerColumn, row -> id(row.parent()))
                .column(numberColumn, row -> number(row.number()))
                .text(textColumn, Numbered::item)
                .build();
    }

    // ---- the long tables -----------------------------------------------------------------------------------------

    static final Table<ThemeRow> THEMES = Table.<ThemeRow>of(CsvTable.THEMES)
            .column("entity", ThemeRow::entity)
            .column("entity_id", ThemeRow::entityId)
            .column("theme", row -> row.theme().code())
            .build();

    static final Table<TextRow> TEXTS = Table.<TextRow>of(CsvTable.TEXTS)
            .column("entity", TextRow::entity)
            .column("entity_id", TextRow::entityId)
            .column("entity_no", TextRow::entityNumber)
            .column("field", TextRow::field)
            .column("language", TextRow::language)
            .column("primary_language", row -> Languages.primaryLanguage(row.language()))
            .column("machine_translated", row -> Values.bool(LocalizedText.isMachineTranslated(row.language())))
            .column("text", TextRow::text)
            .build();

    static final Table<ExtensionRow> EXTENSIONS = Table.<ExtensionRow>of(CsvTable.EXTENSIONS)
            .column("entity", ExtensionRow::entity)
            .column("entity_id", ExtensionRow::entityId)
            .column("key", ExtensionRow::key)
            .column("value", row -> Values.json(row.value()))
            .build();

    private static final Map<CsvTable, Table<?>> DEFINITIONS = definitions(POLICIES, DECISIONS, DECISION_REFERENCES,
            DECISION_SIGNATORIES, DECISION_PARTS, SCOPE_FIELDS, STATUTORY_ROLES, MUNICIPALITY_SUCCESSORS,
            CASE_REFERENCES, FOUNDATIONS, PARTS, PRINCIPLES, FRAMEWORK_LINKS, MEASURES, MEASURE_PRINCIPLES,
            MEASURE_INPUTS, MEASURE_ORGANISATIONS, MEASURE_INDICATORS, MEASURE_FUNDING, FOLLOW_UP_RESPONSIBLE,
            FOLLOW_UP_INDICATORS, FOLLOW_UP_REVIEWS, ORGANISATIONS, ORGANISATION_ICNPO, PARTIES, GROUPS,
            GROUP_SELECTION, GROUP_TASKS, GROUP_QUESTIONS, GROUP_CALL_CHANNELS, GROUP_CALL_AUDIENCE, GROUP_COMPOSITION,
            GROUP_COMPOSITION_ORGANISATIONS, GROUP_COMPOSITION_ICNPO, MEMBERS, EVENTS, EVENT_ORGANISATIONS,
            EVENT_AUDIENCE, EVENT_QUESTIONS, EVENT_REGISTRATION_CHANNELS, EVENT_RESPONSE_CHANNELS, EVENT_REFERENCES,
            SPEAKERS, INPUTS, INPUT_SUBMITTERS, CONTACTS, RELATED_POLICIES, SOURCES, THEMES, TEXTS, EXTENSIONS);

    private Tables() {
    }

    private static Map<CsvTable, Table<?>> definitions(Table<?>... tables) {
        Map<CsvTable, Table<?>> definitions = new EnumMap<>(CsvTable.class);
        for (Table<?> table : tables) {
            definitions.put(table.table(), table);
        }
        if (definitions.size() != CsvTable.values().length) {
            throw new IllegalStateException("Every table needs exactly one definition");
        }
        return definitions;
    }

    static Table<?> definition(CsvTable table) {
        return DEFINITIONS.get(table);
    }

    // ---- the walk ------------------------------------------------------------------------------------------------

    /** Writes every row of one policy, in the order of the document. */
    static void write(ExportRun run, Policy policy) {
        PolicyContext context = PolicyContext.of(policy);
        POLICIES.write(run, context, policy);
        List<Decision> decisions = policy.decisions();
        for (int i = 0; i < decisions.size(); i++) {
            Numbered<Decision> decision = new Numbered<>(null, i + 1, decisions.get(i));
            DECISIONS.write(run, context, decision);
            nested(run, context, DECISION_REFERENCES, decision, decision.item().references());
            nested(run, context, DECISION_SIGNATORIES, decision, decision.item().signatories());
            nested(run, context, DECISION_PARTS, decision, decision.item().parts());
        }
        if (policy.scope() != null) {
            codes(run, context, SCOPE_FIELDS, null, policy.scope().fields());
        }
        codes(run, context, STATUTORY_ROLES, null, policy.statutoryRoles());
        if (policy.municipality() != null) {
            successors(run, context, null, policy.municipality());
        }
        numbered(run, context, CASE_REFERENCES, null, policy.references());
        for (Foundation foundation : policy.foundations()) {
            FOUNDATIONS.write(run, context, foundation);
        }
        for (PolicyPart part : policy.parts()) {
            PARTS.write(run, context, part);
        }
        for (Principle principle : policy.principles()) {
            PRINCIPLES.write(run, context, principle);
            numbered(run, context, FRAMEWORK_LINKS, principle.id(), principle.frameworkLinks());
        }
        for (Measure measure : policy.measures()) {
            MEASURES.write(run, context, measure);
            links(run, context, MEASURE_PRINCIPLES, measure.id(), measure.principles(), null);
            links(run, context, MEASURE_INPUTS, measure.id(), measure.respondsTo(), null);
            links(run, context, MEASURE_ORGANISATIONS, measure.id(), measure.responsible(), "responsible");
            links(run, context, MEASURE_ORGANISATIONS, measure.id(), measure.partners(), "partner");
            numbered(run, context, MEASURE_INDICATORS, measure.id(), measure.indicators());
            numbered(run, context, MEASURE_FUNDING, measure.id(), measure.funding());
        }
        FollowUp followUp = policy.followUp();
        if (followUp != null) {
            links(run, context, FOLLOW_UP_RESPONSIBLE, null, followUp.responsible(), null);
            numbered(run, context, FOLLOW_UP_INDICATORS, null, followUp.indicators());
            numbered(run, context, FOLLOW_UP_REVIEWS, null, followUp.reviews());
        }
        for (Organisation organisation : policy.organisations()) {
            ORGANISATIONS.write(run, context, organisation);
            codes(run, context, ORGANISATION_ICNPO, organisation.id(), organisation.icnpo());
        }
        numbered(run, context, PARTIES, null, policy.parties());
        for (ReferenceGroup group : policy.referenceGroups()) {
            writeGroup(run, context, group);
        }
        for (DialogueEvent event : policy.events()) {
            writeEvent(run, context, event);
        }
        for (DialogueInput input : policy.inputs()) {
            INPUTS.write(run, context, input);
            links(run, context, INPUT_SUBMITTERS, input.id(), input.submittedBy(), null);
        }
        numbered(run, context, CONTACTS, null, policy.contacts());
        List<RelatedPolicy> related = policy.relatedPolicies();
        for (int i = 0; i < related.size(); i++) {
            RELATED_POLICIES.write(run, context, new Numbered<>(null, i + 1, related.get(i)));
            if (related.get(i).municipality() != null) {
                successors(run, context, i + 1, related.get(i).municipality());
            }
        }
        for (SourceDocument source : policy.sources()) {
            SOURCES.write(run, context, source);
        }
    }

    private static void writeGroup(ExportRun run, PolicyContext context, ReferenceGroup group) {
        GROUPS.write(run, context, group);
        codes(run, context, GROUP_SELECTION, group.id(), group.selection());
        numbered(run, context, GROUP_TASKS, group.id(), group.tasks());
        numbered(run, context, GROUP_QUESTIONS, group.id(), group.guidingQuestions());
        if (group.call() != null) {
            codes(run, context, GROUP_CALL_CHANNELS, group.id(), group.call().channels());
            codes(run, context, GROUP_CALL_AUDIENCE, group.id(), group.call().audience());
        }
        List<Seats> composition = group.composition();
        for (int i = 0; i < composition.size(); i++) {
            Numbered<Seats> seats = new Numbered<>(group.id(), i + 1, composition.get(i));
            GROUP_COMPOSITION.write(run, context, seats);
            nested(run, context, GROUP_COMPOSITION_ORGANISATIONS, seats, seats.item().organisations());
            nested(run, context, GROUP_COMPOSITION_ICNPO, seats, seats.item().icnpo());
        }
        numbered(run, context, MEMBERS, group.id(), group.members());
    }

    private static void writeEvent(ExportRun run, PolicyContext context, DialogueEvent event) {
        EVENTS.write(run, context, event);
        links(run, context, EVENT_ORGANISATIONS, event.id(), event.organisers(), "organiser");
        links(run, context, EVENT_ORGANISATIONS, event.id(), event.facilitators(), "facilitator");
        if (event.participation() != null) {
            links(run, context, EVENT_ORGANISATIONS, event.id(), event.participation().organisations(),
                    "participant");
        }
        codes(run, context, EVENT_AUDIENCE, event.id(), event.audience());
        numbered(run, context, EVENT_QUESTIONS, event.id(), event.guidingQuestions());
        if (event.registration() != null) {
            codes(run, context, EVENT_REGISTRATION_CHANNELS, event.id(), event.registration().channels());
        }
        codes(run, context, EVENT_RESPONSE_CHANNELS, event.id(), event.responseChannels());
        numbered(run, context, EVENT_REFERENCES, event.id(), event.references());
        numbered(run, context, SPEAKERS, event.id(), event.speakers());
    }

    /**
     * Writes the successors of a municipality, and theirs, depth first: numbered in one sequence per municipality,
     * each pointing to the successor it succeeds. The walk keeps its own stack, so that no nesting the reader lets
     * through can exhaust the call stack.
     */
    private static void successors(ExportRun run, PolicyContext context, @Nullable Integer relatedPolicy,
            Municipality municipality) {
        Deque<Successor> pending = new ArrayDeque<>();
        pushSuccessors(pending, relatedPolicy, null, municipality);
        int number = 0;
        while (!pending.isEmpty()) {
            Successor next = pending.pop();
            number++;
            MUNICIPALITY_SUCCESSORS.write(run, context,
                    new Successor(relatedPolicy, number, next.successorOf(), next.municipality()));
            pushSuccessors(pending, relatedPolicy, number, next.municipality());
        }
    }

    // Pushed last first, so that they are popped in the order of the list; their numbers are given when popped.
    private static void pushSuccessors(Deque<Successor> pending, @Nullable Integer relatedPolicy,
            @Nullable Integer successorOf, Municipality municipality) {
        List<Municipality> successors = municipality.successors();
        for (int i = successors.size() - 1; i >= 0; i--) {
            pending.push(new Successor(relatedPolicy, 0, successorOf, successors.get(i)));
        }
    }

    private static <T> void numbered(ExportRun run, PolicyContext context, Table<Numbered<T>> table,
            @Nullable LocalId parent, List<T> items) {
        for (int i = 0; i < items.size(); i++) {
            table.write(run, context, new Numbered<>(parent, i + 1, items.get(i)));
        }
    }

    private static <T> void nested(ExportRun run, PolicyContext context, Table<Nested<T>> table, Numbered<?> parent,
            List<T> items) {
        for (int i = 0; i < items.size(); i++) {
            table.write(run, context, new Nested<>(parent, i + 1, items.get(i)));
        }
    }

    private static <C extends Coded> void codes(ExportRun run, PolicyContext context, Table<CodeRow<C>> table,
            @Nullable LocalId owner, List<C> codes) {
        for (int i = 0; i < codes.size(); i++) {
            table.write(run, context, new CodeRow<>(owner, i + 1, codes.get(i)));
        }
    }

    private static void links(ExportRun run, PolicyContext context, Table<Link> table, @Nullable LocalId from,
            List<LocalId> targets, @Nullable String role) {
        for (LocalId target : targets) {
            table.write(run, context, new Link(from, target, role));
        }
    }
}
