package io.github.frivillig.core.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.frivillig.core.code.IcnpoCode;
import io.github.frivillig.core.value.ExtensionValue;
import io.github.frivillig.core.value.LocalId;

class OrganisationTest {

    @Test
    void isNotChangedByChangingTheListGivenToItsBuilder() {
        List<IcnpoCode> icnpo = new ArrayList<>(List.of(IcnpoCode.SUBGROUP_1_200));
        Organisation organisation = Organisation.builder().id(LocalId.of("idrettsrad")).icnpo(icnpo).build();

        icnpo.add(IcnpoCode.GROUP_4);
        icnpo.set(0, IcnpoCode.GROUP_12);

        assertThat(organisation.icnpo()).containsExactly(IcnpoCode.SUBGROUP_1_200);
    }

    @Test
    void isNotChangedByUsingItsBuilderAgain() {
        Organisation.Builder builder = Organisation.builder().addIcnpo(IcnpoCode.SUBGROUP_1_200);
        Organisation organisation = builder.build();

        builder.addIcnpo(IcnpoCode.GROUP_4).putExtension("x-note", ExtensionValue.of("later"));

        assertThat(organisation.icnpo()).containsExactly(IcnpoCode.SUBGROUP_1_200);
        assertThat(organisation.extensions()).isEmpty();
    }

    @Test
    void rejectsChangesToItsCollections() {
        Organisation organisation = Organisation.builder().addIcnpo(IcnpoCode.SUBGROUP_1_200)
                .putExtension("x-note", ExtensionValue.of("given")).build();

        assertThatThrownBy(() -> organisation.icnpo().add(IcnpoCode.GROUP_4))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> organisation.extensions().put("x-other", ExtensionValue.of(1)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void hasEmptyCollectionsWhenNoneAreGiven() {
        Organisation organisation = Organisation.builder().build();

        assertThat(organisation.icnpo()).isEmpty();
        assertThat(organisation.extensions()).isEmpty();
    }

    @Test
    void startsItsBuilderFromItsOwnValues() {
        Organisation organisation = Organisation.builder().id(LocalId.of("equinor")).name("Equinor ASA")
                .kind(OrganisationKind.BUSINESS).identifier(OrganisationIdentifier.parse("923609016"))
                .addIcnpo(IcnpoCode.GROUP_11).build();

        assertThat(organisation.toBuilder().build()).isEqualTo(organisation);
    }
}
