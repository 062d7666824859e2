package io.github.frivillig.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the JSON results of a JMH run of these benchmarks into the table of {@code docs/benchmarks.md}: each
 * scenario's ratio against its baseline, measured in the same run, beside its targets. A ratio's uncertainty
 * combines the relative errors JMH gives for the two scores (99.9 % confidence intervals).
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.frivillig.benchmarks.Report RESULT.json...
 * </pre>
 */
public final class Report {

    private final Map<String, JsonNode> results = new LinkedHashMap<>();
    private final List<String> rows = new ArrayList<>();

    private Report() {
    }

    /**
     * Prints the table of the results in the given files.
     *
     * @param args  the JMH result files, in JSON
     * @throws IOException if a file cannot be read
     */
    public static void main(String[] args) throws IOException {
        Report report = new Report();
        JsonMapper mapper = JsonMapper.builder().build();
        for (String file : args) {
            for (JsonNode result : mapper.readTree(Path.of(file).toFile())) {
                report.results.put(key(result.get("benchmark").asString(), result.get("params")), result);
            }
        }
        report.scenarios();
        report.rows.forEach(System.out::println);
        System.out.println();
        report.scores();
    }

    private static String key(String benchmark, JsonNode params) {
        String name = benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
        StringBuilder key = new StringBuilder(name);
        if (params != null) {
            params.properties().forEach(param -> key.append(' ').append(param.getValue().asString()));
        }
        return key.toString();
    }

    private void scenarios() {
        rows.add("| id | scenario | compared with | measured | must | stretch |");
        rows.add("|---|---|---|---|---|---|");
        for (String size : List.of(Documents.SMALL, Documents.MEDIUM, Documents.LARGE)) {
            boolean target = size.equals(Documents.MEDIUM);
            time("B1", "`PolicyJson.read` " + size, "plain Jackson into the same records",
                    "ReadBenchmark.frivillig " + size, "ReadBenchmark.jacksonRecords " + size,
                    target ? 1.05 : Double.NaN, target ? 1.00 : Double.NaN, false);
        }
        for (String size : List.of(Documents.SMALL, Documents.MEDIUM, Documents.LARGE)) {
            boolean target = size.equals(Documents.MEDIUM);
            time("B1'", "`PolicyJson.read` " + size + ", time", "Jackson into mutable classes",
                    "ReadBenchmark.frivillig " + size, "ReadBenchmark.jacksonPojos " + size,
                    target ? 1.35 : Double.NaN, target ? 1.15 : Double.NaN, false);
            allocation("B1'", "`PolicyJson.read` " + size + ", bytes allocated", "Jackson into mutable classes",
                    "ReadBenchmark.frivillig " + size, "ReadBenchmark.jacksonPojos " + size,
                    target ? 1.6 : Double.NaN, Double.NaN);
        }
        for (String data : List.of("valid", "invalid")) {
            time("B2", "read + validate 50KB, " + (data.equals("valid") ? "valid" : "1 element in 10 broken"),
                    "naive composition", "ValidateBenchmark.frivillig " + data, "ValidateBenchmark.naive " + data,
                    0.7, 0.5, false);
        }
        allocation("B2a", "validate only 50KB, valid, bytes allocated", "naive Hibernate Validator validate",
                "ValidateBenchmark.frivilligValidateOnly valid", "ValidateBenchmark.naiveValidateOnly valid", 0.5,
                0.25);
        time("B2a", "validate only 50KB, valid, time", "naive Hibernate Validator validate",
                "ValidateBenchmark.frivilligValidateOnly valid", "ValidateBenchmark.naiveValidateOnly valid",
                Double.NaN, Double.NaN, false);
        time("B3", "stream + validate JSON Lines, throughput", "raw token scan of the file",
                "StreamBenchmark.tokenScan", "StreamBenchmark.readAndValidate", 0.35, 0.45, true);
        time("B4", "`PolicyJson.writeBytes` 50KB", "Jackson writing mutable classes", "WriteBenchmark.frivillig",
                "WriteBenchmark.jacksonPojos", 1.10, 1.00, false);
        time("B5", "first read + validate in a fresh JVM", "naive composition, fresh JVM",
                "ColdStartBenchmark.frivillig", "ColdStartBenchmark.naive", 0.8, 0.6, false);
        time("B8", "`validateDataset` of JSON Lines on every core, throughput", "the same on one thread",
                "ParallelBenchmark.oneThread", "ParallelBenchmark.allCores", 1.6, 1.8, true);
        // The first round's B6, against 1 000 inputs, whose data fits the caches: kept without a target, since the
        // second round compares with the cache-cold control below.
        scaling("100000", Double.NaN);
        scaling("10000", Double.NaN);
        scaling("100x1000", Double.NaN);
        // The second round's B6: the growth of the cost per input beyond what a cold cache explains, against as
        // many inputs spread over 100 documents of 1 000.
        JsonNode large = results.get("ScalingBenchmark.validate 100000");
        JsonNode control = results.get("ScalingBenchmark.validate 100x1000");
        if (large != null && control != null) {
            rows.add(row("B6", "validate, cost per input: 100000 inputs",
                    "per-input cost of 100 documents of 1 000 inputs (cache-cold control)",
                    Ratio.of(large.get("primaryMetric"), control.get("primaryMetric")), 1.30, 1.10, false));
        }
        if (large != null && !large.at("/secondaryMetrics/gc.alloc.rate.norm").isMissingNode()) {
            JsonNode allocated = large.at("/secondaryMetrics/gc.alloc.rate.norm");
            double perInput = number(allocated.get("score")) / 100_000;
            double error = number(allocated.get("scoreError")) / 100_000;
            rows.add(String.format(Locale.ROOT, "| B6a | validate, bytes allocated per input: 100000 inputs | "
                    + "the first round's 1.5 KB per input | %.0f B (± %.0f) | %s | %s |", perInput,
                    Double.isNaN(error) ? 0 : error, perInput <= 500 ? "≤ 0.5 KB met" : "≤ 0.5 KB **missed**",
                    perInput <= 200 ? "≤ 0.2 KB met" : "≤ 0.2 KB **missed**"));
        }
    }

