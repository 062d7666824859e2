package io.github.frivillig.core.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.frivillig.core.text.LocalizedText;
import io.github.frivillig.core.value.LocalId;

// Kragerø's reference group (seeds): members nominated by the associations.
class ReferenceGroupTest {

    private static final GroupMember IDRETTSRAD =
            GroupMember.OrganisationRepresentative.of(LocalId.of("idrettsrad"), null, MemberRole.MEMBER);
    private static final GroupMember FRIVILLIGSENTRAL =
            GroupMember.OrganisationRepresentative.of(LocalId.of("frivilligsentral"), null, MemberRole.CHAIR);

    @Test
    void isNotChangedByChangingTheListsGivenToItsBuilder() {
        List<GroupMember> members = new ArrayList<>(List.of(IDRETTSRAD));
        List<SelectionMethod> selection = new ArrayList<>(List.of(SelectionMethod.NOMINATED_BY_ORGANISATIONS));
        ReferenceGroup group = ReferenceGroup.builder()
                .id(LocalId.of("referansegruppe"))
                .name(LocalizedText.of("nb", "Referansegruppe"))
                .members(members)
                .selection(selection)
                .build();

        members.add(FRIVILLIGSENTRAL);
        selection.set(0, SelectionMethod.OPEN);

        assertThat(group.members()).containsExactly(IDRETTSRAD);
        assertThat(group.selection()).containsExactly(SelectionMethod.NOMINATED_BY_ORGANISATIONS);
    }

    @Test
    void rejectsChangesToItsLists() {
        ReferenceGroup group = ReferenceGroup.builder().addMember(IDRETTSRAD).build();

        assertThatThrownBy(() -> group.members().add(FRIVILLIGSENTRAL))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> group.selection().add(SelectionMethod.OPEN))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
