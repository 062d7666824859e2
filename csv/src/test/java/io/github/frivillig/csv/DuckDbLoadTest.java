package io.github.frivillig.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.frivillig.core.fixtures.SeedPolicies;
import io.github.frivillig.core.policy.Policy;

/**
 * Every file of the export loads in DuckDB with the types {@code datapackage.json} declares, not as text; the
 * required columns are filled, the keys unique and every declared foreign key holds.
 */
class DuckDbLoadTest {

    private static final Map<String, String> SQL_TYPES = Map.of("string", "VARCHAR", "integer", "BIGINT", "number",
            "DOUBLE", "boolean", "BOOLEAN", "date", "DATE", "time", "TIME", "duration", "INTERVAL");

    @TempDir
    static Path directory;

    private static CsvExportSummary summary;
    private static JsonNode descriptor;
    private static Connection duckdb;

    @BeforeAll
    static void exportAndLoad() throws IOException, SQLException {
        List<Policy> policies = new ArrayList<>(SeedPolicies.all());
        policies.add(FullPolicy.policy());
        summary = PolicyCsv.export(policies.stream(), directory);
        descriptor = JsonMapper.builder().build()
                .readTree(Files.readString(summary.dataPackage(), StandardCharsets.UTF_8));
        duckdb = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement statement = duckdb.createStatement()) {
            // DuckDB reads an ISO 8601 duration such as P2Y only through the macros docs/csv.md gives.
            for (String sql : documentedStatements()) {
                if (sql.startsWith("-- Durations") || sql.startsWith("CREATE MACRO")) {
                    statement.execute(sql);
                }
            }
            for (JsonNode resource : descriptor.get("resources")) {
                statement.execute(createTable(resource));
                statement.execute(insert(resource));
            }
        }
    }

    @AfterAll
    static void close() throws SQLException {
        duckdb.close();
    }

    /** A table with a column of the declared type for every field, NOT NULL where required, and its keys. */
    private static String createTable(JsonNode resource) {
        StringJoiner columns = new StringJoiner(", ");
        for (JsonNode field : resource.get("schema").get("fields")) {
            String type = SQL_TYPES.get(field.get("type").asString());
            assertThat(type).as("type of %s", field).isNotNull();
            boolean required = field.path("constraints").path("required").asBoolean(false);
            columns.add(quote(field.get("name").asString()) + " " + type + (required ? " NOT NULL" : ""));
        }
        JsonNode schema = resource.get("schema");
        if (schema.has("primaryKey")) {
            columns.add("PRIMARY KEY (" + names(schema.get("primaryKey")) + ")");
        }
        for (JsonNode unique : schema.path("uniqueKeys")) {
            columns.add("UNIQUE (" + names(unique) + ")");
        }
        return "CREATE TABLE " + quote(resource.get("name").asString()) + " (" + columns + ")";
    }

    /** Reads the file with the declared types: DuckDB fails on any value that is not of its column's type. */
    private static String insert(JsonNode resource) {
        StringJoiner types = new StringJoiner(", ", "{", "}");
        StringJoiner select = new StringJoiner(", ");
        for (JsonNode field : resource.get("schema").get("fields")) {
            String name = field.get("name").asString();
            boolean duration = field.get("type").asString().equals("duration");
            types.add("'" + name + "': '" + (duration ? "VARCHAR" : SQL_TYPES.get(field.get("type").asString()))
                    + "'");
            select.add(duration ? "iso_duration(" + quote(name) + ")" : quote(name));
        }
        Path file = directory.resolve(resource.get("path").asString());
        return "INSERT INTO " + quote(resource.get("name").asString()) + " SELECT " + select + " FROM read_csv('"
                + file
                + "', header = true, delim = ',', quote = '\"', escape = '\"', nullstr = '', auto_detect = false, "
                + "columns = " + types + ")";
    }

    @Test
    void loadsEveryRowOfEveryTable() throws SQLException {
        for (CsvTable table : CsvTable.values()) {
            assertThat(count("SELECT count(*) FROM " + quote(table.tableName()))).as(table.tableName())
                    .isEqualTo(summary.rowCount(table));
        }
        assertThat(count("SELECT count(*) FROM label_theme")).isEqualTo(
                io.github.frivillig.core.code.Theme.values().length);
        // Typed, not text: dates are dates, counts are numbers, durations intervals.
        assertThat(count("SELECT count(*) FROM decisions WHERE date_earliest > DATE '2000-01-01'")).isPositive();
        assertThat(count("SELECT count(*) FROM policies "
                + "WHERE follow_up_revision_interval IS NOT NULL AND follow_up_revision_interval > INTERVAL 1 DAY"))
                .isPositive();
        assertThat(count("SELECT count(*) FROM events WHERE attendees > 0")).isPositive();
    }

    @Test
    void everyDeclaredForeignKeyHolds() throws SQLException {
        int checked = 0;
        for (JsonNode resource : descriptor.get("resources")) {
            for (JsonNode foreignKey : resource.get("schema").path("foreignKeys")) {
                String sql = antiJoin(resource.get("name").asString(), foreignKey);
                assertThat(count(sql)).as(sql).isZero();
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void theForeignKeyCheckFindsABrokenReference() throws SQLException {
        // The check above could fail: with one organisation gone, the references to it no longer hold.
        JsonNode measures = resource("measure_organisations");
        JsonNode toOrganisations = null;
        for (JsonNode foreignKey : measures.get("schema").get("foreignKeys")) {
            if (foreignKey.get("reference").path("resource").asString("").equals("organisations")) {
                toOrganisations = foreignKey;
            }
        }
        assertThat(toOrganisations).isNotNull();
        try (Statement statement = duckdb.createStatement()) {
            statement.execute("CREATE TEMP TABLE organisations_kept AS FROM organisations");
            statement.execute("DELETE FROM organisations_kept WHERE organisation_id IN "
                    + "(SELECT organisation_id FROM measure_organisations)");
        }
        String sql = antiJoin("measure_organisations", toOrganisations).replace("FROM \"organisations\"",
                "FROM organisations_kept");
        assertThat(count(sql)).isPositive();
    }

    @Test
    void theDocumentedQueriesRunAndGiveBothBoundsOfTheDaysToAdoption() throws SQLException {
        // Every statement of the DuckDB example of docs/csv.md, on an export of the seeds and the full policy, in a
        // database of its own; compare says 329 to 419 days for Hjørring.
        Map<String, long[]> days = new LinkedHashMap<>();
        int queries = 0;
        try (Connection documented = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = documented.createStatement()) {
            for (String sql : documentedStatements()) {
                String here = sql.replace("'export/", "'" + directory.toString().replace('\\', '/') + "/");
                if (!statement.execute(here)) {
                    continue;
                }
                queries++;
                try (ResultSet result = statement.getResultSet()) {
                    while (sql.contains("fewest_days") && result.next()) {
                        days.put(result.getString("municipality_name"),
                                new long[] {result.getLong("fewest_days"), result.getLong("most_days")});
                    }
                }
            }
            try (ResultSet typed = statement.executeQuery("SELECT typeof(date_earliest), typeof(vote_in_favour) "
                    + "FROM decisions_typed LIMIT 1")) {
                assertThat(typed.next()).isTrue();
                assertThat(typed.getString(1)).isEqualTo("DATE");
                assertThat(typed.getString(2)).isEqualTo("BIGINT");
            }
        }
        assertThat(queries).isGreaterThanOrEqualTo(7);
        assertThat(days.get("Hjørring")).containsExactly(329, 419);
    }

    @Test
    void theDocumentedMacroReadsIsoDurations() throws SQLException {
        try (Statement statement = duckdb.createStatement();
                ResultSet result = statement.executeQuery("SELECT iso_duration('P2Y') = INTERVAL 2 YEAR, "
                        + "iso_duration('P6M') = INTERVAL 6 MONTH, iso_duration('P1W') = INTERVAL 7 DAY, "
                        + "iso_duration('PT1H30M') = INTERVAL 90 MINUTE, iso_duration(NULL) IS NULL")) {
            assertThat(result.next()).isTrue();
            for (int i = 1; i <= 5; i++) {
                assertThat(result.getBoolean(i)).as("expression %d", i).isTrue();
            }
        }
    }

    /** The statements of the DuckDB example in docs/csv.md, each with the comments before it. */
    static List<String> documentedStatements() {
        List<String> lines;
        try {
            Path docs = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent()
                    .resolve("docs/csv.md");
            lines = Files.readAllLines(docs, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        StringBuilder sql = new StringBuilder();
        boolean inBlock = false;
        for (String line : lines.subList(lines.indexOf("### DuckDB"), lines.size())) {
            if (line.equals("```sql")) {
                inBlock = true;
            } else if (line.equals("```")) {
                inBlock = false;
            } else if (inBlock) {
                sql.append(line).append('\n');
            }
        }
        List<String> statements = new ArrayList<>();
        for (String statement : sql.toString().split(";\\s*\n")) {
            if (!statement.isBlank()) {
                statements.add(statement.strip());
            }
        }
        return statements;
    }

    /** The rows whose reference is given but matches no row of the table referred to. */
    private static String antiJoin(String table, JsonNode foreignKey) {
        List<String> fields = strings(foreignKey.get("fields"));
        List<String> targets = strings(foreignKey.get("reference").get("fields"));
        String target = foreignKey.get("reference").path("resource").asString(table);
        StringJoiner match = new StringJoiner(" AND ");
        for (int i = 0; i < fields.size(); i++) {
            // The columns before the last are context, such as the group of a group's seats; they may be empty on
            // both sides, as related_policy_no is for the policy's own municipality.
            match.add("t." + quote(targets.get(i)) + " IS NOT DISTINCT FROM r." + quote(fields.get(i)));
        }
        return "SELECT count(*) FROM " + quote(table) + " r WHERE r." + quote(fields.get(fields.size() - 1))
                + " IS NOT NULL AND NOT EXISTS (SELECT 1 FROM " + quote(target) + " t WHERE " + match + ")";
    }

    private static JsonNode resource(String name) {
        for (JsonNode resource : descriptor.get("resources")) {
            if (resource.get("name").asString().equals(name)) {
                return resource;
            }
        }
        throw new AssertionError("No resource " + name);
    }

    private static long count(String sql) throws SQLException {
        try (Statement statement = duckdb.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            assertThat(result.next()).isTrue();
            return result.getLong(1);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    private static String names(JsonNode array) {
        StringJoiner names = new StringJoiner(", ");
        strings(array).forEach(name -> names.add(quote(name)));
        return names.toString();
    }

    private static String quote(String name) {
        return '"' + name + '"';
    }
}
