package io.github.frivillig.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.frivillig.core.fixtures.SeedPolicies;
import io.github.frivillig.core.fixtures.TestPolicies;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.text.LocalizedText;

/** Writing a policy to a file replaces the file whole, or not at all. */
class WriteFileTest {

    private static final PolicyJson JSON = PolicyJson.standard();

    @TempDir
    Path directory;

    @Test
    void writesTheDocumentThatReadsBackAndLeavesNothingElse() throws IOException {
        Path file = directory.resolve("gjovik.json");

        JSON.write(SeedPolicies.gjovik(), file);

        assertThat(JSON.read(file)).isEqualTo(SeedPolicies.gjovik());
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(JSON.write(SeedPolicies.gjovik()));
        assertThat(files()).containsExactly(file);
    }

    @Test
    void replacesAnExistingFile() throws IOException {
        Path file = directory.resolve("policy.json");
        Files.writeString(file, "{\"old\": true, \"longer than the new one\": \"" + "x".repeat(100_000) + "\"}");

        JSON.write(SeedPolicies.hjorring(), file);

        assertThat(JSON.read(file)).isEqualTo(SeedPolicies.hjorring());
        assertThat(files()).containsExactly(file);
    }

    @Test
    void aFailedWriteLeavesTheFileAsItWas() throws IOException {
        Path file = directory.resolve("policy.json");
        JSON.write(SeedPolicies.porsgrunn(), file);
        byte[] before = Files.readAllBytes(file);
        // An unpaired surrogate far into the document: the writer has written much before it refuses.
        Policy unwritable = SeedPolicies.porsgrunn().toBuilder()
                .vision(LocalizedText.of("nb", "Visjon \uD800 uten par")).build();

        assertThatIllegalArgumentException().isThrownBy(() -> JSON.write(unwritable, file))
                .withMessageContaining("unpaired surrogate");

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(files()).containsExactly(file);
    }

    @Test
    void aFileInAMissingDirectoryCannotBeWritten() {
        Path file = directory.resolve("missing").resolve("policy.json");

        assertThatThrownBy(() -> JSON.write(TestPolicies.valid().build(), file))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("policy.json");
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> listing = Files.list(directory)) {
            return listing.toList();
        }
    }
}
