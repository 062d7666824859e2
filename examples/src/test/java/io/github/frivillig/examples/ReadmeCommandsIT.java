package io.github.frivillig.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's command lines run as written, from the repository root, with the packaged {@code frivillig.jar}, on
 * the files they name: each exits with 0 and prints something. What a command would write into the repository (a
 * redirected output, an export directory) is written to a temporary directory instead.
 */
class ReadmeCommandsIT {

    private static final String JAR = "java -jar examples/target/frivillig.jar";

    @TempDir
    Path directory;

    @Test
    void everyCommandLineRunsFromTheRepositoryRoot() throws IOException, InterruptedException {
        List<String> commands = new ArrayList<>();
        Map<String, String> variables = new HashMap<>();
        for (String block : Readme.blocks("sh")) {
            for (String line : block.lines().toList()) {
                String command = line.replaceAll("\\s+#.*$", "").strip();
                if (command.matches("[a-z]+=\\S+")) {
                    variables.put(command.substring(0, command.indexOf('=')), command.substring(command.indexOf('=') + 1));
                } else if (command.startsWith(JAR)) {
                    for (Map.Entry<String, String> variable : variables.entrySet()) {
                        command = command.replace("$" + variable.getKey(), variable.getValue());
                    }
                    commands.add(command);
                }
            }
        }
        assertThat(commands).as("commands in the README").hasSizeGreaterThanOrEqualTo(8);
        assertThat(String.join("\n", commands)).doesNotContain("$");

        for (int i = 0; i < commands.size(); i++) {
            String command = commands.get(i);
            Path output = directory.resolve("out-" + i + ".txt");
            String[] redirect = command.split("\\s*>\\s*");
            List<String> words = new ArrayList<>(List.of(redirect[0].split("\\s+")));
            int csv = words.indexOf("--csv");
            if (csv >= 0) {
                words.set(csv + 1, directory.resolve("export-" + i).toString());
            }
            Process process = new ProcessBuilder(words).directory(Readme.ROOT.toFile())
                    .redirectOutput(output.toFile()).redirectError(ProcessBuilder.Redirect.PIPE).start();
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(command).isTrue();

            assertThat(process.exitValue()).as("%s%n%s", command, err).isZero();
            if (csv >= 0) {
                try (var files = Files.list(directory.resolve("export-" + i))) {
                    assertThat(files.count()).as(command).isPositive();
                }
            } else {
                assertThat(Files.readString(output)).as(command).isNotBlank();
            }
        }
    }
}
