package io.github.frivillig.core.organisation;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

import io.github.frivillig.core.text.LocalizedText;
import io.github.frivillig.core.validation.constraints.ValidLocalId;
import io.github.frivillig.core.validation.constraints.ValidText;
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
 * @param tasks  the tasks it has been given, each on its own, in the order the source gives them
 * @param coordinator  the local id of the organisation that coordinates it, null if not given
 * @param recommendedBy  the local id of the organisation that recommended it, null if none
 * @param selection  how its members are chosen
 * @param selectionNote  more on how its members are chosen, null if nothing more
 * @param established  when it was established, null if not yet or not known
 * @param members  its members
 * @param extensions  custom data that the model does not cover, kept and written back unchanged
 */
public record ReferenceGroup(
        @NotNull @ValidLocalId @Nullable LocalId id,
        @NotNull @ValidText @Nullable LocalizedText name,
        @NotNull @Nullable GroupKind kind,
        @NotNull @Nullable GroupStatus status,
        @ValidText @Nullable LocalizedText mandate,
        List<@ValidText LocalizedText> tasks,
        @ValidLocalId @Nullable LocalId coordinator,
        @ValidLocalId @Nullable LocalId recommendedBy,
        List<SelectionMethod> selection,
        @ValidText @Nullable LocalizedText selectionNote,
        @Nullable PartialDate established,
        List<@Valid GroupMember> members,
        Map<String, ExtensionValue> extensions) {

    /**
     * Creates a {@code ReferenceGroup}, copying its collections.
     *
     * @param id  the local id, required
     * @param name  the name, required
     * @param kind  the kind of group, required
     * @param status  whether the group exists yet, required
     * @param mandate  its mandate, null if not given
     * @param tasks  the tasks it has been given, each on its own, in the order the source gives them, not null
     * @param coordinator  the local id of the organisation that coordinates it, null if not given
     * @param recommendedBy  the local id of the organisation that recommended it, null if none
     * @param selection  how its members are chosen, not null
     * @param selectionNote  more on how its members are chosen, null if nothing more
     * @param established  when it was established, null if not yet or not known
     * @param members  its members, not null
     * @param extensions  custom data that the model does not cover, kept and written back unchanged, not null
     * @throws NullPointerException if a collection or an element of one is null
     */
    public ReferenceGroup {
        tasks = List.copyOf(Objects.requireNonNull(tasks, "tasks"));
        selection = List.copyOf(Objects.requireNonNull(selection, "selection"));
        members = List.copyOf(Objects.requireNonNull(members, "members"));
        extensions = ExtensionValue.copyOrdered(Objects.requireNonNull(extensions, "extensions"));
    }

    /**
     * Returns a builder for a {@code ReferenceGroup}, with every collection empty and every other value null.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder that starts with the values of this {@code ReferenceGroup}.
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.id = id;
        builder.name = name;
        builder.kind = kind;
        builder.status = status;
        builder.mandate = mandate;
        builder.tasks.addAll(tasks);
        builder.coordinator = coordinator;
        builder.recommendedBy = recommendedBy;
        builder.selection.addAll(selection);
        builder.selectionNote = selectionNote;
        builder.established = established;
        builder.members.addAll(members);
        builder.extensions.putAll(extensions);
        return builder;
    }

    /**
     * Builds a {@link ReferenceGroup}.
     * <p>
     * This class is mutable and not thread-safe.
     */
    public static final class Builder {
        private LocalId id;
        private LocalizedText name;
        private GroupKind kind;
        private GroupStatus status;
        private LocalizedText mandate;
        private final java.util.ArrayList<LocalizedText> tasks = new java.util.ArrayList<>();
        private LocalId coordinator;
        private LocalId recommendedBy;
        private final java.util.ArrayList<SelectionMethod> selection = new java.util.ArrayList<>();
        private LocalizedText selectionNote;
        private PartialDate established;
        private final java.util.ArrayList<GroupMember> members = new java.util.ArrayList<>();
        private final java.util.LinkedHashMap<String, ExtensionValue> extensions = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets id: the local id, required.
         *
         * @param id  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder id(@Nullable LocalId id) {
            this.id = id;
            return this;
        }

        /**
         * Sets name: the name, required.
         *
         * @param name  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder name(@Nullable LocalizedText name) {
            this.name = name;
            return this;
        }

        /**
         * Sets kind: the kind of group, required.
         *
         * @param kind  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder kind(@Nullable GroupKind kind) {
            this.kind = kind;
            return this;
        }

        /**
         * Sets status: whether the group exists yet, required.
         *
         * @param status  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder status(@Nullable GroupStatus status) {
            this.status = status;
            return this;
        }

        /**
         * Sets mandate: its mandate, null if not given.
         *
         * @param mandate  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder mandate(@Nullable LocalizedText mandate) {
            this.mandate = mandate;
            return this;
        }

        /**
         * Replaces tasks: the tasks it has been given, each on its own, in the order the source gives them.
         *
         * @param tasks  the values, not null
         * @return this builder, not null
         */
        public Builder tasks(java.util.Collection<? extends LocalizedText> tasks) {
            Objects.requireNonNull(tasks, "tasks");
            this.tasks.clear();
            this.tasks.addAll(tasks);
            return this;
        }

        /**
         * Adds to tasks: the tasks it has been given, each on its own, in the order the source gives them.
         *
         * @param values  the values to add, not null
         * @return this builder, not null
         */
        public Builder addTask(LocalizedText... values) {
            for (LocalizedText value : values) {
                this.tasks.add(Objects.requireNonNull(value, "value"));
            }
            return this;
        }

        /**
         * Sets coordinator: the local id of the organisation that coordinates it, null if not given.
         *
         * @param coordinator  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder coordinator(@Nullable LocalId coordinator) {
            this.coordinator = coordinator;
            return this;
        }

        /**
         * Sets recommendedBy: the local id of the organisation that recommended it, null if none.
         *
         * @param recommendedBy  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder recommendedBy(@Nullable LocalId recommendedBy) {
            this.recommendedBy = recommendedBy;
            return this;
        }

        /**
         * Replaces selection: how its members are chosen.
         *
         * @param selection  the values, not null
         * @return this builder, not null
         */
        public Builder selection(java.util.Collection<? extends SelectionMethod> selection) {
            Objects.requireNonNull(selection, "selection");
            this.selection.clear();
            this.selection.addAll(selection);
            return this;
        }

        /**
         * Adds to selection: how its members are chosen.
         *
         * @param values  the values to add, not null
         * @return this builder, not null
         */
        public Builder addSelection(SelectionMethod... values) {
            for (SelectionMethod value : values) {
                this.selection.add(Objects.requireNonNull(value, "value"));
            }
            return this;
        }

        /**
         * Sets selectionNote: more on how its members are chosen, null if nothing more.
         *
         * @param selectionNote  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder selectionNote(@Nullable LocalizedText selectionNote) {
            this.selectionNote = selectionNote;
            return this;
        }

        /**
         * Sets established: when it was established, null if not yet or not known.
         *
         * @param established  the value, null to leave it unset
         * @return this builder, not null
         */
        public Builder established(@Nullable PartialDate established) {
            this.established = established;
            return this;
        }

        /**
         * Replaces members: its members.
         *
         * @param members  the values, not null
         * @return this builder, not null
         */
        public Builder members(java.util.Collection<? extends GroupMember> members) {
            Objects.requireNonNull(members, "members");
            this.members.clear();
            this.members.addAll(members);
            return this;
        }

        /**
         * Adds to members: its members.
         *
         * @param values  the values to add, not null
         * @return this builder, not null
         */
        public Builder addMember(GroupMember... values) {
            for (GroupMember value : values) {
                this.members.add(Objects.requireNonNull(value, "value"));
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
         * Builds the {@code ReferenceGroup}. Nothing is checked beyond non-null collections; validation reports every
         * problem with the data.
         *
         * @return the {@code ReferenceGroup}, not null
         */
        public ReferenceGroup build() {
            return new ReferenceGroup(id, name, kind, status, mandate, tasks, coordinator, recommendedBy, selection, selectionNote, established, members, extensions);
        }
    }
}
