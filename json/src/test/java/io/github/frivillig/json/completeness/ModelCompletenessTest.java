package io.github.frivillig.json.completeness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import io.github.frivillig.core.fixtures.CompletenessGuard;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.json.PolicyJson;
import io.github.frivillig.json.internal.FormatModel;

/**
 * Every component of every record of the model is read, written, in the schema and described in
 * {@code docs/format.md}: the guard of {@link Completeness} run over the model itself. A component added to a record
 * without the rest fails here, named as {@code Type.component}. (The CSV export has its own run of the guard, in
 * the csv module.)
 */
class ModelCompletenessTest {

    private static final PolicyJson JSON = PolicyJson.standard();

    @Test
    void everyComponentIsReadBack() {
        assertThat(CompletenessGuard.notReadBack(Policy.class, policy -> JSON.read(JSON.write((Policy) policy))))
                .isEmpty();
    }

    @Test
    void everyComponentIsWritten() {
        assertThat(CompletenessGuard.notShownIn(Policy.class, policy -> JSON.write((Policy) policy), Set.of(), "the JSON"))
                .isEmpty();
    }

    @Test
    void everyKeyIsInTheSchema() {
        assertThat(Completeness.notInSchema(FormatModel.types(),
                JsonMapper.shared().readTree(PolicyJson.schema()).get("$defs"))).isEmpty();
    }

    @Test
    void everyKeyIsDescribedInTheFormatDocumentation() throws IOException {
        assertThat(Completeness.notDocumented(FormatModel.types(), Files.readAllLines(Path.of("../docs/format.md"))))
                .isEmpty();
    }
}
