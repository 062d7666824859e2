package io.github.frivillig.core.policy;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

import io.github.frivillig.core.dialogue.DialogueEvent;
import io.github.frivillig.core.dialogue.DialogueInput;
import io.github.frivillig.core.municipality.Municipality;
import io.github.frivillig.core.organisation.Organisation;
import io.github.frivillig.core.organisation.ReferenceGroup;
import io.github.frivillig.core.text.LocalizedText;
import io.github.frivillig.core.validation.constraints.LanguageTag;
import io.github.frivillig.core.validation.constraints.ValidLocalId;
import io.github.frivillig.core.validation.constraints.ValidPeriod;
import io.github.frivillig.core.validation.constraints.ValidPolicy;
import io.github.frivillig.core.validation.constraints.ValidPolicyId;
import io.github.frivillig.core.validation.constraints.ValidText;
import io.github.frivillig.core.value.ExtensionValue;
import io.github.frivillig.core.value.LocalId;
import io.github.frivillig.core.value.Period;
import io.github.frivillig.core.value.Person;

/**
 * A municipal volunteer policy: one self-contained document with everything it refers to.
 * <p>
 * A policy holds its municipality, kind and lifecycle status, the decisions about it, its purpose, vision,
 * principles and measures, and the dialogue that produced it: the organisations, reference groups, events and
 * inputs. References between its parts are by local id and stay within the policy, so a policy can be exchanged
 * as one JSON document and checked on its own.
 * <p>
 * A policy holds whatever it was given. A document with fifty problems builds and yields fifty violations in one
 * pass of {@link io.github.frivillig.core.validation.PolicyValidator}; only {@code null} collections, which the
 * API forbids, throw.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the policy id, unique within a dataset, required
 * @param municipality  the municipality, required
 * @param title  the title, required
 * @param kind  the kind of document, required
 * @param status  where the policy is in its lifecycle, required
 * @param language  the BCP 47 tag of the language the policy is written in, null if not given
 * @param scope  the sectors it covers, null if not stated
 * @param decisions  the mandate, adoption and other decisions about it
 * @param validity  when it is in force, null if not stated
 * @param purpose  its purpose, null if not stated
 * @param vision  its vision, null if not stated
 * @param foundations  the national frameworks, plans and documents it builds on
 * @param principles  its principles, values, goals, focus areas and commitments
 * @param measures  its measures
 * @param followUp  how it is followed up, null if not stated
 * @param organisations  the organisations it refers to
 * @param referenceGroups  the groups through which the voluntary sector takes part
 * @param events  the dialogue events that produced it
 * @param inputs  the inputs from the voluntary sector
 * @param owner  the local id of the department or committee that owns it, null if not stated
 * @param contacts  its contact points
 * @param sources  the documents this record was compiled from
 * @param extensions  custom data that the model does not cover, kept and written back unchanged
 */
