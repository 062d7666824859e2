package io.github.frivillig.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.frivillig.core.value.PersonalData;
import io.github.frivillig.core.value.Person;
import io.github.frivillig.csv.CsvExportOptions.LineEnding;
import io.github.frivillig.csv.CsvExportOptions.PersonalDataHandling;

/** The tables, their columns and the options, as the API describes them. */
class CsvTableTest {

    private static final CsvExportOptions INCLUDE =
            CsvExportOptions.defaults().withPersonalData(PersonalDataHandling.INCLUDE);

    @Test
    void everyTableHasASnakeCaseNameAFileAndColumnsThatStartWithThePolicyId() {
        for (CsvTable table : CsvTable.values()) {
            assertThat(table.tableName()).matches("[a-z]+(_[a-z]+)*")
                    .isEqualTo(table.name().toLowerCase(Locale.ROOT));
            assertThat(table.fileName()).isEqualTo(table.tableName() + ".csv");
            assertThat(table.columns(INCLUDE)).first().isEqualTo("policy_id");
            assertThat(table.columns(INCLUDE)).doesNotHaveDuplicates()
                    .allMatch(name -> name.matches("[a-z]+(_[a-z]+)*"));
        }
    }

    @Test
    void thePersonalColumnsAreTheComponentsThatTheModelMarksAsPersonalData() {
        // Person's name, e-mail and phone carry @PersonalData; a new marked component must reach the export too.
        List<String> marked = Arrays.stream(Person.class.getRecordComponents())
                .filter(component -> component.isAnnotationPresent(PersonalData.class))
                .map(component -> "person_" + component.getName()).toList();
        assertThat(marked).containsExactly("person_name", "person_email", "person_phone");

        // An elected representative's party is marked too, and is a column of the members table only.
        List<String> markedOfMembers = new ArrayList<>(marked);
        Arrays.stream(io.github.frivillig.core.organisation.GroupMember.ElectedRepresentative.class.getRecordComponents())
                .filter(component -> component.isAnnotationPresent(PersonalData.class))
                .forEach(component -> markedOfMembers.add(component.getName()));
        assertThat(markedOfMembers).endsWith("party");

        List<CsvTable> withPeople = List.of(CsvTable.DECISION_SIGNATORIES, CsvTable.MEMBERS, CsvTable.SPEAKERS,
                CsvTable.CONTACTS);
        for (CsvTable table : CsvTable.values()) {
            List<String> personal = table == CsvTable.MEMBERS ? markedOfMembers
                    : withPeople.contains(table) ? marked : List.of();
            assertThat(table.personalColumns()).as(table.tableName()).isEqualTo(personal);
            List<String> expected = new ArrayList<>(table.columns(INCLUDE));
            expected.removeAll(personal);
            assertThat(table.columns(CsvExportOptions.defaults())).as(table.tableName()).isEqualTo(expected);
            // The personal columns come last, so the others keep their positions.
            assertThat(table.columns(INCLUDE)).endsWith(table.personalColumns().toArray(String[]::new));
        }
    }

    @Test
    void optionsAreImmutableValues() {
        CsvExportOptions defaults = CsvExportOptions.defaults();
        assertThat(defaults.personalData()).isEqualTo(PersonalDataHandling.LEAVE_OUT);
        assertThat(defaults.lineEnding()).isEqualTo(LineEnding.CRLF);
        assertThat(defaults.includesPersonalData()).isFalse();

        CsvExportOptions changed = defaults.withPersonalData(PersonalDataHandling.INCLUDE)
                .withLineEnding(LineEnding.LF);
        assertThat(changed).isEqualTo(new CsvExportOptions(PersonalDataHandling.INCLUDE, LineEnding.LF))
                .isNotEqualTo(defaults);
        assertThat(changed.includesPersonalData()).isTrue();
        assertThat(CsvExportOptions.defaults()).isEqualTo(defaults);
        assertThat(LineEnding.CRLF.characters()).isEqualTo("\r\n");
        assertThat(LineEnding.LF.characters()).isEqualTo("\n");
        assertThatThrownBy(() -> defaults.withLineEnding(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("lineEnding");
        assertThatThrownBy(() -> defaults.withPersonalData(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("personalData");
        assertThatThrownBy(() -> CsvTable.EVENTS.columns(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aSummaryHasACountForEveryTable() {
        Map<CsvTable, Long> counts = new EnumMap<>(CsvTable.class);
        for (CsvTable table : CsvTable.values()) {
            counts.put(table, (long) table.ordinal());
        }
        CsvExportSummary summary = new CsvExportSummary(Path.of("export"), 3, counts);
        assertThat(summary.rowCount(CsvTable.DECISIONS)).isEqualTo(1);
        assertThat(summary.file(CsvTable.EVENTS)).isEqualTo(Path.of("export", "events.csv"));
        assertThatThrownBy(() -> summary.rowCounts().put(CsvTable.EVENTS, 0L))
                .isInstanceOf(UnsupportedOperationException.class);

        counts.remove(CsvTable.TEXTS);
        assertThatThrownBy(() -> new CsvExportSummary(Path.of("export"), 3, counts))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'texts'");
    }
}
