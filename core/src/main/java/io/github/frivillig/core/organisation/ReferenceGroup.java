package io.github.frivillig.core.organisation;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

import io.github.frivillig.core.internal.BuilderStyle;
import io.github.frivillig.core.policy.GoverningBody;
import io.github.frivillig.core.text.LocalizedText;
import io.github.frivillig.core.validation.constraints.ValidLocalId;
import io.github.frivillig.core.validation.constraints.ValidText;
import io.github.frivillig.core.value.Count;
import io.github.frivillig.core.value.ExtensionValue;
import io.github.frivillig.core.value.LocalId;
import io.github.frivillig.core.value.PartialDate;

/**
 * A group through which the voluntary sector takes part in the policy work: a reference group, an input group, a
 * task committee or a standing volunteer council.
 * <p>
 * A group may be proposed before it exists ("Frivillighet Norge recommended that the associations form a
 * reference group"); its status says so.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the local id, required
 * @param name  the name, required
 * @param kind  the kind of group, required
 * @param status  whether the group exists yet, required
 * @param mandate  its mandate, null if not given
 * @param description  what the source says of the group that its other components do not hold, such as how often it
 *                     meets, null if nothing
 * @param tasks  the tasks it has been given, each on its own, in the order the source gives them
 * @param guidingQuestions  the questions the group was asked to answer
 * @param coordinator  the local id of the organisation that coordinates it, null if not given
 * @param recommendedBy  the local id of the organisation that recommended it, null if none
 * @param selection  how its members are chosen
 * @param selectionNote  more on how its members are chosen, null if nothing more
 * @param call  the open call for members, null if there was none or the source does not say
 * @param established  when it was established, null if not yet or not known
 * @param establishedBy  the body that set the group up, null if not stated
 * @param composition  its members as the source counts them, by category, where it does not name them
 * @param members  its members
 * @param meetings  how many meetings the group held, null if not stated
 * @param extensions  custom data that the model does not cover, kept and written back unchanged
 */
@Value.Builder
@BuilderStyle
public record ReferenceGroup(
        @NotNull @ValidLocalId @Nullable LocalId id,
        @NotNull @ValidText @Nullable LocalizedText name,
        @NotNull @Nullable GroupKind kind,
        @NotNull @Nullable GroupStatus status,
        @ValidText @Nullable LocalizedText mandate,
        @ValidText @Nullable LocalizedText description,
        List<@ValidText LocalizedText> tasks,
        List<@ValidText LocalizedText> guidingQuestions,
        @ValidLocalId @Nullable LocalId coordinator,
        @ValidLocalId @Nullable LocalId recommendedBy,
        List<SelectionMethod> selection,
        @ValidText @Nullable LocalizedText selectionNote,
        @Valid @Nullable MemberCall call,
        @Nullable PartialDate established,
        @Valid @Nullable GoverningBody establishedBy,
        List<@Valid Seats> composition,
        List<@Valid GroupMember> members,
        @Valid @Nullable Count meetings,
        Map<String, ExtensionValue> extensions) {

    /**
     * Creates a {@code ReferenceGroup}, copying its collections.
     *
     * @throws NullPointerException if a collection or an element of one is null
     */
    public ReferenceGroup {
        composition = List.copyOf(Objects.requireNonNull(composition, "composition"));
        guidingQuestions = List.copyOf(Objects.requireNonNull(guidingQuestions, "guidingQuestions"));
        tasks = List.copyOf(Objects.requireNonNull(tasks, "tasks"));
        selection = List.copyOf(Objects.requireNonNull(selection, "selection"));
        members = List.copyOf(Objects.requireNonNull(members, "members"));
        extensions = ExtensionValue.copyOrdered(Objects.requireNonNull(extensions, "extensions"));
    }

    /** {@return a new builder, with every collection empty and every other value null} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a new builder that starts with the values of this {@code ReferenceGroup}} */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /**
     * Builds a {@link ReferenceGroup} through the canonical constructor, checking nothing more than it does:
     * validation reports every problem with the data. Its methods, generated from the components at compile time,
     * are a setter for each component, and for each list {@code addX} of one element, {@code addXs} of several and
     * {@code addAllXs} of an iterable.
     * <p>
     * This class is mutable and not thread-safe.
     */
    public static final class Builder extends ReferenceGroupBuilder {
        Builder() {
        }
    }
}
