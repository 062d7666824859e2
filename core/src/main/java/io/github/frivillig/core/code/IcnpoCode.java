package io.github.frivillig.core.code;

import java.util.List;
import java.util.Optional;

/**
 * The International Classification of Nonprofit Organizations (ICNPO): 12 groups and their subgroups, and the
 * two extra first-level categories Norway's register of voluntary organisations used.
 * <p>
 * Groups have the codes {@code 1} to {@code 12}; subgroups add their three-digit number after a dot, so the
 * subgroup "1 200 Sports" has the code {@code 1.200}. An organisation may belong to several, in order of
 * importance.
 * <p>
 * Sources: Lester M. Salamon and Helmut K. Anheier, <i>The International Classification of Nonprofit
 * Organizations: ICNPO-Revision 1, 1996</i>, Working Papers of the Johns Hopkins Comparative Nonprofit Sector
 * Project no. 19 (the groups and subgroups and their numbering); the Norwegian register of voluntary organisations
 * (Frivillighetsregisteret) added categories 13 000 and 14 000 for children and youth organisations and for
 * organisations whose main activity is inclusion and diversity, as Frivillighet Norge's letter to the Ministry of
 * Culture of 8 April 2011 and the Ministry's consultation of 7 September 2012 (ref. 12/439) on removing them
 * describe. They are kept as {@link #isLegacy() legacy} groups so that older Norwegian data can be expressed.
 */
public enum IcnpoCode implements Coded {
    /** Group 1: Culture and recreation. */
    GROUP_1("1", null),
    /** Subgroup 1 100: Culture and arts. */
    SUBGROUP_1_100("1.100", GROUP_1),
    /** Subgroup 1 200: Sports. */
    SUBGROUP_1_200("1.200", GROUP_1),
    /** Subgroup 1 300: Other recreation and social clubs. */
    SUBGROUP_1_300("1.300", GROUP_1),
    /** Group 2: Education and research. */
    GROUP_2("2", null),
    /** Subgroup 2 100: Primary and secondary education. */
    SUBGROUP_2_100("2.100", GROUP_2),
    /** Subgroup 2 200: Higher education. */
    SUBGROUP_2_200("2.200", GROUP_2),
    /** Subgroup 2 300: Other education. */
    SUBGROUP_2_300("2.300", GROUP_2),
    /** Subgroup 2 400: Research. */
    SUBGROUP_2_400("2.400", GROUP_2),
    /** Group 3: Health. */
    GROUP_3("3", null),
    /** Subgroup 3 100: Hospitals and rehabilitation. */
    SUBGROUP_3_100("3.100", GROUP_3),
    /** Subgroup 3 200: Nursing homes. */
    SUBGROUP_3_200("3.200", GROUP_3),
    /** Subgroup 3 300: Mental health and crisis intervention. */
    SUBGROUP_3_300("3.300", GROUP_3),
    /** Subgroup 3 400: Other health services. */
    SUBGROUP_3_400("3.400", GROUP_3),
    /** Group 4: Social services. */
    GROUP_4("4", null),
    /** Subgroup 4 100: Social services. */
    SUBGROUP_4_100("4.100", GROUP_4),
    /** Subgroup 4 200: Emergency and relief. */
    SUBGROUP_4_200("4.200", GROUP_4),
    /** Subgroup 4 300: Income support and maintenance. */
    SUBGROUP_4_300("4.300", GROUP_4),
    /** Group 5: Environment. */
    GROUP_5("5", null),
    /** Subgroup 5 100: Environment. */
    SUBGROUP_5_100("5.100", GROUP_5),
    /** Subgroup 5 200: Animal protection. */
    SUBGROUP_5_200("5.200", GROUP_5),
    /** Group 6: Development and housing. */
    GROUP_6("6", null),
    /** Subgroup 6 100: Economic, social and community development. */
    SUBGROUP_6_100("6.100", GROUP_6),
    /** Subgroup 6 200: Housing. */
    SUBGROUP_6_200("6.200", GROUP_6),
    /** Subgroup 6 300: Employment and training. */
    SUBGROUP_6_300("6.300", GROUP_6),
    /** Group 7: Law, advocacy and politics. */
    GROUP_7("7", null),
    /** Subgroup 7 100: Civic and advocacy organisations. */
    SUBGROUP_7_100("7.100", GROUP_7),
    /** Subgroup 7 200: Law and legal services. */
    SUBGROUP_7_200("7.200", GROUP_7),
    /** Subgroup 7 300: Political organisations. */
    SUBGROUP_7_300("7.300", GROUP_7),
    /** Group 8: Philanthropic intermediaries and voluntarism promotion. */
    GROUP_8("8", null),
    /** Subgroup 8 100: Grant-making foundations. */
    SUBGROUP_8_100("8.100", GROUP_8),
    /** Subgroup 8 200: Other philanthropic intermediaries and voluntarism promotion. */
    SUBGROUP_8_200("8.200", GROUP_8),
    /** Group 9: International. */
    GROUP_9("9", null),
    /** Subgroup 9 100: International activities. */
    SUBGROUP_9_100("9.100", GROUP_9),
    /** Group 10: Religion. */
    GROUP_10("10", null),
    /** Subgroup 10 100: Religious congregations and associations. */
    SUBGROUP_10_100("10.100", GROUP_10),
    /** Group 11: Business and professional associations, unions. */
    GROUP_11("11", null),
    /** Subgroup 11 100: Business associations. */
    SUBGROUP_11_100("11.100", GROUP_11),
    /** Subgroup 11 200: Professional associations. */
    SUBGROUP_11_200("11.200", GROUP_11),
    /** Subgroup 11 300: Labour unions. */
    SUBGROUP_11_300("11.300", GROUP_11),
    /** Group 12: Not elsewhere classified. */
    GROUP_12("12", null),
    /** Subgroup 12 100: Not elsewhere classified. */
    SUBGROUP_12_100("12.100", GROUP_12),
    /** Norway's legacy group 13: children and youth organisations. */
    LEGACY_13("13", null),
    /** Norway's legacy group 14: inclusion and diversity organisations. */
    LEGACY_14("14", null);

