package io.github.frivillig.benchmarks.baseline;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A policy document as plain mutable classes with public fields, mirroring the JSON format one to one: codes,
 * ids and dates as strings, texts as maps of language tag to text, extensions as plain maps. The baseline for
 * what Jackson databind costs without any model behind it.
 */
public final class PolicyPojo {
    public String formatVersion;
    public String id;
    public Municipality municipality;
    public Map<String, String> title;
    public String kind;
    public String status;
    public String language;
    public Scope scope;
    public List<Decision> decisions;
    public Period validity;
    public Map<String, String> purpose;
    public Map<String, String> vision;
    public List<Foundation> foundations;
    public List<Principle> principles;
    public List<Measure> measures;
    public FollowUp followUp;
    public List<Organisation> organisations;
    public List<ReferenceGroup> referenceGroups;
    public List<Event> events;
    public List<Input> inputs;
    public String owner;
    public List<Person> contacts;
    public List<Source> sources;
    public Map<String, Object> extensions;

    /** A municipality. */
    public static final class Municipality {
        public String country;
        public String code;
        public String name;
    }

    /** The sectors a policy covers. */
    public static final class Scope {
        public List<String> fields;
        public Map<String, String> description;
    }

    /** A decision about a policy. */
    public static final class Decision {
        public String kind;
        public GoverningBody body;
        public String date;
        public String caseReference;
        public Map<String, String> resolution;
        public String url;
        public Map<String, String> note;
    }

    /** A governing body. */
    public static final class GoverningBody {
        public String kind;
        public String name;
    }

    /** A period. */
    public static final class Period {
        public String from;
        public String to;
    }

    /** A foundation of a policy. */
    public static final class Foundation {
        public String id;
        public String kind;
        public String framework;
        public Map<String, String> title;
        public Map<String, String> relation;
        public String url;
    }

    /** A link from a principle to a national framework. */
    public static final class FrameworkLink {
        public String foundation;
        public String commitment;
        public Map<String, String> note;
    }

    /** A principle. */
    public static final class Principle {
        public String id;
        public String kind;
        public Map<String, String> title;
        public Map<String, String> statement;
        public Map<String, String> section;
        public String partOf;
        public List<String> themes;
        public List<FrameworkLink> frameworkLinks;
        public Map<String, Object> extensions;
    }

    /** A measurement of an indicator. */
    public static final class Measurement {
        public BigDecimal value;
        public String date;
    }

    /** An indicator. */
    public static final class Indicator {
        public Map<String, String> name;
        public String unit;
        public Measurement baseline;
        public Measurement target;
        public Measurement actual;
    }

    /** An amount of money. */
    public static final class Money {
        public BigDecimal amount;
        public String currency;
    }

    /** A measure. */
    public static final class Measure {
        public String id;
        public Map<String, String> title;
        public Map<String, String> description;
        public List<String> themes;
        public List<String> principles;
        public List<String> respondsTo;
        public List<String> responsible;
        public List<String> partners;
        public String status;
        public Period period;
        public Money budget;
        public List<Indicator> indicators;
        public Map<String, Object> extensions;
    }

    /** How a policy is followed up. */
    public static final class FollowUp {
        public Map<String, String> description;
        public List<String> responsible;
        public String revisionInterval;
        public String nextRevision;
        public List<Indicator> indicators;
    }

    /** An organisation. */
    public static final class Organisation {
        public String id;
        public String name;
        public String kind;
        public String identifier;
        public List<String> icnpo;
        public String website;
        public String partOf;
        public Map<String, String> description;
        public Map<String, Object> extensions;
    }

    /** A person. */
    public static final class Person {
        public String name;
        public Map<String, String> title;
        public String organisation;
        public String email;
        public String phone;
    }

    /** A member of a reference group, of any type. */
    public static final class GroupMember {
        public String type;
        public String organisation;
        public Person person;
        public String party;
        public String role;
    }

    /** A reference group. */
    public static final class ReferenceGroup {
        public String id;
        public Map<String, String> name;
        public String kind;
        public String status;
        public Map<String, String> mandate;
        public List<Map<String, String>> tasks;
        public String coordinator;
        public String recommendedBy;
        public List<String> selection;
        public Map<String, String> selectionNote;
        public String established;
        public List<GroupMember> members;
        public Map<String, Object> extensions;
    }

    /** A place. */
    public static final class Place {
        public String name;
        public String venue;
        public String address;
    }

    /** A speaker at an event. */
    public static final class Speaker {
        public Person person;
        public String role;
        public Map<String, String> topic;
    }

    /** A count. */
    public static final class Count {
        public Integer value;
        public String qualifier;
    }

    /** Who took part in an event. */
    public static final class Participation {
        public List<String> organisations;
        public Count organisationCount;
        public Count registeredOrganisations;
        public Count registeredPeople;
        public Count attendees;
        public Map<String, String> note;
    }

    /** A dialogue event. */
    public static final class Event {
        public String id;
        public String kind;
        public Map<String, String> title;
        public Map<String, String> description;
        public String status;
        public String date;
        public String endDate;
        public String startTime;
        public String endTime;
        public String partOfDay;
        public Place place;
        public String access;
        public String partOf;
        public List<String> organisers;
        public List<String> facilitators;
        public List<String> audience;
        public List<Map<String, String>> guidingQuestions;
        public List<Speaker> speakers;
        public Participation participation;
        public List<String> themes;
        public Map<String, String> summary;
        public Map<String, String> cancellationReason;
        public Map<String, Object> extensions;
    }

    /** A dialogue input. */
    public static final class Input {
        public String id;
        public String kind;
        public Map<String, String> text;
        public String event;
        public String channel;
        public List<String> themes;
        public List<String> submittedBy;
        public String received;
        public String disposition;
        public Map<String, String> dispositionReason;
        public Map<String, Object> extensions;
    }

    /** A source document. */
    public static final class Source {
        public String id;
        public String kind;
        public Map<String, String> title;
        public String publisher;
        public String url;
        public String reference;
        public String published;
        public String retrieved;
        public String language;
        public Map<String, Object> extensions;
    }
}
