package io.github.frivillig.json.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import tools.jackson.core.JsonGenerator;

import io.github.frivillig.core.code.Coded;
import io.github.frivillig.core.dialogue.DialogueEvent;
import io.github.frivillig.core.dialogue.DialogueInput;
import io.github.frivillig.core.dialogue.Participation;
import io.github.frivillig.core.dialogue.Place;
import io.github.frivillig.core.dialogue.Speaker;
import io.github.frivillig.core.municipality.Municipality;
import io.github.frivillig.core.organisation.GroupMember;
import io.github.frivillig.core.organisation.Organisation;
import io.github.frivillig.core.organisation.ReferenceGroup;
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
import io.github.frivillig.core.text.LocalizedText;
import io.github.frivillig.core.value.Count;
import io.github.frivillig.core.value.CountQualifier;
import io.github.frivillig.core.value.ExtensionValue;
import io.github.frivillig.core.value.LocalId;
import io.github.frivillig.core.value.Money;
import io.github.frivillig.core.value.Period;
import io.github.frivillig.core.value.Person;

/**
 * Writes the model in the Frivillig JSON format: keys in a fixed order, {@code formatVersion} first, absent values
 * and empty lists left out, codelist values as their codes, dates as EDTF or ISO 8601 text.
 * <p>
 * Stateless and thread-safe.
 */
public final class PolicyWriter {

    private PolicyWriter() {
    }

    /**
     * Writes a policy document.
     *
     * @param g  the generator, not null
     * @param policy  the policy, not null
     */
    public static void writePolicy(JsonGenerator g, Policy policy) {
        g.writeStartObject();
        g.writeName("formatVersion");
        g.writeString(PolicyReader.FORMAT_VERSION);
        string(g, "id", policy.id() == null ? null : policy.id().value());
        if (policy.municipality() != null) {
            g.writeName("municipality");
            municipality(g, policy.municipality());
        }
        text(g, "title", policy.title());
        code(g, "kind", policy.kind());
        code(g, "status", policy.status());
        string(g, "language", policy.language());
        if (policy.scope() != null) {
            g.writeName("scope");
            scope(g, policy.scope());
        }
        list(g, "decisions", policy.decisions(), PolicyWriter::decision);
        period(g, "validity", policy.validity());
        text(g, "purpose", policy.purpose());
        text(g, "vision", policy.vision());
        list(g, "foundations", policy.foundations(), PolicyWriter::foundation);
        list(g, "principles", policy.principles(), PolicyWriter::principle);
        list(g, "measures", policy.measures(), PolicyWriter::measure);
        if (policy.followUp() != null) {
            g.writeName("followUp");
            followUp(g, policy.followUp());
        }
        list(g, "organisations", policy.organisations(), PolicyWriter::organisation);
        list(g, "referenceGroups", policy.referenceGroups(), PolicyWriter::referenceGroup);
        list(g, "events", policy.events(), PolicyWriter::event);
        list(g, "inputs", policy.inputs(), PolicyWriter::input);
        id(g, "owner", policy.owner());
        list(g, "contacts", policy.contacts(), PolicyWriter::person);
        list(g, "sources", policy.sources(), PolicyWriter::source);
        extensions(g, policy.extensions());
        g.writeEndObject();
    }

    /**
     * Writes any value of the format: an object type, a scalar type or a codelist value.
     *
     * @param g  the generator, not null
     * @param value  the value, not null
     */
    public static void writeValue(JsonGenerator g, Object value) {
        if (value instanceof LocalId id) {
            writeText(g, id.value());
        } else if (value instanceof io.github.frivillig.core.policy.PolicyId id) {
            writeText(g, id.value());
        } else if (value instanceof io.github.frivillig.core.value.PartialDate date) {
            g.writeString(date.toString());
        } else if (value instanceof io.github.frivillig.core.organisation.OrganisationIdentifier identifier) {
            writeText(g, identifier.toString());
        } else if (value instanceof LocalizedText text) {
            textObject(g, text);
        } else if (value instanceof ExtensionValue extension) {
            extensionValue(g, extension);
        } else if (value instanceof Coded coded) {
            g.writeString(coded.code());
        } else {
            write(g, value);
        }
    }

