package io.github.frivillig.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.frivillig.test.PolicyGenerator;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.policy.PolicyId;
import io.github.frivillig.json.PolicyJson;
import io.github.frivillig.csv.CsvExportOptions.LineEnding;
import io.github.frivillig.csv.CsvExportOptions.PersonalDataHandling;

/** Hundreds of generated policies, which use every field of the model, export with consistent counts and links. */
class PolicyCsvGeneratedTest {

    private static final int COUNT = 300;

    @TempDir
    static Path directory;

    private static List<Policy> policies;
    private static ExportedTables exported;
    private static CsvExportSummary summary;

    /**
     * Generated policies. The generator makes ids from a municipality and a counter, which repeat across seeds; a
     * dataset needs unique policy ids, since they key every table, so each policy gets its seed in its id.
     */
    static List<Policy> generated(int count) {
        return LongStream.range(0, count)
                .mapToObj(seed -> PolicyGenerator.generate(seed).toBuilder()
                        .id(PolicyId.of("generated-" + seed)).build())
                .toList();
    }

    @BeforeAll
    static void exportGeneratedPolicies() {
        policies = generated(COUNT);
        summary = PolicyCsv.export(policies.stream(), directory.resolve("default"));
        exported = ExportedTables.read(directory.resolve("default"), CsvExportOptions.defaults());
    }

    @Test
    void theGeneratedPoliciesFillEveryTable() {
        for (CsvTable table : CsvTable.values()) {
            assertThat(summary.rowCount(table)).as(table.tableName()).isPositive();
        }
    }

    @Test
    void rowCountsAreWhatThePoliciesHold() {
        ExportChecks.assertRowCounts(policies, summary, exported);
    }

    @Test
    void everyKeyIsUniqueAndEveryReferenceResolves() {
        ExportChecks.assertKeysUnique(exported);
        ExportChecks.assertReferencesResolve(exported);
        ExportChecks.assertTextsMatchTheirColumns(exported);
    }

    @Test
    void personalDataIsLeftOutUnlessAskedFor() {
        Set<String> personal = new HashSet<>(ModelFacts.personalData(policies));
        assertThat(personal).hasSizeGreaterThan(COUNT);
        Set<String> leaked = fields(exported);
        leaked.retainAll(personal);
        assertThat(leaked).isEmpty();

        CsvExportOptions include = CsvExportOptions.defaults().withPersonalData(PersonalDataHandling.INCLUDE)
                .withLineEnding(LineEnding.LF);
        PolicyCsv.export(policies.stream(), directory.resolve("personal"), include);
        Set<String> missing = new HashSet<>(personal);
        missing.removeAll(fields(ExportedTables.read(directory.resolve("personal"), include)));
        assertThat(missing).isEmpty();
    }

    @Test
    void exportingTwiceWritesTheSameBytes() throws IOException {
        PolicyCsv.export(policies.stream(), directory.resolve("again"));

        assertSameBytesAsTheFirstExport(directory.resolve("again"));
    }

    @Test
    void aParallelStreamExportsInEncounterOrder() throws IOException {
        PolicyCsv.export(policies.parallelStream(), directory.resolve("parallel"));

        assertSameBytesAsTheFirstExport(directory.resolve("parallel"));
    }

    private static void assertSameBytesAsTheFirstExport(Path exportDirectory) throws IOException {
        for (CsvTable table : CsvTable.values()) {
            assertThat(Files.readAllBytes(exportDirectory.resolve(table.fileName())))
                    .as(table.tableName()).isEqualTo(Files.readAllBytes(summary.file(table)));
        }
    }

    @Test
    void exportsADatasetReadLazilyFromJsonLines() throws IOException {
        List<Policy> some = policies.subList(0, 40);
        Path dataset = directory.resolve("dataset.jsonl");
        Files.write(dataset, some.stream().map(PolicyJson.standard()::write).toList(), StandardCharsets.UTF_8);

        try (Stream<Policy> read = PolicyJson.standard().readDataset(dataset)) {
            PolicyCsv.export(read, directory.resolve("from-json"));
        }

        PolicyCsv.export(some.stream(), directory.resolve("from-objects"));
        for (CsvTable table : CsvTable.values()) {
            assertThat(Files.readAllBytes(directory.resolve("from-json").resolve(table.fileName())))
                    .as(table.tableName())
                    .isEqualTo(Files.readAllBytes(directory.resolve("from-objects").resolve(table.fileName())));
        }
    }

    private static Set<String> fields(ExportedTables tables) {
        Set<String> fields = new HashSet<>();
        for (CsvTable table : CsvTable.values()) {
            for (Map<String, String> row : tables.rows(table)) {
                fields.addAll(row.values());
            }
        }
        return fields;
    }
}
