package io.github.frivillig.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.frivillig.core.fixtures.SeedPolicies;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.json.PolicyJson;

/**
 * The bundled documents and the model's fixtures never drift apart. With {@code -Dfrivillig.regenerate=true} the
 * test writes the seed documents from the fixtures instead of comparing them (see CONTRIBUTING.md).
 */
class SeedDatasetTest {

    private static final boolean REGENERATE = Boolean.getBoolean("frivillig.regenerate");

    @Test
    void bundledDocumentsReadToTheSeedFixtures() {
        assertThat(SeedDataset.policies().subList(0, SeedDataset.SEEDS.size())).isEqualTo(SeedPolicies.all());
    }

    @Test
    void bundledDocumentsAreExactlyWhatTheWriterWritesForTheFixtures() throws IOException {
        PolicyJson pretty = PolicyJson.builder().prettyPrint().build();
        List<Policy> fixtures = SeedPolicies.all();
        for (int i = 0; i < fixtures.size(); i++) {
            if (REGENERATE) {
                Files.writeString(Path.of("src/main/resources/io/github/frivillig/examples/dataset",
                        SeedDataset.SEEDS.get(i)), pretty.write(fixtures.get(i)) + "\n", StandardCharsets.UTF_8);
                continue;
            }
            try (InputStream in = SeedDataset.open(SeedDataset.SEEDS.get(i))) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).as(SeedDataset.SEEDS.get(i))
                        .isEqualTo(pretty.write(fixtures.get(i)) + "\n");
            }
            assertThat(SeedDataset.SEEDS.get(i)).isEqualTo(fixtures.get(i).id().value() + ".json");
        }
    }

    @Test
    void bundledDocumentsValidateWithoutErrorsAndRecordTheirSource() throws IOException {
        for (String file : SeedDataset.FILES) {
            try (InputStream in = SeedDataset.open(file)) {
                assertThat(PolicyJson.standard().validate(in, java.util.Locale.ENGLISH).errors()).as(file).isEmpty();
            }
        }
        assertThat(SeedDataset.policies()).allSatisfy(policy -> assertThat(policy.sources()).isNotEmpty());
    }

    @Test
    void everyBundledDocumentNamesAPublicAddressAndWhenItWasRead() {
        assertThat(SeedDataset.policies()).hasSize(SeedDataset.FILES.size())
                .allSatisfy(policy -> assertThat(policy.sources()).as(policy.id().value())
                        .anySatisfy(source -> {
                            assertThat(source.url()).isNotNull();
                            assertThat(source.url().getScheme()).isIn("http", "https");
                            assertThat(source.retrieved()).isNotNull();
                        }));
    }
}