    /**
     * Writes any value of the format's object types.
     *
     * @param g  the generator, not null
     * @param value  a value of one of {@link PolicyReader#readableTypes()}, not null
     */
    public static void write(JsonGenerator g, Object value) {
        if (value instanceof Policy policy) {
            writePolicy(g, policy);
        } else if (value instanceof Municipality municipality) {
            municipality(g, municipality);
        } else if (value instanceof Scope scope) {
            scope(g, scope);
        } else if (value instanceof GoverningBody body) {
            governingBody(g, body);
        } else if (value instanceof Decision decision) {
            decision(g, decision);
        } else if (value instanceof Period period) {
            periodObject(g, period);
        } else if (value instanceof Foundation foundation) {
            foundation(g, foundation);
        } else if (value instanceof FrameworkLink link) {
            frameworkLink(g, link);
        } else if (value instanceof Principle principle) {
            principle(g, principle);
        } else if (value instanceof Measurement measurement) {
            measurement(g, measurement);
        } else if (value instanceof Indicator indicator) {
            indicator(g, indicator);
        } else if (value instanceof Money money) {
            money(g, money);
        } else if (value instanceof Measure measure) {
            measure(g, measure);
        } else if (value instanceof FollowUp followUp) {
            followUp(g, followUp);
        } else if (value instanceof Organisation organisation) {
            organisation(g, organisation);
        } else if (value instanceof Person person) {
            person(g, person);
        } else if (value instanceof GroupMember member) {
            member(g, member);
        } else if (value instanceof ReferenceGroup group) {
            referenceGroup(g, group);
        } else if (value instanceof Place place) {
            place(g, place);
        } else if (value instanceof Speaker speaker) {
            speaker(g, speaker);
        } else if (value instanceof Count count) {
            count(g, count);
        } else if (value instanceof Participation participation) {
            participation(g, participation);
        } else if (value instanceof DialogueEvent event) {
            event(g, event);
        } else if (value instanceof DialogueInput input) {
            input(g, input);
        } else if (value instanceof SourceDocument source) {
            source(g, source);
        } else {
            throw new IllegalArgumentException("Not an object type of the Frivillig format: " + value.getClass());
        }
    }

    // ---- object types ----------------------------------------------------------------------------------------

    private static void municipality(JsonGenerator g, Municipality m) {
        g.writeStartObject();
        code(g, "country", m.country());
        string(g, "code", m.code());
        string(g, "name", m.name());
        g.writeEndObject();
    }

    private static void scope(JsonGenerator g, Scope scope) {
        g.writeStartObject();
        codes(g, "fields", scope.fields());
        text(g, "description", scope.description());
        g.writeEndObject();
    }

    private static void governingBody(JsonGenerator g, GoverningBody body) {
        g.writeStartObject();
        code(g, "kind", body.kind());
        string(g, "name", body.name());
        g.writeEndObject();
    }

    private static void decision(JsonGenerator g, Decision d) {
        g.writeStartObject();
        code(g, "kind", d.kind());
        if (d.body() != null) {
            g.writeName("body");
            governingBody(g, d.body());
        }
        string(g, "date", d.date());
        string(g, "caseReference", d.caseReference());
        text(g, "resolution", d.resolution());
        string(g, "url", d.url());
        text(g, "note", d.note());
        g.writeEndObject();
    }

    private static void period(JsonGenerator g, String name, Period period) {
        if (period != null) {
            g.writeName(name);
            periodObject(g, period);
        }
    }

    private static void periodObject(JsonGenerator g, Period period) {
        g.writeStartObject();
        string(g, "from", period.from());
        string(g, "to", period.to());
        g.writeEndObject();
    }

    private static void foundation(JsonGenerator g, Foundation f) {
        g.writeStartObject();
        id(g, "id", f.id());
        code(g, "kind", f.kind());
        code(g, "framework", f.framework());
        text(g, "title", f.title());
        text(g, "relation", f.relation());
        string(g, "url", f.url());
        g.writeEndObject();
    }

    private static void frameworkLink(JsonGenerator g, FrameworkLink link) {
        g.writeStartObject();
        id(g, "foundation", link.foundation());
        string(g, "commitment", link.commitment());
        text(g, "note", link.note());
        g.writeEndObject();
    }

