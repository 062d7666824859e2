package io.github.frivillig.core.policy;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

import io.github.frivillig.core.internal.BuilderStyle;
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
 * @param statutoryRoles  the roles prescribed by law that it also fills, such as a Danish folkeoplysningspolitik
 * @param decisions  the mandate, adoption and other decisions about it
 * @param references  the case and archive references of the policy as a whole
 * @param validity  when it is in force, null if not stated
 * @param purpose  its purpose, null if not stated
 * @param vision  its vision, null if not stated
 * @param foundations  the national frameworks, plans and documents it builds on
 * @param parts  its parts: chapters, annexes, a value policy, an action plan
 * @param principles  its principles, values, goals, focus areas and commitments
 * @param measures  its measures
 * @param followUp  how it is followed up, null if not stated
 * @param organisations  the organisations it refers to
 * @param parties  the parties to it, for an agreement between the municipality and the voluntary sector
 * @param referenceGroups  the groups through which the voluntary sector takes part
 * @param events  the dialogue events that produced it
 * @param inputs  the inputs from the voluntary sector
 * @param owner  the local id of the department or committee that owns it, null if not stated
 * @param contacts  its contact points
 * @param relatedPolicies  the other policies it stands in relation to: predecessors, successors, siblings
 * @param sources  the documents this record was compiled from
 * @param extensions  custom data that the model does not cover, kept and written back unchanged
 */
@Value.Builder
@BuilderStyle
@ValidPolicy
public record Policy(
        @NotNull @ValidPolicyId @Nullable PolicyId id,
        @NotNull @Valid @Nullable Municipality municipality,
        @NotNull @ValidText @Nullable LocalizedText title,
        @NotNull @Nullable PolicyKind kind,
        @NotNull @Nullable PolicyStatus status,
        @LanguageTag @Nullable String language,
        @Valid @Nullable Scope scope,
        List<StatutoryRole> statutoryRoles,
        List<@Valid Decision> decisions,
        List<@Valid CaseReference> references,
        @ValidPeriod @Nullable Period validity,
        @ValidText @Nullable LocalizedText purpose,
        @ValidText @Nullable LocalizedText vision,
        List<@Valid Foundation> foundations,
        List<@Valid PolicyPart> parts,
        List<@Valid Principle> principles,
        List<@Valid Measure> measures,
        @Valid @Nullable FollowUp followUp,
        List<@Valid Organisation> organisations,
        List<@Valid Party> parties,
        List<@Valid ReferenceGroup> referenceGroups,
        List<@Valid DialogueEvent> events,
        List<@Valid DialogueInput> inputs,
        @ValidLocalId @Nullable LocalId owner,
        List<@Valid Person> contacts,
        List<@Valid RelatedPolicy> relatedPolicies,
        List<@Valid SourceDocument> sources,
        Map<String, ExtensionValue> extensions) {

    /**
     * Creates a {@code Policy}, copying its collections.
     *
     * @throws NullPointerException if a collection or an element of one is null
     */
    public Policy {
        relatedPolicies = List.copyOf(Objects.requireNonNull(relatedPolicies, "relatedPolicies"));
        parties = List.copyOf(Objects.requireNonNull(parties, "parties"));
        parts = List.copyOf(Objects.requireNonNull(parts, "parts"));
        references = List.copyOf(Objects.requireNonNull(references, "references"));
        statutoryRoles = List.copyOf(Objects.requireNonNull(statutoryRoles, "statutoryRoles"));
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

    /** {@return a new builder, with every collection empty and every other value null} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a new builder that starts with the values of this {@code Policy}} */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /**
     * Builds a {@link Policy} through the canonical constructor, checking nothing more than it does:
     * validation reports every problem with the data. Its methods, generated from the components at compile time,
     * are a setter for each component, and for each list {@code addX} of one element, {@code addXs} of several and
     * {@code addAllXs} of an iterable.
     * <p>
     * This class is mutable and not thread-safe.
     */
    public static final class Builder extends PolicyBuilder {
        Builder() {
        }
    }
}
