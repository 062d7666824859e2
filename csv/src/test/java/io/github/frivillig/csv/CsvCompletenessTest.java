package io.github.frivillig.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.frivillig.core.fixtures.CompletenessGuard;
import io.github.frivillig.core.fixtures.ModelSamples;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.csv.CsvExportOptions.PersonalDataHandling;
import io.github.frivillig.json.internal.FormatModel;
import io.github.frivillig.json.internal.ObjectType;
import io.github.frivillig.json.internal.Property;

/**
 * Every record component of the model is in a CSV table, or on the commented list of those left out: the
 * completeness guard run over the export. Personal data is in the tables only when asked for.
 */
class CsvCompletenessTest {

    /**
     * Components the tables leave out on purpose, each with the reason. A component is only added here with a
     * reason a researcher would accept; everything else goes into a table.
     */
    private static final Set<String> NOT_IN_A_TABLE = Set.of();

    @TempDir
    Path directory;

    private int exports;

    @Test
    void everyComponentIsInATable() {
        assertThat(CompletenessGuard.notShownIn(Policy.class, policy -> tables((Policy) policy,
                CsvExportOptions.defaults().withPersonalData(PersonalDataHandling.INCLUDE)), NOT_IN_A_TABLE,
                "a CSV table")).isEmpty();
    }

    @Test
    void personalDataIsInTheTablesOnlyWhenAskedFor() {
        Set<String> personal = FormatModel.types().stream()
                .flatMap(type -> type.properties().stream().filter(Property::isPersonalData)
                        .map(property -> owner(type, property) + "." + property.name()))
                .collect(Collectors.toSet());

        assertThat(personal).contains("Person.name", "Person.email", "Person.phone");
        assertThat(CompletenessGuard.shownIn(Policy.class, policy -> tables((Policy) policy,
                CsvExportOptions.defaults()), personal)).isEmpty();
    }

    @Test
    void theExclusionListNamesOnlyComponentsOfTheModel() {
        Set<String> components = ModelSamples.places(Policy.class).stream().map(ModelSamples.Place::name)
                .collect(Collectors.toSet());

        assertThat(components).containsAll(NOT_IN_A_TABLE);
    }

    private static String owner(ObjectType<?> type, Property property) {
        Class<?> owner = property.component() == null ? type.javaType() : property.component().getDeclaringRecord();
        return owner.getSimpleName();
    }

    /** Every table of the export of one policy, one after the other. */
    private String tables(Policy policy, CsvExportOptions options) {
        Path out = directory.resolve("export-" + exports++);
        CsvExportSummary summary = PolicyCsv.export(Stream.of(policy), out, options);
        StringBuilder all = new StringBuilder();
        for (CsvTable table : CsvTable.values()) {
            try {
                all.append(table).append('\n').append(Files.readString(summary.file(table), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all.toString();
    }
}
