package io.github.frivillig.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Frivillig's modules work on the module path: a small named module that requires {@code io.github.frivillig.json}
 * compiles against them and runs. This exercises what the module descriptors promise at run time: Hibernate
 * Validator's reflective access to the model ({@code opens}), resources read across modules (messages, labels,
 * the register, the schema), the Jackson module provided as a service, the CSV export, reports as JSON, the
 * whole-policy constraint in a plain Bean Validation run, and the test support's assertions and generator.
 */
class ModulePathIT {

    // The libraries of core and json at run time; everything else on the test class path is for the tests.
    private static final List<String> MODULES = List.of("frivillig-core", "frivillig-json", "frivillig-csv",
            "frivillig-test", "core/target/classes", "json/target/classes", "csv/target/classes",
            "test/target/classes", "jackson-core", "jackson-databind", "jackson-annotations", "jackson-dataformat-csv",
            "jakarta.validation-api", "hibernate-validator", "jboss-logging", "classmate", "jspecify", "assertj-core",
            "byte-buddy");

    @TempDir
    Path directory;

    @Test
    void aNamedModuleUsingFrivilligCompilesAndRuns() throws IOException, InterruptedException {
        String modulePath = modulePath();
        Path sources = Path.of("src/test/resources/module-smoke");
        Path classes = directory.resolve("classes");
        List<String> arguments = new ArrayList<>(List.of("--module-path", modulePath, "-d", classes.toString(),
                "-encoding", "UTF-8"));
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(file -> file.toString().endsWith(".java")).forEach(file -> arguments.add(file.toString()));
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        assertThat(compiler.run(null, null, null, arguments.toArray(String[]::new))).as("javac").isZero();

        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path", classes + File.pathSeparator + modulePath,
                "--module", "io.github.frivillig.smoke/io.github.frivillig.smoke.Main").start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(err).isZero();
        assertThat(out.lines().toList()).contains(
                "roundtrip true",
                "label Mødesteder",
                "register Gjøvik",
                "schema true",
                "module true",
                "report true",
                "bean-validation municipality.unknown-code municipality.code",
                "assertions true",
                "csv 1")
                .anySatisfy(line -> assertThat(line).startsWith("violation id.malformed /organisations/0/id"))
                .anySatisfy(line -> assertThat(line).startsWith("violation municipality.code-not-in-force"));
    }

    private static String modulePath() {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String normalized = entry.replace('\\', '/');
            if (MODULES.stream().anyMatch(normalized::contains) && !normalized.contains("tests")
                    && !normalized.contains("test-classes")) {
                entries.add(entry);
            }
        }
        assertThat(entries).as("module path").hasSizeGreaterThanOrEqualTo(8);
        return String.join(File.pathSeparator, entries);
    }
}
