package io.github.frivillig.csv;

import static io.github.frivillig.csv.Values.code;
import static io.github.frivillig.csv.Values.decimal;
import static io.github.frivillig.csv.Values.get;
import static io.github.frivillig.csv.Values.id;
import static io.github.frivillig.csv.Values.number;
import static io.github.frivillig.csv.Values.string;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import io.github.frivillig.core.code.Coded;
import io.github.frivillig.core.code.IcnpoCode;
import io.github.frivillig.core.code.Theme;
import io.github.frivillig.core.dialogue.Audience;
import io.github.frivillig.core.dialogue.DialogueEvent;
import io.github.frivillig.core.dialogue.DialogueInput;
import io.github.frivillig.core.dialogue.Participation;
import io.github.frivillig.core.dialogue.Place;
import io.github.frivillig.core.dialogue.Speaker;
import io.github.frivillig.core.municipality.Municipality;
import io.github.frivillig.core.organisation.GroupMember;
import io.github.frivillig.core.organisation.Organisation;
import io.github.frivillig.core.organisation.OrganisationIdentifier;
import io.github.frivillig.core.organisation.ReferenceGroup;
import io.github.frivillig.core.organisation.SelectionMethod;
import io.github.frivillig.core.policy.Decision;
import io.github.frivillig.core.policy.FollowUp;
import io.github.frivillig.core.policy.Foundation;
import io.github.frivillig.core.policy.FrameworkLink;
import io.github.frivillig.core.policy.GoverningBody;
import io.github.frivillig.core.policy.Indicator;
import io.github.frivillig.core.policy.Measure;
import io.github.frivillig.core.policy.Measurement;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.policy.Principle;
import io.github.frivillig.core.policy.Scope;
import io.github.frivillig.core.policy.SourceDocument;
import io.github.frivillig.core.text.Languages;
import io.github.frivillig.core.text.LocalizedText;
import io.github.frivillig.core.value.ExtensionValue;
import io.github.frivillig.core.value.LocalId;
import io.github.frivillig.core.value.Money;
import io.github.frivillig.core.value.Period;
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
            .date("validity_from", policy -> get(policy.validity(), Period::from))
            .date("validity_to", policy -> get(policy.validity(), Period::to))
            .text("purpose", Policy::purpose)
            .text("vision", Policy::vision)
            .column("owner_id", policy -> id(policy.owner()))
            .text("follow_up_description", policy -> get(policy.followUp(), FollowUp::description))
            .column("follow_up_revision_interval", policy -> string(get(policy.followUp(), FollowUp::revisionInterval)))
            .date("follow_up_next_revision", policy -> get(policy.followUp(), FollowUp::nextRevision))
            .extensions(Policy::extensions)
            .build();

    static final Table<Numbered<Decision>> DECISIONS = Table.<Numbered<Decision>>of(CsvTable.DECISIONS)
            .entity("decision", row -> null, row -> number(row.number()))
            .column("decision_no", row -> number(row.number()))
            .column("kind", row -> code(row.item().kind()))
            .column("body_kind", row -> code(get(row.item().body(), GoverningBody::kind)))
            .column("body_name", row -> get(row.item().body(), GoverningBody::name))
            .date("date", row -> row.item().date())
            .column("case_reference", row -> row.item().caseReference())
            .text("resolution", row -> row.item().resolution())
            .column("url", row -> string(row.item().url()))
            .text("note", row -> row.item().note())
            .build();

    static final Table<CodeRow<IcnpoCode>> SCOPE_FIELDS = Table.<CodeRow<IcnpoCode>>of(CsvTable.SCOPE_FIELDS)
            .column("position", row -> number(row.position()))
            .column("icnpo", row -> row.code().code())
            .column("icnpo_group", row -> row.code().group().code())
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

    static final Table<Principle> PRINCIPLES = Table.<Principle>of(CsvTable.PRINCIPLES)
            .entity("principle", principle -> id(principle.id()), principle -> null)
            .column("principle_id", principle -> id(principle.id()))
            .column("kind", principle -> code(principle.kind()))
            .text("title", Principle::title)
            .text("statement", Principle::statement)
            .text("section", Principle::section)
            .column("part_of_id", principle -> id(principle.partOf()))
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
            .date("period_from", measure -> get(measure.period(), Period::from))
            .date("period_to", measure -> get(measure.period(), Period::to))
            .column("budget_amount", measure -> decimal(get(measure.budget(), Money::amount)))
            .column("budget_currency", measure -> get(measure.budget(), money -> money.currency().getCurrencyCode()))
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

    static final Table<Link> FOLLOW_UP_RESPONSIBLE = Table.<Link>of(CsvTable.FOLLOW_UP_RESPONSIBLE)
            .column("organisation_id", link -> id(link.to()))
            .build();

    static final Table<Numbered<Indicator>> FOLLOW_UP_INDICATORS = indicatorColumns(
            Table.<Numbered<Indicator>>of(CsvTable.FOLLOW_UP_INDICATORS)
                    .entity("follow_up_indicator", row -> null, row -> number(row.number())))
            .build();

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
                .date("actual_date", row -> get(row.item().actual(), Measurement::date));
    }

    // ---- organisations and groups ------------------------------------------------------------------------------

    static final Table<Organisation> ORGANISATIONS = Table.<Organisation>of(CsvTable.ORGANISATIONS)
            .entity("organisation", organisation -> id(organisation.id()), organisation -> null)
            .column("organisation_id", organisation -> id(organisation.id()))
            .column("name", Organisation::name)
            .column("kind", organisation -> code(organisation.kind()))
            .column("identifier_scheme", organisation -> code(get(organisation.identifier(),
                    OrganisationIdentifier::scheme)))
            .column("identifier_value", organisation -> get(organisation.identifier(), OrganisationIdentifier::value))
            .column("website", organisation -> string(organisation.website()))
            .column("part_of_id", organisation -> id(organisation.partOf()))
            .text("description", Organisation::description)
            .extensions(Organisation::extensions)
            .build();

    static final Table<CodeRow<IcnpoCode>> ORGANISATION_ICNPO =
            Table.<CodeRow<IcnpoCode>>of(CsvTable.ORGANISATION_ICNPO)
                    .column("organisation_id", row -> id(row.owner()))
                    .column("position", row -> number(row.position()))
                    .column("icnpo", row -> row.code().code())
                    .column("icnpo_group", row -> row.code().group().code())
                    .build();

    static final Table<ReferenceGroup> GROUPS = Table.<ReferenceGroup>of(CsvTable.GROUPS)
            .entity("group", group -> id(group.id()), group -> null)
            .column("group_id", group -> id(group.id()))
            .text("name", ReferenceGroup::name)
            .column("kind", group -> code(group.kind()))
            .column("status", group -> code(group.status()))
            .text("mandate", ReferenceGroup::mandate)
            .column("coordinator_id", group -> id(group.coordinator()))
            .column("recommended_by_id", group -> id(group.recommendedBy()))
            .text("selection_note", ReferenceGroup::selectionNote)
            .date("established", ReferenceGroup::established)
            .extensions(ReferenceGroup::extensions)
            .build();

    static final Table<CodeRow<SelectionMethod>> GROUP_SELECTION =
            Table.<CodeRow<SelectionMethod>>of(CsvTable.GROUP_SELECTION)
                    .column("group_id", row -> id(row.owner()))
                    .column("selection", row -> row.code().code())
                    .build();

    static final Table<Numbered<LocalizedText>> GROUP_TASKS =
            Table.<Numbered<LocalizedText>>of(CsvTable.GROUP_TASKS)
                    .entity("group_task", row -> id(row.parent()), row -> number(row.number()))
                    .column("group_id", row -> id(row.parent()))
                    .column("task_no", row -> number(row.number()))
                    .text("task", Numbered::item)
                    .build();

    static final Table<Numbered<GroupMember>> MEMBERS = personColumns(
            Table.<Numbered<GroupMember>>of(CsvTable.MEMBERS)
                    .entity("member", row -> id(row.parent()), row -> number(row.number()))
                    .column("group_id", row -> id(row.parent()))
                    .column("member_no", row -> number(row.number()))
                    .column("type", row -> row.item().type().code())
                    .column("role", row -> code(row.item().role()))
                    .column("organisation_id", row -> row.item() instanceof GroupMember.OrganisationRepresentative
                            representative ? id(representative.organisation()) : null),
            row -> row.item().person())
            // A named person's political affiliation is personal data; it comes last, after the person's columns.
            .personal("party", row -> row.item() instanceof GroupMember.ElectedRepresentative
                    elected ? elected.party() : null)
            .build();

    // ---- dialogue ------------------------------------------------------------------------------------------------

    static final Table<DialogueEvent> EVENTS = Table.<DialogueEvent>of(CsvTable.EVENTS)
            .entity("event", event -> id(event.id()), event -> null)
            .column("event_id", event -> id(event.id()))
            .column("kind", event -> code(event.kind()))
            .text("title", DialogueEvent::title)
            .text("description", DialogueEvent::description)
            .column("status", event -> code(event.status()))
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
            .themes(DialogueEvent::themes)
            .extensions(DialogueEvent::extensions)
            .build();

    static final Table<Link> EVENT_ORGANISATIONS = Table.<Link>of(CsvTable.EVENT_ORGANISATIONS)
            .column("event_id", link -> id(link.from()))
            .column("organisation_id", link -> id(link.to()))
            .column("role", Link::role)
            .build();

    static final Table<CodeRow<Audience>> EVENT_AUDIENCE = Table.<CodeRow<Audience>>of(CsvTable.EVENT_AUDIENCE)
            .column("event_id", row -> id(row.owner()))
            .column("audience", row -> row.code().code())
            .build();

    static final Table<Numbered<LocalizedText>> EVENT_QUESTIONS =
            Table.<Numbered<LocalizedText>>of(CsvTable.EVENT_QUESTIONS)
                    .entity("event_question", row -> id(row.parent()), row -> number(row.number()))
                    .column("event_id", row -> id(row.parent()))
                    .column("question_no", row -> number(row.number()))
                    .text("question", Numbered::item)
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

    // ---- contacts and sources ------------------------------------------------------------------------------------

    static final Table<Numbered<Person>> CONTACTS = personColumns(
            Table.<Numbered<Person>>of(CsvTable.CONTACTS)
                    .entity("contact", row -> null, row -> number(row.number()))
                    .column("contact_no", row -> number(row.number())),
            Numbered::item)
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
            .extensions(SourceDocument::extensions)
            .build();

    // The personal columns come last, so that every other column has the same position with personal data or
    // without it.
    private static <R> Table.Builder<R> personColumns(Table.Builder<R> table, Function<R, @Nullable Person> person) {
        return table
                .text("person_title", row -> get(person.apply(row), Person::title))
                .column("person_organisation_id", row -> id(get(person.apply(row), Person::organisation)))
                .personal("person_name", row -> get(person.apply(row), Person::name))
                .personal("person_email", row -> get(person.apply(row), Person::email))
                .personal("person_phone", row -> get(person.apply(row), Person::phone));
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

    private static final Map<CsvTable, Table<?>> DEFINITIONS = definitions(POLICIES, DECISIONS, SCOPE_FIELDS,
            FOUNDATIONS, PRINCIPLES, FRAMEWORK_LINKS, MEASURES, MEASURE_PRINCIPLES, MEASURE_INPUTS,
            MEASURE_ORGANISATIONS, MEASURE_INDICATORS, FOLLOW_UP_RESPONSIBLE, FOLLOW_UP_INDICATORS, ORGANISATIONS,
            ORGANISATION_ICNPO, GROUPS, GROUP_SELECTION, GROUP_TASKS, MEMBERS, EVENTS, EVENT_ORGANISATIONS, EVENT_AUDIENCE,
            EVENT_QUESTIONS, SPEAKERS, INPUTS, INPUT_SUBMITTERS, CONTACTS, SOURCES, THEMES, TEXTS, EXTENSIONS);

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
        numbered(run, context, DECISIONS, null, policy.decisions());
        if (policy.scope() != null) {
            codes(run, context, SCOPE_FIELDS, null, policy.scope().fields());
        }
        for (Foundation foundation : policy.foundations()) {
            FOUNDATIONS.write(run, context, foundation);
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
        }
        FollowUp followUp = policy.followUp();
        if (followUp != null) {
            links(run, context, FOLLOW_UP_RESPONSIBLE, null, followUp.responsible(), null);
            numbered(run, context, FOLLOW_UP_INDICATORS, null, followUp.indicators());
        }
        for (Organisation organisation : policy.organisations()) {
            ORGANISATIONS.write(run, context, organisation);
            codes(run, context, ORGANISATION_ICNPO, organisation.id(), organisation.icnpo());
        }
        for (ReferenceGroup group : policy.referenceGroups()) {
            GROUPS.write(run, context, group);
            codes(run, context, GROUP_SELECTION, group.id(), group.selection());
            numbered(run, context, GROUP_TASKS, group.id(), group.tasks());
            numbered(run, context, MEMBERS, group.id(), group.members());
        }
        for (DialogueEvent event : policy.events()) {
            EVENTS.write(run, context, event);
            links(run, context, EVENT_ORGANISATIONS, event.id(), event.organisers(), "organiser");
            links(run, context, EVENT_ORGANISATIONS, event.id(), event.facilitators(), "facilitator");
            if (event.participation() != null) {
                links(run, context, EVENT_ORGANISATIONS, event.id(), event.participation().organisations(),
                        "participant");
            }
            codes(run, context, EVENT_AUDIENCE, event.id(), event.audience());
            numbered(run, context, EVENT_QUESTIONS, event.id(), event.guidingQuestions());
            numbered(run, context, SPEAKERS, event.id(), event.speakers());
        }
        for (DialogueInput input : policy.inputs()) {
            INPUTS.write(run, context, input);
            links(run, context, INPUT_SUBMITTERS, input.id(), input.submittedBy(), null);
        }
        numbered(run, context, CONTACTS, null, policy.contacts());
        for (SourceDocument source : policy.sources()) {
            SOURCES.write(run, context, source);
        }
    }

    private static <T> void numbered(ExportRun run, PolicyContext context, Table<Numbered<T>> table,
            @Nullable LocalId parent, List<T> items) {
        for (int i = 0; i < items.size(); i++) {
            table.write(run, context, new Numbered<>(parent, i + 1, items.get(i)));
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
