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
    public List<String> statutoryRoles;
    public List<Decision> decisions;
    public List<CaseReference> references;
    public Period validity;
    public Map<String, String> purpose;
    public Map<String, String> vision;
    public List<Foundation> foundations;
    public List<PolicyPart> parts;
    public List<Principle> principles;
    public List<Measure> measures;
    public FollowUp followUp;
    public List<Organisation> organisations;
    public List<Party> parties;
    public List<ReferenceGroup> referenceGroups;
    public List<Event> events;
    public List<Input> inputs;
    public String owner;
    public List<Person> contacts;
    public List<RelatedPolicy> relatedPolicies;
    public List<Source> sources;
    public Map<String, Object> extensions;

    /** A municipality. */
    public static final class Municipality {
        public String country;
        public String code;
        public String name;
        public String county;
        public List<Municipality> successors;
    }

    /** A case or archive reference. */
    public static final class CaseReference {
        public String kind;
        public String value;
        public Map<String, String> note;
    }

    /** How a vote went. */
    public static final class Vote {
        public String outcome;
        public Integer inFavour;
        public Integer against;
        public Integer abstentions;
        public Map<String, String> note;
    }

    /** Who signed. */
    public static final class Signatory {
        public String organisation;
        public Person person;
        public Map<String, String> description;
        public Count count;
    }

    /** A party to an agreement. */
    public static final class Party {
        public String side;
        public String organisation;
        public Map<String, String> description;
        public Count count;
    }

    /** A part of a policy document. */
    public static final class PolicyPart {
        public String id;
        public String kind;
        public String number;
        public Map<String, String> title;
        public Map<String, String> description;
        public String partOf;
        public Period period;
        public String revisionInterval;
        public List<String> themes;
        public String url;
    }

    /** A related policy. */
    public static final class RelatedPolicy {
        public String relation;
        public String policy;
        public Map<String, String> title;
        public Municipality municipality;
        public Period period;
        public String url;
        public Map<String, String> note;
    }

    /** A review in a policy's follow-up. */
    public static final class Review {
        public String kind;
        public String date;
        public String by;
        public Map<String, String> summary;
        public String url;
    }

    /** Money for a measure from one source. */
    public static final class Funding {
        public String funder;
        public Money amount;
        public Period period;
        public Map<String, String> note;
    }

    /** The sectors a policy covers. */
    public static final class Scope {
        public List<String> fields;
        public Map<String, String> description;
    }

    /** A decision about a policy. */
    public static final class Decision {
        public String kind;
        public String status;
        public GoverningBody body;
        public String date;
        public String caseReference;
        public List<CaseReference> references;
        public Map<String, String> resolution;
        public Vote vote;
        public List<Signatory> signatories;
        public List<String> parts;
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
        public String part;
        public String partOf;
        public List<String> themes;
        public List<FrameworkLink> frameworkLinks;
        public Map<String, Object> extensions;
    }

    /** A measurement of an indicator. */
    public static final class Measurement {
        public BigDecimal value;
        public String date;
        public String qualifier;
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
        public String qualifier;
    }

    /** A measure. */
    public static final class Measure {
        public String id;
        public Map<String, String> title;
        public Map<String, String> description;
        public String part;
        public List<String> themes;
        public List<String> principles;
        public List<String> respondsTo;
        public List<String> responsible;
        public List<String> partners;
        public String status;
        public Period period;
        public Money budget;
        public List<Funding> funding;
        public List<Indicator> indicators;
        public Map<String, Object> extensions;
    }

    /** How a policy is followed up. */
    public static final class FollowUp {
        public Map<String, String> description;
        public List<String> responsible;
        public String revisionInterval;
        public String nextRevision;
        public String reportingInterval;
        public GoverningBody reportsTo;
        public List<Indicator> indicators;
        public List<Review> reviews;
    }

    /** An organisation. */
    public static final class Organisation {
        public String id;
        public String name;
        public Map<String, String> names;
        public String kind;
        public Count count;
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
        public Period period;
    }

    /** Members of a group counted by category. */
    public static final class Seats {
        public String category;
        public Count count;
        public Map<String, String> description;
        public List<String> organisations;
        public List<String> icnpo;
    }

    /** An open call for members of a group. */
    public static final class MemberCall {
        public String opened;
        public String deadline;
        public Count target;
        public Count responses;
        public List<String> channels;
        public List<String> audience;
        public Map<String, String> description;
    }

    /** How to register for an event. */
    public static final class Registration {
        public String deadline;
        public List<String> channels;
        public Count capacity;
        public Map<String, String> note;
    }

    /** A reference group. */
    public static final class ReferenceGroup {
        public String id;
        public Map<String, String> name;
        public String kind;
        public String status;
        public Map<String, String> mandate;
        public Map<String, String> description;
        public List<Map<String, String>> tasks;
        public List<Map<String, String>> guidingQuestions;
        public String coordinator;
        public String recommendedBy;
        public List<String> selection;
        public Map<String, String> selectionNote;
        public MemberCall call;
        public String established;
        public GoverningBody establishedBy;
        public List<Seats> composition;
        public List<GroupMember> members;
        public Count meetings;
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
        public Integer upTo;
        public String qualifier;
    }

    /** Who took part in an event. */
    public static final class Participation {
        public List<String> organisations;
        public Count organisationCount;
        public Count invitedOrganisations;
        public Count invitedPeople;
        public Count registeredOrganisations;
        public Count registeredPeople;
        public Count attendees;
        public Count inputs;
        public Map<String, String> note;
    }

    /** A dialogue event. */
    public static final class Event {
        public String id;
        public String kind;
        public Map<String, String> title;
        public Map<String, String> description;
        public String status;
        public String phase;
        public String date;
        public String endDate;
        public String startTime;
        public String endTime;
        public String partOfDay;
        public Count occurrences;
        public Place place;
        public String access;
        public Registration registration;
        public String partOf;
        public List<String> organisers;
        public List<String> facilitators;
        public List<String> audience;
        public List<Map<String, String>> guidingQuestions;
        public List<Speaker> speakers;
        public Participation participation;
        public String responseDeadline;
        public List<String> responseChannels;
        public List<CaseReference> references;
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
        public Map<String, String> note;
        public Map<String, Object> extensions;
    }
}