    private static void principle(JsonGenerator g, Principle p) {
        g.writeStartObject();
        id(g, "id", p.id());
        code(g, "kind", p.kind());
        text(g, "title", p.title());
        text(g, "statement", p.statement());
        text(g, "section", p.section());
        id(g, "partOf", p.partOf());
        codes(g, "themes", p.themes());
        list(g, "frameworkLinks", p.frameworkLinks(), PolicyWriter::frameworkLink);
        extensions(g, p.extensions());
        g.writeEndObject();
    }

    private static void measurement(JsonGenerator g, Measurement m) {
        g.writeStartObject();
        number(g, "value", m.value());
        string(g, "date", m.date());
        g.writeEndObject();
    }

    private static void indicator(JsonGenerator g, Indicator i) {
        g.writeStartObject();
        text(g, "name", i.name());
        string(g, "unit", i.unit());
        measurement(g, "baseline", i.baseline());
        measurement(g, "target", i.target());
        measurement(g, "actual", i.actual());
        g.writeEndObject();
    }

    private static void measurement(JsonGenerator g, String name, Measurement m) {
        if (m != null) {
            g.writeName(name);
            measurement(g, m);
        }
    }

    private static void money(JsonGenerator g, Money money) {
        g.writeStartObject();
        number(g, "amount", money.amount());
        string(g, "currency", money.currency().getCurrencyCode());
        g.writeEndObject();
    }

    private static void measure(JsonGenerator g, Measure m) {
        g.writeStartObject();
        id(g, "id", m.id());
        text(g, "title", m.title());
        text(g, "description", m.description());
        codes(g, "themes", m.themes());
        ids(g, "principles", m.principles());
        ids(g, "respondsTo", m.respondsTo());
        ids(g, "responsible", m.responsible());
        ids(g, "partners", m.partners());
        code(g, "status", m.status());
        period(g, "period", m.period());
        if (m.budget() != null) {
            g.writeName("budget");
            money(g, m.budget());
        }
        list(g, "indicators", m.indicators(), PolicyWriter::indicator);
        extensions(g, m.extensions());
        g.writeEndObject();
    }

    private static void followUp(JsonGenerator g, FollowUp f) {
        g.writeStartObject();
        text(g, "description", f.description());
        ids(g, "responsible", f.responsible());
        string(g, "revisionInterval", f.revisionInterval());
        string(g, "nextRevision", f.nextRevision());
        list(g, "indicators", f.indicators(), PolicyWriter::indicator);
        g.writeEndObject();
    }

    private static void organisation(JsonGenerator g, Organisation o) {
        g.writeStartObject();
        id(g, "id", o.id());
        string(g, "name", o.name());
        code(g, "kind", o.kind());
        string(g, "identifier", o.identifier());
        codes(g, "icnpo", o.icnpo());
        string(g, "website", o.website());
        id(g, "partOf", o.partOf());
        text(g, "description", o.description());
        extensions(g, o.extensions());
        g.writeEndObject();
    }

    private static void person(JsonGenerator g, Person p) {
        g.writeStartObject();
        string(g, "name", p.name());
        text(g, "title", p.title());
        id(g, "organisation", p.organisation());
        string(g, "email", p.email());
        string(g, "phone", p.phone());
        g.writeEndObject();
    }

    private static void member(JsonGenerator g, GroupMember member) {
        g.writeStartObject();
        code(g, "type", member.type());
        if (member instanceof GroupMember.OrganisationRepresentative representative) {
            id(g, "organisation", representative.organisation());
        }
        if (member.person() != null) {
            g.writeName("person");
            person(g, member.person());
        }
        if (member instanceof GroupMember.ElectedRepresentative elected) {
            string(g, "party", elected.party());
        }
        code(g, "role", member.role());
        g.writeEndObject();
    }

    private static void referenceGroup(JsonGenerator g, ReferenceGroup r) {
        g.writeStartObject();
        id(g, "id", r.id());
        text(g, "name", r.name());
        code(g, "kind", r.kind());
        code(g, "status", r.status());
        text(g, "mandate", r.mandate());
        list(g, "tasks", r.tasks(), PolicyWriter::textObject);
        id(g, "coordinator", r.coordinator());
        id(g, "recommendedBy", r.recommendedBy());
        codes(g, "selection", r.selection());
        text(g, "selectionNote", r.selectionNote());
        string(g, "established", r.established());
        list(g, "members", r.members(), PolicyWriter::member);
        extensions(g, r.extensions());
        g.writeEndObject();
    }

