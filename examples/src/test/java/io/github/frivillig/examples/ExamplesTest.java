package io.github.frivillig.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static io.github.frivillig.test.FrivilligAssertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.frivillig.core.validation.ValidationReport;
import io.github.frivillig.core.validation.Violation;

/** Each runnable example runs and does what its documentation says. */
class ExamplesTest {

    @TempDir
    Path directory;

    @Test
    void buildAndValidateFindsBothConsequencesOfTheDeliberateMistakeInBokmal() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ValidationReport report = BuildAndValidateExample.run(new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(report.violations()).extracting(Violation::code, Violation::pointer)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("input.unanswered", "/inputs/0"),
                        org.assertj.core.groups.Tuple.tuple("reference.unknown-input", "/measures/0/respondsTo/0"));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("Gyldig: false", "reference.unknown-input", "\"formatVersion\": \"1.1\"");
        assertThat(report.violations().get(1).message()).doesNotContain("No input has");
    }

    @Test
    void readAndValidateValidatesTheBundledHjorringPolicy() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ValidationReport report = ReadAndValidateExample.run(null, new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(report).isValid();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Frivillighedspolitik på det sociale område",
                "Hjørring", "Gyldig");
    }

    @Test
    void readAndValidateReportsAProblemWithItsLine() throws IOException {
        Path file = directory.resolve("bad.json");
        Files.writeString(file, "{\n  \"formatVersion\": \"1.0\",\n  \"kind\": \"manifesto\"\n}\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ValidationReport report = ReadAndValidateExample.run(file, new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(report.isValid()).isFalse();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Ugyldig", "format.unknown-code", "(3:11)");
    }

    @Test
    void streamAndCompareComparesTheBundledDatasetStreamedFromJsonLines() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        io.github.frivillig.core.dataset.PolicyDataset dataset =
                StreamAndCompareExample.run(null, new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(dataset.size()).isEqualTo(SeedDataset.FILES.size());
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Porsgrunn: 14 themes, 0 inputs, complete: false",
                "Kragerø: 7 themes, 5 inputs", "Developed in dialogue with the voluntary sector: Met");
    }
}