    private void time(String id, String scenario, String baseline, String ours, String theirs, double must,
            double stretch, boolean throughput) {
        JsonNode a = results.get(ours);
        JsonNode b = results.get(theirs);
        if (a == null || b == null) {
            return;
        }
        Ratio ratio = Ratio.of(a.get("primaryMetric"), b.get("primaryMetric"));
        // For throughput, the ratio is the baseline's time over ours: the first of the two is the baseline.
        rows.add(row(id, scenario, baseline, ratio, must, stretch, throughput));
    }

    private void allocation(String id, String scenario, String baseline, String ours, String theirs, double must,
            double stretch) {
        JsonNode a = results.get(ours);
        JsonNode b = results.get(theirs);
        if (a == null || b == null || a.at("/secondaryMetrics/gc.alloc.rate.norm").isMissingNode()) {
            return;
        }
        Ratio ratio = Ratio.of(a.at("/secondaryMetrics/gc.alloc.rate.norm"),
                b.at("/secondaryMetrics/gc.alloc.rate.norm"));
        rows.add(row(id, scenario, baseline, ratio, must, stretch, false));
    }

    private void scaling(String inputs, double must) {
        JsonNode large = results.get("ScalingBenchmark.validate " + inputs);
        JsonNode small = results.get("ScalingBenchmark.validate 1000");
        if (large == null || small == null) {
            return;
        }
        long count = inputs.contains("x") ? Long.parseLong(inputs.substring(0, inputs.indexOf('x')))
                * Long.parseLong(inputs.substring(inputs.indexOf('x') + 1)) : Long.parseLong(inputs);
        Ratio ratio = Ratio.of(large.get("primaryMetric"), small.get("primaryMetric")).times(1000.0 / count);
        String what = inputs.contains("x") ? "100 documents of 1 000 inputs" : inputs + " inputs";
        rows.add(row("B6", "validate, cost per input: " + what, "per-input cost at 1 000 inputs", ratio, must,
                Double.NaN, false));
    }

    private static String row(String id, String scenario, String baseline, Ratio ratio, double must,
            double stretch, boolean atLeast) {
        return String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |", id, scenario, baseline,
                ratio.text(atLeast), target(ratio.value, must, atLeast), target(ratio.value, stretch, atLeast));
    }

    private static String target(double value, double target, boolean atLeast) {
        if (Double.isNaN(target)) {
            return "–";
        }
        boolean met = atLeast ? value >= target : value <= target;
        return String.format(Locale.ROOT, "%s %.2f× %s", atLeast ? "≥" : "≤", target, met ? "met" : "**missed**");
    }

    private void scores() {
        System.out.println("| benchmark | score | error (99.9 %) | unit | allocated per operation |");
        System.out.println("|---|---|---|---|---|");
        results.forEach((key, result) -> {
            JsonNode metric = result.get("primaryMetric");
            JsonNode allocation = result.at("/secondaryMetrics/gc.alloc.rate.norm/score");
            System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %s | %s |%n", key, number(metric.get("score")),
                    number(metric.get("scoreError")), metric.get("scoreUnit").asString(),
                    allocation.isMissingNode() ? "–" : String.format(Locale.ROOT, "%,.0f B", allocation.asDouble()));
        });
    }

    /** Reads a number of the results, which JMH writes as the string "NaN" when it has none. */
    private static double number(JsonNode node) {
        return node != null && node.isNumber() ? node.asDouble() : Double.NaN;
    }

    /** A ratio of two scores, with the uncertainty that follows from theirs. */
    private record Ratio(double value, double error) {

        static Ratio of(JsonNode a, JsonNode b) {
            double x = number(a.get("score"));
            double y = number(b.get("score"));
            double ex = relative(a, x);
            double ey = relative(b, y);
            double value = x / y;
            return new Ratio(value, value * Math.sqrt(ex * ex + ey * ey));
        }

        private static double relative(JsonNode metric, double score) {
            double error = number(metric.get("scoreError"));
            return Double.isNaN(error) || score == 0 ? 0 : error / score;
        }

        Ratio times(double factor) {
            return new Ratio(value * factor, error * factor);
        }

        String text(boolean throughput) {
            return String.format(Locale.ROOT, "%.2f× (± %.2f)%s", value, error, throughput ? " throughput" : "");
        }
    }
}
