package io.github.frivillig.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.frivillig.examples.SeedDataset;

/**
 * The packaged {@code frivillig.jar} runs as the README says, in a JVM of its own: the services of Hibernate
 * Validator and Jackson survive the shading, and the bundled dataset is inside.
 */
class FrivilligJarIT {

    @TempDir
    Path directory;

    record Run(int exitCode, String out, String err) {
    }

    static Run java(String... args) throws IOException, InterruptedException {
        String jar = System.getProperty("frivillig.jar");
        assertThat(jar).as("system property frivillig.jar").isNotNull();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), out, err);
    }

    @Test
    void runsWithoutArgumentsAndShowsTheBundledDataset() throws Exception {
        Run run = java();

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Bundled dataset: " + SeedDataset.FILES.size() + " policies, the 5 seed policies",
                "Hjørring");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void validatesAFileAndSetsTheExitCode() throws Exception {
        Path broken = directory.resolve("broken.json");
        Files.writeString(broken, "{\"formatVersion\": \"1.0\", \"kind\": \"manifesto\"}");

        Run run = java("validate", broken.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("format.unknown-code", "required");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void printsItsVersion() throws Exception {
        Run run = java("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("frivillig 0.1.0");
    }
}