@ValidPolicy
public record Policy(
        @NotNull @ValidPolicyId @Nullable PolicyId id,
        @NotNull @Valid @Nullable Municipality municipality,
        @NotNull @ValidText @Nullable LocalizedText title,
        @NotNull @Nullable PolicyKind kind,
        @NotNull @Nullable PolicyStatus status,
        @LanguageTag @Nullable String language,
        @Valid @Nullable Scope scope,
        List<@Valid Decision> decisions,
        @ValidPeriod @Nullable Period validity,
        @ValidText @Nullable LocalizedText purpose,
        @ValidText @Nullable LocalizedText vision,
        List<@Valid Foundation> foundations,
        List<@Valid Principle> principles,
        List<@Valid Measure> measures,
        @Valid @Nullable FollowUp followUp,
        List<@Valid Organisation> organisations,
        List<@Valid ReferenceGroup> referenceGroups,
        List<@Valid DialogueEvent> events,
        List<@Valid DialogueInput> inputs,
        @ValidLocalId @Nullable LocalId owner,
        List<@Valid Person> contacts,
        List<@Valid SourceDocument> sources,
        Map<String, ExtensionValue> extensions) {

    /**
     * Creates a {@code Policy}, copying its collections.
     *
     * @param id  the policy id, unique within a dataset, required
     * @param municipality  the municipality, required
     * @param title  the title, required
     * @param kind  the kind of document, required
     * @param status  where the policy is in its lifecycle, required
     * @param language  the BCP 47 tag of the language the policy is written in, null if not given
     * @param scope  the sectors it covers, null if not stated
     * @param decisions  the mandate, adoption and other decisions about it, not null
     * @param validity  when it is in force, null if not stated
     * @param purpose  its purpose, null if not stated
     * @param vision  its vision, null if not stated
     * @param foundations  the national frameworks, plans and documents it builds on, not null
     * @param principles  its principles, values, goals, focus areas and commitments, not null
     * @param measures  its measures, not null
     * @param followUp  how it is followed up, null if not stated
     * @param organisations  the organisations it refers to, not null
     * @param referenceGroups  the groups through which the voluntary sector takes part, not null
     * @param events  the dialogue events that produced it, not null
     * @param inputs  the inputs from the voluntary sector, not null
     * @param owner  the local id of the department or committee that owns it, null if not stated
     * @param contacts  its contact points, not null
     * @param sources  the documents this record was compiled from, not null
     * @param extensions  custom data that the model does not cover, kept and written back unchanged, not null
     * @throws NullPointerException if a collection or an element of one is null
     */
    public Policy {
        decisions = List.copyOf(Objects.requireNonNull(decisions, "decisions"));
        foundations = List.copyOf(Objects.requireNonNull(foundations, "foundations"));
        principles = List.copyOf(Objects.requireNonNull(principles, "principles"));
        measures = List.copyOf(Objects.requireNonNull(measures, "measures"));
        organisations = List.copyOf(Objects.requireNonNull(organisations, "organisations"));
        referenceGroups = List.copyOf(Objects.requireNonNull(referenceGroups, "referenceGroups"));
        events = List.copyOf(Objects.requireNonNull(events, "events"));
        inputs = List.copyOf(Objects.requireNonNull(inputs, "inputs"));
        contacts = List.copyOf(Objects.requireNonNull(contacts, "contacts"));
        sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
        extensions = ExtensionValue.copyOrdered(Objects.requireNonNull(extensions, "extensions"));
    }

    /**
     * Returns a builder for a {@code Policy}, with every collection empty and every other value null.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder that starts with the values of this {@code Policy}.
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.id = id;
        builder.municipality = municipality;
        builder.title = title;
        builder.kind = kind;
        builder.status = status;
        builder.language = language;
        builder.scope = scope;
        builder.decisions.addAll(decisions);
        builder.validity = validity;
        builder.purpose = purpose;
        builder.vision = vision;
        builder.foundations.addAll(foundations);
        builder.principles.addAll(principles);
        builder.measures.addAll(measures);
        builder.followUp = followUp;
        builder.organisations.addAll(organisations);
        builder.referenceGroups.addAll(referenceGroups);
        builder.events.addAll(events);
        builder.inputs.addAll(inputs);
        builder.owner = owner;
        builder.contacts.addAll(contacts);
        builder.sources.addAll(sources);
        builder.extensions.putAll(extensions);
        return builder;
    }

    /**
     * Builds a {@link Policy}.
     * <p>
     * This class is mutable and not thread-safe.
     */
    public static final class Builder {
        private PolicyId id;
        private Municipality municipality;
        private LocalizedText title;
        private PolicyKind kind;
        private PolicyStatus status;
        private String language;
        private Scope scope;
        private final java.util.ArrayList<Decision> decisions = new java.util.ArrayList<>();
        private Period validity;
        private LocalizedText purpose;
        private LocalizedText vision;
        private final java.util.ArrayList<Foundation> foundations = new java.util.ArrayList<>();
        private final java.util.ArrayList<Principle> principles = new java.util.ArrayList<>();
        private final java.util.ArrayList<Measure> measures = new java.util.ArrayList<>();
        private FollowUp followUp;
        private final java.util.ArrayList<Organisation> organisations = new java.util.ArrayList<>();
        private final java.util.ArrayList<ReferenceGroup> referenceGroups = new java.util.ArrayList<>();
        private final java.util.ArrayList<DialogueEvent> events = new java.util.ArrayList<>();
        private final java.util.ArrayList<DialogueInput> inputs = new java.util.ArrayList<>();
        private LocalId owner;
        private final java.util.ArrayList<Person> contacts = new java.util.ArrayList<>();
        private final java.util.ArrayList<SourceDocument> sources = new java.util.ArrayList<>();
        private final java.util.LinkedHashMap<String, ExtensionValue> extensions = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets id: the policy id, unique within a dataset, required.
         *
         * @param id  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder id(@Nullable PolicyId id) {
            this.id = id;
            return this;
        }

        /**
         * Sets municipality: the municipality, required.
         *
         * @param municipality  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder municipality(@Nullable Municipality municipality) {
            this.municipality = municipality;
            return this;
        }

        /**
         * Sets title: the title, required.
         *
         * @param title  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder title(@Nullable LocalizedText title) {
            this.title = title;
            return this;
        }

        /**
         * Sets kind: the kind of document, required.
         *
         * @param kind  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder kind(@Nullable PolicyKind kind) {
            this.kind = kind;
            return this;
        }

        /**
         * Sets status: where the policy is in its lifecycle, required.
         *
         * @param status  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder status(@Nullable PolicyStatus status) {
            this.status = status;
            return this;
        }

        /**
         * Sets language: the BCP 47 tag of the language the policy is written in, null if not given.
         *
         * @param language  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder language(@Nullable String language) {
            this.language = language;
            return this;
        }

        /**
         * Sets scope: the sectors it covers, null if not stated.
         *
         * @param scope  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder scope(@Nullable Scope scope) {
            this.scope = scope;
            return this;
        }

        /**
         * Replaces decisions: the mandate, adoption and other decisions about it.
         *
         * @param decisions  the values, not null
         * @return this builder, not null
         */
        public Builder decisions(java.util.Collection<? extends Decision> decisions) {
            Objects.requireNonNull(decisions, "decisions");
            this.decisions.clear();
            this.decisions.addAll(decisions);
            return this;
        }

        /**
         * Adds to decisions: the mandate, adoption and other decisions about it.
         *
         * @param values  the values to add, not null
         * @return this builder, not null
         */
        public Builder addDecision(Decision... values) {
            for (Decision value : values) {
                this.decisions.add(Objects.requireNonNull(value, "value"));
            }
            return this;
        }

        /**
         * Sets validity: when it is in force, null if not stated.
         *
         * @param validity  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder validity(@Nullable Period validity) {
            this.validity = validity;
            return this;
        }

        /**
         * Sets purpose: its purpose, null if not stated.
         *
         * @param purpose  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder purpose(@Nullable LocalizedText purpose) {
            this.purpose = purpose;
            return this;
        }

        /**
         * Sets vision: its vision, null if not stated.
         *
         * @param vision  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder vision(@Nullable LocalizedText vision) {
            this.vision = vision;
            return this;
        }

        /**
         * Replaces foundations: the national frameworks, plans and documents it builds on.
         *
         * @param foundations  the values, not null
         * @return this builder, not null
         */
        public Builder foundations(java.util.Collection<? extends Foundation> foundations) {
            Objects.requireNonNull(foundations, "foundations");
            this.foundations.clear();
            this.foundations.addAll(foundations);
            return this;
        }

        /**
         * Adds to foundations: the national frameworks, plans and documents it builds on.
         *
         * @param values  the values to add, not null
         * @return this builder, not null
         */
        public Builder addFoundation(Foundation... values) {
            for (Foundation value : values) {
                this.foundations.add(Objects.requireNonNull(value, "value"));
            }
            return this;
        }

        /**
         * Replaces principles: its principles, values, goals, focus areas and commitments.
         *
         * @param principles  the values, not null
         * @return this builder, not null
         */
        public Builder principles(java.util.Collection<? extends Principle> principles) {
            Objects.requireNonNull(principles, "principles");
            this.principles.clear();
            this.principles.addAll(principles);
            return this;
        }

        /**
         * Adds to principles: its principles, values, goals, focus areas and commitments.
         *
         * @param values  the values to add, not null
         * @return this builder, not null
         */
        public Builder addPrinciple(Principle... values) {
            for (Principle value : values) {
                this.principles.add(Objects.requireNonNull(value, "value"));
            }
            return this;
        }

        /**
         * Replaces measures: its measures.
         *
         * @param measures  the values, not null
         * @return this builder, not null
         */
        public Builder measures(java.util.Collection<? extends Measure> measures) {
            Objects.requireNonNull(measures, "measures");
            this.measures.clear();
            this.measures.addAll(measures);
            return this;
        }

        /**
         * Adds to measures: its measures.
         *
         * @param values  the values to add, not null
         * @return this builder, not null
         */
        public Builder addMeasure(Measure... values) {
            for (Measure value : values) {
                this.measures.add(Objects.requireNonNull(value, "value"));
            }
            return this;
        }

        /**
         * Sets followUp: how it is followed up, null if not stated.
         *
         * @param followUp  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder followUp(@Nullable FollowUp followUp) {
            this.followUp = followUp;
            return this;
        }

        /**
         * Replaces organisations: the organisations it refers to.
         *
         * @param organisations  the values, not null
         * @return this builder, not null
         */
        public Builder organisations(java.util.Collection<? extends Organisation> organisations) {
            Objects.requireNonNull(organisations, "organisations");
            this.organisations.clear();
            this.organisations.addAll(organisations);
            return this;
        }

        /**
         * Adds to organisations: the organisations it refers to.
         *
         * @param values  the values to add, not null
         * @return this builder, not null
         */
        public Builder addOrganisation(Organisation... values) {
            for (Organisation value : values) {
                this.organisations.add(Objects.requireNonNull(value, "value"));
            }
            return this;
        }

        /**
         * Replaces referenceGroups: the groups through which the voluntary sector takes part.
         *
         * @param referenceGroups  the values, not null
         * @return this builder, not null
         */
        public Builder referenceGroups(java.util.Collection<? extends ReferenceGroup> referenceGroups) {
            Objects.requireNonNull(referenceGroups, "referenceGroups");
            this.referenceGroups.clear();
            this.referenceGroups.addAll(referenceGroups);
            return this;
        }

        /**
         * Adds to referenceGroups: the groups through which the voluntary sector takes part.
         *
         * @param values  the values to add, not null
         * @return this builder, not null
         */
        public Builder addReferenceGroup(ReferenceGroup... values) {
            for (ReferenceGroup value : values) {
                this.referenceGroups.add(Objects.requireNonNull(value, "value"));
            }
            return this;
        }

        /**
         * Replaces events: the dialogue events that produced it.
         *
         * @param events  the values, not null
         * @return this builder, not null
         */
        public Builder events(java.util.Collection<? extends DialogueEvent> events) {
            Objects.requireNonNull(events, "events");
            this.events.clear();
            this.events.addAll(events);
            return this;
        }

        /**
         * Adds to events: the dialogue events that produced it.
         *
         * @param values  the values to add, not null
         * @return this builder, not null
         */
        public Builder addEvent(DialogueEvent... values) {
            for (DialogueEvent value : values) {
                this.events.add(Objects.requireNonNull(value, "value"));
            }
            return this;
        }

        /**
         * Replaces inputs: the inputs from the voluntary sector.
         *
         * @param inputs  the values, not null
         * @return this builder, not null
         */
        public Builder inputs(java.util.Collection<? extends DialogueInput> inputs) {
            Objects.requireNonNull(inputs, "inputs");
            this.inputs.clear();
            this.inputs.addAll(inputs);
            return this;
        }

        /**
         * Adds to inputs: the inputs from the voluntary sector.
         *
         * @param values  the values to add, not null
         * @return this builder, not null
         */
        public Builder addInput(DialogueInput... values) {
            for (DialogueInput value : values) {
                this.inputs.add(Objects.requireNonNull(value, "value"));
            }
            return this;
        }

        /**
         * Sets owner: the local id of the department or committee that owns it, null if not stated.
         *
         * @param owner  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder owner(@Nullable LocalId owner) {
            this.owner = owner;
            return this;
        }

        /**
         * Replaces contacts: its contact points.
         *
         * @param contacts  the values, not null
         * @return this builder, not null
         */
        public Builder contacts(java.util.Collection<? extends Person> contacts) {
            Objects.requireNonNull(contacts, "contacts");
            this.contacts.clear();
            this.contacts.addAll(contacts);
            return this;
        }

        /**
         * Adds to contacts: its contact points.
         *
         * @param values  the values to add, not null
         * @return this builder, not null
         */
        public Builder addContact(Person... values) {
            for (Person value : values) {
                this.contacts.add(Objects.requireNonNull(value, "value"));
            }
            return this;
        }

        /**
         * Replaces sources: the documents this record was compiled from.
         *
         * @param sources  the values, not null
         * @return this builder, not null
         */
        public Builder sources(java.util.Collection<? extends SourceDocument> sources) {
            Objects.requireNonNull(sources, "sources");
            this.sources.clear();
            this.sources.addAll(sources);
            return this;
        }

        /**
         * Adds to sources: the documents this record was compiled from.
         *
         * @param values  the values to add, not null
         * @return this builder, not null
         */
        public Builder addSource(SourceDocument... values) {
            for (SourceDocument value : values) {
                this.sources.add(Objects.requireNonNull(value, "value"));
            }
            return this;
        }

        /**
         * Replaces the extensions: custom data that the model does not cover, kept and written back unchanged.
         *
         * @param extensions  the extensions, not null
         * @return this builder, not null
         */
        public Builder extensions(Map<String, ExtensionValue> extensions) {
            Objects.requireNonNull(extensions, "extensions");
            this.extensions.clear();
            this.extensions.putAll(extensions);
            return this;
        }

        /**
         * Adds or replaces one extension.
         *
         * @param key  the key, not null
         * @param value  the value, not null
         * @return this builder, not null
         */
        public Builder extension(String key, ExtensionValue value) {
            this.extensions.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Builds the {@code Policy}. Nothing is checked beyond non-null collections; validation reports every
         * problem with the data.
         *
         * @return the {@code Policy}, not null
         */
        public Policy build() {
            return new Policy(id, municipality, title, kind, status, language, scope, decisions, validity, purpose, vision, foundations, principles, measures, followUp, organisations, referenceGroups, events, inputs, owner, contacts, sources, extensions);
        }
    }
}
