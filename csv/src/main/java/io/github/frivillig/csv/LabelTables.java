package io.github.frivillig.csv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.frivillig.core.code.Coded;
import io.github.frivillig.core.code.Codelists;
import io.github.frivillig.core.code.IcnpoCode;
import io.github.frivillig.core.code.NationalFramework;
import io.github.frivillig.core.code.Theme;
import io.github.frivillig.core.dialogue.Audience;
import io.github.frivillig.core.dialogue.Disposition;
import io.github.frivillig.core.dialogue.EventAccess;
import io.github.frivillig.core.dialogue.EventKind;
import io.github.frivillig.core.dialogue.EventPhase;
import io.github.frivillig.core.dialogue.EventStatus;
import io.github.frivillig.core.dialogue.InputChannel;
import io.github.frivillig.core.dialogue.InputKind;
import io.github.frivillig.core.dialogue.PartOfDay;
import io.github.frivillig.core.dialogue.SpeakerRole;
import io.github.frivillig.core.municipality.Country;
import io.github.frivillig.core.organisation.GroupKind;
import io.github.frivillig.core.organisation.GroupMember;
import io.github.frivillig.core.organisation.GroupStatus;
import io.github.frivillig.core.organisation.IdentifierScheme;
import io.github.frivillig.core.organisation.MemberRole;
import io.github.frivillig.core.organisation.OrganisationKind;
import io.github.frivillig.core.organisation.SelectionMethod;
import io.github.frivillig.core.policy.DecisionKind;
import io.github.frivillig.core.policy.DecisionStatus;
import io.github.frivillig.core.policy.FoundationKind;
import io.github.frivillig.core.policy.GoverningBodyKind;
import io.github.frivillig.core.policy.MeasureStatus;
import io.github.frivillig.core.policy.PartKind;
import io.github.frivillig.core.policy.PartySide;
import io.github.frivillig.core.policy.PolicyKind;
import io.github.frivillig.core.policy.PolicyStatus;
import io.github.frivillig.core.policy.PrincipleKind;
import io.github.frivillig.core.policy.ReferenceKind;
import io.github.frivillig.core.policy.RelationKind;
import io.github.frivillig.core.policy.ReviewKind;
import io.github.frivillig.core.policy.SourceKind;
import io.github.frivillig.core.policy.StatutoryRole;
import io.github.frivillig.core.policy.VoteOutcome;
import io.github.frivillig.core.value.CountQualifier;

/**
 * The label tables of the export: for every code list of the policy model, {@code labels/<list>.csv} with each
 * code and its label in every language the labels are shipped in, so that a code column can be joined to readable
 * labels without the library.
 */
final class LabelTables {

    /** The directory, under the export's, that holds the label tables. */
    static final String DIRECTORY = "labels";

    /** The code lists of the policy model, by the name {@code docs/csv.md} gives them, in the order it lists them. */
    static final Map<String, Class<? extends Enum<?>>> CODE_LISTS = codeLists();

    private static final List<String> COLUMNS = labelColumns();
    private static final List<Locale> LANGUAGES = Codelists.LANGUAGES.stream().map(Locale::forLanguageTag).toList();

    private LabelTables() {
    }

    private static Map<String, Class<? extends Enum<?>>> codeLists() {
        Map<String, Class<? extends Enum<?>>> lists = new LinkedHashMap<>();
        lists.put("country", Country.class);
        lists.put("policy kind", PolicyKind.class);
        lists.put("policy status", PolicyStatus.class);
        lists.put("statutory role", StatutoryRole.class);
        lists.put("decision kind", DecisionKind.class);
        lists.put("decision status", DecisionStatus.class);
        lists.put("governing body kind", GoverningBodyKind.class);
        lists.put("reference kind", ReferenceKind.class);
        lists.put("vote outcome", VoteOutcome.class);
        lists.put("ICNPO", IcnpoCode.class);
        lists.put("foundation kind", FoundationKind.class);
        lists.put("national framework", NationalFramework.class);
        lists.put("part kind", PartKind.class);
        lists.put("principle kind", PrincipleKind.class);
        lists.put("measure status", MeasureStatus.class);
        lists.put("review kind", ReviewKind.class);
        lists.put("organisation kind", OrganisationKind.class);
        lists.put("identifier scheme", IdentifierScheme.class);
        lists.put("party side", PartySide.class);
        lists.put("group kind", GroupKind.class);
        lists.put("group status", GroupStatus.class);
        lists.put("selection method", SelectionMethod.class);
        lists.put("member type", GroupMember.Type.class);
        lists.put("member role", MemberRole.class);
        lists.put("event kind", EventKind.class);
        lists.put("event status", EventStatus.class);
        lists.put("event phase", EventPhase.class);
        lists.put("event access", EventAccess.class);
        lists.put("part of day", PartOfDay.class);
        lists.put("count qualifier", CountQualifier.class);
        lists.put("audience", Audience.class);
        lists.put("speaker role", SpeakerRole.class);
        lists.put("input kind", InputKind.class);
        lists.put("input channel", InputChannel.class);
        lists.put("disposition", Disposition.class);
        lists.put("relation kind", RelationKind.class);
        lists.put("source kind", SourceKind.class);
        lists.put("theme", Theme.class);
        return Collections.unmodifiableMap(lists);
    }

    /** The name of a code list's table and resource: {@code policy_kind} for "policy kind". */
    static String tableName(String codeList) {
        return codeList.toLowerCase(Locale.ROOT).replace(' ', '_');
    }

    /** The file of a code list's table, relative to the export's directory, with {@code /} between the parts. */
    static String fileName(String codeList) {
        return DIRECTORY + "/" + tableName(codeList) + ".csv";
    }

    /** The columns of every label table: the code, then a label per shipped language. */
    static List<String> columns() {
        return COLUMNS;
    }

    private static List<String> labelColumns() {
        List<String> columns = new ArrayList<>();
        columns.add("code");
        for (String language : Codelists.LANGUAGES) {
            columns.add("label_" + language);
        }
        return List.copyOf(columns);
    }

    /** Writes the table of one code list, one row per code in declaration order. */
    static void write(TableWriter writer, Class<? extends Enum<?>> codeList) {
        List<Locale> languages = LANGUAGES;
        for (Enum<?> value : Arrays.asList(codeList.getEnumConstants())) {
            Coded code = (Coded) value;
            String[] row = new String[languages.size() + 1];
            row[0] = code.code();
            for (int i = 0; i < languages.size(); i++) {
                row[i + 1] = Codelists.label(code, languages.get(i));
            }
            writer.write(row);
        }
    }

    /** The path of a code list's table under a directory. */
    static Path file(Path directory, String codeList) {
        return directory.resolve(DIRECTORY).resolve(tableName(codeList) + ".csv");
    }
}