    private static void place(JsonGenerator g, Place place) {
        g.writeStartObject();
        string(g, "name", place.name());
        string(g, "venue", place.venue());
        string(g, "address", place.address());
        g.writeEndObject();
    }

    private static void speaker(JsonGenerator g, Speaker speaker) {
        g.writeStartObject();
        if (speaker.person() != null) {
            g.writeName("person");
            person(g, speaker.person());
        }
        code(g, "role", speaker.role());
        text(g, "topic", speaker.topic());
        g.writeEndObject();
    }

    private static void count(JsonGenerator g, String name, Count count) {
        if (count != null) {
            g.writeName(name);
            count(g, count);
        }
    }

    private static void count(JsonGenerator g, Count count) {
        g.writeStartObject();
        g.writeName("value");
        g.writeNumber(count.value());
        if (count.qualifier() != CountQualifier.EXACT) {
            code(g, "qualifier", count.qualifier());
        }
        g.writeEndObject();
    }

    private static void participation(JsonGenerator g, Participation p) {
        g.writeStartObject();
        ids(g, "organisations", p.organisations());
        count(g, "organisationCount", p.organisationCount());
        count(g, "registeredOrganisations", p.registeredOrganisations());
        count(g, "registeredPeople", p.registeredPeople());
        count(g, "attendees", p.attendees());
        text(g, "note", p.note());
        g.writeEndObject();
    }

    private static void event(JsonGenerator g, DialogueEvent e) {
        g.writeStartObject();
        id(g, "id", e.id());
        code(g, "kind", e.kind());
        text(g, "title", e.title());
        text(g, "description", e.description());
        code(g, "status", e.status());
        string(g, "date", e.date());
        string(g, "endDate", e.endDate());
        string(g, "startTime", e.startTime());
        string(g, "endTime", e.endTime());
        code(g, "partOfDay", e.partOfDay());
        if (e.place() != null) {
            g.writeName("place");
            place(g, e.place());
        }
        code(g, "access", e.access());
        id(g, "partOf", e.partOf());
        ids(g, "organisers", e.organisers());
        ids(g, "facilitators", e.facilitators());
        codes(g, "audience", e.audience());
        list(g, "guidingQuestions", e.guidingQuestions(), PolicyWriter::textObject);
        list(g, "speakers", e.speakers(), PolicyWriter::speaker);
        if (e.participation() != null) {
            g.writeName("participation");
            participation(g, e.participation());
        }
        codes(g, "themes", e.themes());
        text(g, "summary", e.summary());
        text(g, "cancellationReason", e.cancellationReason());
        extensions(g, e.extensions());
        g.writeEndObject();
    }

    private static void input(JsonGenerator g, DialogueInput i) {
        g.writeStartObject();
        id(g, "id", i.id());
        code(g, "kind", i.kind());
        text(g, "text", i.text());
        id(g, "event", i.event());
        code(g, "channel", i.channel());
        codes(g, "themes", i.themes());
        ids(g, "submittedBy", i.submittedBy());
        string(g, "received", i.received());
        code(g, "disposition", i.disposition());
        text(g, "dispositionReason", i.dispositionReason());
        extensions(g, i.extensions());
        g.writeEndObject();
    }

    private static void source(JsonGenerator g, SourceDocument s) {
        g.writeStartObject();
        id(g, "id", s.id());
        code(g, "kind", s.kind());
        text(g, "title", s.title());
        id(g, "publisher", s.publisher());
        string(g, "url", s.url());
        string(g, "reference", s.reference());
        string(g, "published", s.published());
        string(g, "retrieved", s.retrieved());
        string(g, "language", s.language());
        extensions(g, s.extensions());
        g.writeEndObject();
    }

    // ---- values ----------------------------------------------------------------------------------------------

    /**
     * Writes text from the model as a JSON string. Text with an unpaired surrogate is not Unicode: the reader rejects
     * it, and other JSON readers may reject or alter it, so the writer refuses it instead of writing a document that
     * does not read back.
     */
    private static void writeText(JsonGenerator g, String value) {
        requireUnicode(g, value, "");
        g.writeString(value);
    }

    /** Writes a key that comes from the model (a language tag, an extension's name) under the same rule. */
    private static void writeKey(JsonGenerator g, String key) {
        requireUnicode(g, key, " (in a key)");
        g.writeName(key);
    }

