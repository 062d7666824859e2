package io.github.frivillig.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.validation.ValidationReport;
import io.github.frivillig.json.PolicyJson;

/**
 * The corpus of real policies is what docs/corpus says it is: every corpus document of the bundled dataset has a
 * fact table, every fact in it points at places that exist in the document and says how well the format expresses
 * it, and the summary adds the tables up. The corpus must express at least 95 % of its facts exactly and none not at
 * all; every document validates and names the public addresses it rests on and when they were read.
 */
class CorpusTest {

    private static final Path CORPUS = Path.of("../docs/corpus");
    private static final Pattern POINTER = Pattern.compile("`(/[^`]*)`");
    private static final Pattern FIT = Pattern.compile("(exact|approximated|impossible)(: .+)?");

    /** The counts of one fact table: facts, exact, approximated, impossible. */
    private record Counts(int facts, int exact, int approximated, int impossible) {
        Counts plus(Counts other) {
            return new Counts(facts + other.facts, exact + other.exact, approximated + other.approximated,
                    impossible + other.impossible);
        }
    }

    private static List<String> corpusFiles() {
        return SeedDataset.FILES.subList(SeedDataset.SEEDS.size(), SeedDataset.FILES.size());
    }

    @Test
    void everyCorpusDocumentValidatesAndNamesItsSourcesWithAddressAndDate() throws IOException {
        for (String file : corpusFiles()) {
            ValidationReport report;
            try (InputStream in = SeedDataset.open(file)) {
                report = PolicyJson.standard().validate(in, Locale.ENGLISH);
            }
            assertThat(report.errors()).as(file).isEmpty();
            Policy policy;
            try (InputStream in = SeedDataset.open(file)) {
                policy = PolicyJson.standard().read(in);
            }
            assertThat(policy.id().value() + ".json").as(file).isEqualTo(file);
            assertThat(policy.sources()).as(file).isNotEmpty()
                    .allSatisfy(source -> assertThat(source.url()).as(file + " " + source.id()).isNotNull())
                    .allSatisfy(source -> assertThat(source.retrieved()).as(file + " " + source.id()).isNotNull());
        }
    }

    @Test
    void everyFactPointsAtItsPlaceInTheDocumentAndSaysHowWellItFits() throws IOException {
        for (String file : corpusFiles()) {
            Path table = CORPUS.resolve(file.replaceFirst("\\.json$", ".md"));
            assertThat(table).as("fact table of " + file).exists();
            JsonNode document;
            try (InputStream in = SeedDataset.open(file)) {
                document = JsonMapper.shared().readTree(in);
            }
            List<String[]> rows = rows(Files.readAllLines(table));
            assertThat(rows).as(table.toString()).isNotEmpty();
            for (String[] row : rows) {
                String fact = row[0];
                Matcher pointers = POINTER.matcher(row[2]);
                int found = 0;
                while (pointers.find()) {
                    found++;
                    assertThat(document.at(pointers.group(1)).isMissingNode())
                            .as("%s %s: %s", table.getFileName(), fact, pointers.group(1)).isFalse();
                }
                Matcher fit = FIT.matcher(row[3]);
                assertThat(fit.matches()).as("%s %s: fit '%s'", table.getFileName(), fact, row[3]).isTrue();
                if (!fit.group(1).equals("impossible")) {
                    assertThat(found).as("%s %s: places", table.getFileName(), fact).isPositive();
                }
                if (!fit.group(1).equals("exact")) {
                    assertThat(fit.group(2)).as("%s %s: the reason it is %s", table.getFileName(), fact,
                            fit.group(1)).isNotBlank();
                }
            }
        }
    }

    @Test
    void theSummaryAddsUpTheTablesAndTheCorpusFitsTheFormat() throws IOException {
        Map<String, Counts> computed = new LinkedHashMap<>();
        for (String file : corpusFiles()) {
            String name = file.replaceFirst("\\.json$", "");
            computed.put(name, count(rows(Files.readAllLines(CORPUS.resolve(name + ".md")))));
        }
        Map<String, Counts> summary = new LinkedHashMap<>();
        Counts stated = null;
        for (String[] row : rows(Files.readAllLines(CORPUS.resolve("README.md")))) {
            Counts counts = new Counts(Integer.parseInt(row[1]), Integer.parseInt(row[2]), Integer.parseInt(row[3]),
                    Integer.parseInt(row[4]));
            if (row[0].contains("total")) {
                stated = counts;
            } else {
                summary.put(row[0].replaceAll(".*\\[`?([^`\\]]+)`?\\].*", "$1"), counts);
            }
        }
        Counts total = computed.values().stream().reduce(new Counts(0, 0, 0, 0), Counts::plus);

        assertThat(summary).isEqualTo(computed);
        assertThat(stated).isEqualTo(total);
        assertThat(corpusFiles()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(total.impossible()).isZero();
        assertThat(100.0 * total.exact() / total.facts()).isGreaterThanOrEqualTo(95.0);
    }

    private static Counts count(List<String[]> rows) {
        int exact = 0;
        int approximated = 0;
        int impossible = 0;
        for (String[] row : rows) {
            String fit = row[3];
            if (fit.startsWith("exact")) {
                exact++;
            } else if (fit.startsWith("approximated")) {
                approximated++;
            } else {
                impossible++;
            }
        }
        return new Counts(rows.size(), exact, approximated, impossible);
    }

    /** The cells of the rows of the first table of a Markdown file, without its header and separator rows. */
    private static List<String[]> rows(List<String> lines) {
        List<String[]> rows = new ArrayList<>();
        boolean inTable = false;
        for (String line : lines) {
            if (line.startsWith("|")) {
                if (!inTable) {
                    inTable = true;
                    continue;
                }
                if (line.startsWith("| ---") || line.startsWith("|---")) {
                    continue;
                }
                String[] cells = line.substring(1, line.lastIndexOf('|')).split("(?<!\\\\)\\|", -1);
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = cells[i].strip();
                }
                rows.add(cells);
            } else if (inTable) {
                break;
            }
        }
        return rows;
    }
}
