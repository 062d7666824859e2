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

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Java runs as written: each block, its imports above a class and the rest as the body of its
 * {@code main}, compiles against the published modules and runs, in the README's order, in one empty directory, and
 * prints something.
 */
class ReadmeTest {

    @TempDir
    Path directory;

    @Test
    void everyJavaBlockCompilesAndRunsAndPrints() throws IOException, InterruptedException {
        List<String> blocks = Readme.blocks("java");
        assertThat(blocks).as("Java blocks in the README").hasSizeGreaterThanOrEqualTo(7);
        Path sources = Files.createDirectories(directory.resolve("sources"));
        Path classes = Files.createDirectories(directory.resolve("classes"));
        Path work = Files.createDirectories(directory.resolve("work"));
        String classPath = System.getProperty("java.class.path");

        for (int i = 0; i < blocks.size(); i++) {
            String name = "ReadmeBlock" + (i + 1);
            Path source = sources.resolve(name + ".java");
            Files.writeString(source, program(name, blocks.get(i)));
            JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
            int compiled = compiler.run(null, null, null, "-classpath", classPath, "-d", classes.toString(),
                    "-proc:none", "-encoding", "UTF-8", source.toString());
            assertThat(compiled).as("javac of README Java block %d:%n%s", i + 1, blocks.get(i)).isZero();

            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", classes + File.pathSeparator + classPath, name)
                    .directory(work.toFile()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as("README Java block %d printed:%n%s", i + 1, output).isZero();
            assertThat(output.lines().filter(line -> !line.startsWith("SLF4J") && !line.contains("HV000001")
                    && !line.contains("org.hibernate.validator.internal.util.Version")))
                    .as("what README Java block %d printed", i + 1).isNotEmpty();
        }
    }

    /** A block as a program: its imports, then a class whose main method is the rest of the block. */
    static String program(String name, String block) {
        List<String> imports = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        for (String line : block.lines().toList()) {
            if (line.startsWith("import ")) {
                imports.add(line);
            } else {
                body.append("        ").append(line).append('\n');
            }
        }
        return String.join("\n", imports) + "\n\npublic class " + name + " {\n"
                + "    public static void main(String[] args) throws Exception {\n" + body + "    }\n}\n";
    }
}