    /**
     * Refuses an extension value nested deeper than the reader of the same {@code PolicyJson} reads, whose
     * nesting limit the generator carries, with the place of the value rather than the generator's exception.
     */
    private static void requireDepth(JsonGenerator g) {
        int limit = g.streamWriteConstraints().getMaxNestingDepth();
        if (g.streamWriteContext().getNestingDepth() >= limit) {
            throw new IllegalArgumentException("Cannot write the extension value at '"
                    + g.streamWriteContext().pathAsPointer() + "': it nests deeper than " + limit
                    + " levels, the nesting depth limit of the reader, so it would not read back");
        }
    }

    private static void requireUnicode(JsonGenerator g, String value, String where) {
        if (PolicyReader.hasLoneSurrogate(value)) {
            throw new IllegalArgumentException("Cannot write the text at '"
                    + g.streamWriteContext().pathAsPointer() + "'" + where
                    + ": it has an unpaired surrogate, so it is not Unicode and would not read back");
        }
    }

    private static void string(JsonGenerator g, String name, Object value) {
        if (value != null) {
            g.writeName(name);
            writeText(g, value.toString());
        }
    }

    private static void id(JsonGenerator g, String name, LocalId id) {
        if (id != null) {
            g.writeName(name);
            writeText(g, id.value());
        }
    }

    private static void ids(JsonGenerator g, String name, List<LocalId> ids) {
        if (!ids.isEmpty()) {
            g.writeName(name);
            g.writeStartArray();
            for (LocalId id : ids) {
                writeText(g, id.value());
            }
            g.writeEndArray();
        }
    }

    private static void code(JsonGenerator g, String name, Coded value) {
        if (value != null) {
            g.writeName(name);
            g.writeString(value.code());
        }
    }

    private static void codes(JsonGenerator g, String name, List<? extends Coded> values) {
        if (!values.isEmpty()) {
            g.writeName(name);
            g.writeStartArray();
            for (Coded value : values) {
                g.writeString(value.code());
            }
            g.writeEndArray();
        }
    }

    private static void number(JsonGenerator g, String name, BigDecimal value) {
        if (value != null) {
            g.writeName(name);
            g.writeNumber(value);
        }
    }

    private static void text(JsonGenerator g, String name, LocalizedText text) {
        if (text != null) {
            g.writeName(name);
            textObject(g, text);
        }
    }

    static void textObject(JsonGenerator g, LocalizedText text) {
        g.writeStartObject();
        for (Map.Entry<String, String> entry : text.texts().entrySet()) {
            writeKey(g, entry.getKey());
            writeText(g, entry.getValue());
        }
        g.writeEndObject();
    }

    private static <T> void list(JsonGenerator g, String name, List<T> values, BiConsumer<JsonGenerator, T> element) {
        if (!values.isEmpty()) {
            g.writeName(name);
            g.writeStartArray();
            for (T value : values) {
                element.accept(g, value);
            }
            g.writeEndArray();
        }
    }

    private static void extensions(JsonGenerator g, Map<String, ExtensionValue> extensions) {
        if (!extensions.isEmpty()) {
            g.writeName("extensions");
            members(g, extensions);
        }
    }

    private static void members(JsonGenerator g, Map<String, ExtensionValue> members) {
        requireDepth(g);
        g.writeStartObject();
        for (Map.Entry<String, ExtensionValue> member : members.entrySet()) {
            writeKey(g, member.getKey());
            extensionValue(g, member.getValue());
        }
        g.writeEndObject();
    }

    static void extensionValue(JsonGenerator g, ExtensionValue value) {
        if (value instanceof ExtensionValue.ObjectValue object) {
            members(g, object.members());
        } else if (value instanceof ExtensionValue.ArrayValue array) {
            requireDepth(g);
            g.writeStartArray();
            for (ExtensionValue element : array.elements()) {
                extensionValue(g, element);
            }
            g.writeEndArray();
        } else if (value instanceof ExtensionValue.StringValue string) {
            writeText(g, string.value());
        } else if (value instanceof ExtensionValue.NumberValue number) {
            g.writeNumber(number.value());
        } else if (value instanceof ExtensionValue.BooleanValue bool) {
            g.writeBoolean(bool.value());
        } else {
            g.writeNull();
        }
    }
}
