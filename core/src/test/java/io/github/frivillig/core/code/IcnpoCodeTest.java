package io.github.frivillig.core.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

// ICNPO-Revision 1 (Salamon and Anheier, 1996): 12 groups and their subgroups; Norway's register of voluntary
// organisations added the categories 13 and 14, kept here as legacy groups.
class IcnpoCodeTest {

    @Test
    void hasTwelveGroupsNumberedOneToTwelve() {
        assertThat(IcnpoCode.groups())
                .extracting(IcnpoCode::code)
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12");
    }

    @Test
    void leavesNorwaysLegacyGroupsOutOfTheTwelve() {
        assertThat(IcnpoCode.groups()).doesNotContain(IcnpoCode.LEGACY_13, IcnpoCode.LEGACY_14);
        assertThat(IcnpoCode.LEGACY_13.isGroup()).isTrue();
        assertThat(IcnpoCode.LEGACY_13.isLegacy()).isTrue();
        assertThat(IcnpoCode.LEGACY_14.isLegacy()).isTrue();
        assertThat(IcnpoCode.LEGACY_13.code()).isEqualTo("13");
        assertThat(IcnpoCode.LEGACY_14.code()).isEqualTo("14");
        assertThat(Arrays.stream(IcnpoCode.values()).filter(IcnpoCode::isLegacy))
                .containsExactly(IcnpoCode.LEGACY_13, IcnpoCode.LEGACY_14);
    }

    @ParameterizedTest
    @EnumSource(IcnpoCode.class)
    void givesEverySubgroupTheGroupItsCodeStartsWith(IcnpoCode code) {
        if (code.isGroup()) {
            assertThat(code.parent()).isEmpty();
            assertThat(code.group()).isSameAs(code);
            assertThat(code.code()).doesNotContain(".");
        } else {
            String groupCode = code.code().substring(0, code.code().indexOf('.'));
            assertThat(code.parent()).hasValueSatisfying(parent -> assertThat(parent.code()).isEqualTo(groupCode));
            assertThat(code.group()).isSameAs(code.parent().orElseThrow());
            assertThat(code.group().subgroups()).contains(code);
            assertThat(code.subgroups()).isEmpty();
            assertThat(code.isLegacy()).isFalse();
        }
    }

    @Test
    void listsTheSubgroupsOfAGroupInOrder() {
        assertThat(IcnpoCode.GROUP_1.subgroups())
                .containsExactly(IcnpoCode.SUBGROUP_1_100, IcnpoCode.SUBGROUP_1_200, IcnpoCode.SUBGROUP_1_300);
        assertThat(IcnpoCode.GROUP_4.subgroups()).extracting(IcnpoCode::code).containsExactly("4.100", "4.200", "4.300");
        assertThat(IcnpoCode.LEGACY_13.subgroups()).isEmpty();
    }

    @Test
    void findsASubgroupByItsDottedCode() {
        assertThat(Codelists.find(IcnpoCode.class, "1.200")).contains(IcnpoCode.SUBGROUP_1_200);
        assertThat(Codelists.find(IcnpoCode.class, "1200")).isEmpty();
    }

    @Test
    void givesEveryGroupAtLeastOneSubgroup() {
        assertThat(IcnpoCode.groups()).allSatisfy(group -> assertThat(group.subgroups()).isNotEmpty());
    }
}
