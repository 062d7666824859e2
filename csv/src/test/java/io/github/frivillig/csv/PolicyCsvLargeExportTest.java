package io.github.frivillig.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * A large dataset streams through the export in bounded memory: 20 000 generated policies, about 60 MB as JSON and
 * much more as objects, export in a JVM whose whole heap is 32 MB. An export that kept the policies, or buffered a
 * table's rows, would run out of memory.
 */
class PolicyCsvLargeExportTest {

    private static final int POLICIES = 20_000;
    private static final String HEAP = "-Xmx32m";

    @TempDir
    Path directory;

    @Test
    void twentyThousandPoliciesExportInA32MegabyteHeap() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path log = directory.resolve("export.log");
        Process process = new ProcessBuilder(java.toString(), HEAP, "-cp", System.getProperty("java.class.path"),
                LargeExport.class.getName(), directory.resolve("csv").toString(), Integer.toString(POLICIES))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = process.waitFor(10, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(finished).as("finished in time: %s", output).isTrue();
        assertThat(process.exitValue()).as(output).isZero();

        Map<String, Long> rows = new HashMap<>();
        output.lines().map(line -> line.split(" ")).forEach(words -> rows.put(words[0], Long.parseLong(words[1])));
        assertThat(rows.get("policies")).isEqualTo(POLICIES);
        assertThat(countRows(directory.resolve("csv").resolve("policies.csv"), "policy_id", "generated-"))
                .isEqualTo(POLICIES);
        // The largest table: every row is there, and every row belongs to a generated policy.
        assertThat(rows.get("texts")).isGreaterThan(10L * POLICIES);
        assertThat(countRows(directory.resolve("csv").resolve("texts.csv"), "policy_id", "generated-"))
                .isEqualTo(rows.get("texts"));
    }

    // Reads a table as a stream, counting the rows whose column starts as expected.
    private static long countRows(Path file, String column, String prefix) throws IOException {
        long count = 0;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                MappingIterator<Map<String, String>> rows = CsvMapper.builder().build().readerFor(Map.class)
                        .with(CsvSchema.emptySchema().withHeader()).readValues(reader)) {
            while (rows.hasNext()) {
                if (rows.next().get(column).startsWith(prefix)) {
                    count++;
                }
            }
        }
        return count;
    }
}