    private final String code;
    private final IcnpoCode group;

    IcnpoCode(String code, IcnpoCode group) {
        this.code = code;
        this.group = group;
    }

    @Override
    public String code() {
        return code;
    }

    /**
     * Checks whether this is a group (first level) rather than a subgroup.
     *
     * @return true for a group
     */
    public boolean isGroup() {
        return group == null;
    }

    /**
     * Checks whether this is one of Norway's legacy groups 13 and 14, which are not part of ICNPO itself.
     *
     * @return true for groups 13 and 14
     */
    public boolean isLegacy() {
        return this == LEGACY_13 || this == LEGACY_14;
    }

    /**
     * Returns the group this code belongs to: itself for a group, the parent group for a subgroup.
     *
     * @return the group, not null
     */
    public IcnpoCode group() {
        return group == null ? this : group;
    }

    /**
     * Returns the parent group of a subgroup.
     *
     * @return the parent group, empty for a group
     */
    public Optional<IcnpoCode> parent() {
        return Optional.ofNullable(group);
    }

    /**
     * Returns the subgroups of a group.
     *
     * @return the subgroups in order, empty for a subgroup or a group without subgroups, not null
     */
    public List<IcnpoCode> subgroups() {
        return java.util.Arrays.stream(values()).filter(code -> code.group == this).toList();
    }

    /**
     * Returns the twelve ICNPO groups, without Norway's legacy groups.
     *
     * @return the groups 1 to 12 in order, not null
     */
    public static List<IcnpoCode> groups() {
        return java.util.Arrays.stream(values()).filter(code -> code.isGroup() && !code.isLegacy()).toList();
    }
}
