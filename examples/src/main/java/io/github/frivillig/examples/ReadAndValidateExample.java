package io.github.frivillig.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import io.github.frivillig.core.validation.ValidationReport;
import io.github.frivillig.json.PolicyJson;

/**
 * Reads a policy document and validates it: the problems in its bytes and in the policy, with line and column, in
 * one report. Without an argument it validates the bundled Hjørring policy.
 */
public final class ReadAndValidateExample {

    private ReadAndValidateExample() {
    }

    /**
     * Runs the example.
     *
     * @param args  a policy document's path, optional
     */
    public static void main(String[] args) {
        run(args.length > 0 ? Path.of(args[0]) : null, System.out);
    }

    /**
     * Runs the example on a file, or on the bundled Hjørring policy, printing to a stream.
     *
     * @param file  the policy document, null for the bundled Hjørring policy
     * @param out  where to print, not null
     * @return the report, not null
     */
    public static ValidationReport run(Path file, PrintStream out) {
        PolicyJson json = PolicyJson.standard();
        byte[] bytes;
        try (InputStream in = file == null
                ? SeedDataset.open("dk-860-frivillighedspolitik-socialt-omraade.json")
                : Files.newInputStream(file)) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        PolicyJson.Result result = json.readAndValidate(bytes, Locale.forLanguageTag("da"));
        ValidationReport report = result.report();
        if (result.policy() != null) {
            out.println(result.policy().title().resolve(Locale.forLanguageTag("da")).orElse("")
                    + " (" + result.policy().municipality() + ")");
        }
        out.println(report.isValid() ? "Gyldig" : "Ugyldig");
        report.violations().forEach(violation -> out.println("  " + violation));
        return report;
    }
}
