package io.github.frivillig.json.completeness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.frivillig.core.fixtures.CompletenessGuard;
import io.github.frivillig.json.internal.FormatModel;
import io.github.frivillig.json.internal.ObjectType;

/**
 * The guard finds what it is meant to find: on a fixture type with one component that is mapped everywhere and one
 * that is deliberately left out of the output, the schema and the documentation, it names the second, and only it.
 */
class CompletenessGuardTest {

    /**
     * The fixture: a record as the model's are.
     *
     * @param mapped  a component that everything covers
     * @param forgotten  a component that nothing but the record has
     */
    public record Fixture(String mapped, String forgotten) {
    }

    private static final List<ObjectType<?>> TYPES = List.of(FormatModel.type(Fixture.class));
    /** The fixture's name in the schema and the documentation, after the class that encloses it. */
    private static final String NAME = "completenessGuardTestFixture";

    @Test
    void namesAComponentThatIsNotReadBack() {
        assertThat(CompletenessGuard.notReadBack(Fixture.class, value -> new Fixture(((Fixture) value).mapped(), null)))
                .singleElement().asString().contains("Fixture.forgotten");
    }

    @Test
    void namesAComponentThatIsNotInTheOutput() {
        assertThat(CompletenessGuard.notShownIn(Fixture.class, value -> "mapped=" + ((Fixture) value).mapped(), Set.of(),
                "the fixture's output"))
                .containsExactly("Fixture.forgotten is not in the fixture's output (at forgotten)");
    }

    @Test
    void acceptsAComponentOnTheExclusionList() {
        assertThat(CompletenessGuard.notShownIn(Fixture.class, value -> "mapped=" + ((Fixture) value).mapped(),
                Set.of("Fixture.forgotten"), "the fixture's output")).isEmpty();
    }

    @Test
    void namesTheFixtureAsTheSchemaAndDocumentationDo() {
        assertThat(FormatModel.schemaName(Fixture.class)).isEqualTo(NAME);
    }

    @Test
    void namesAKeyThatIsNotInTheSchema() {
        JsonNode definitions = JsonMapper.shared().readTree("""
                {"%s": {"type": "object", "properties": {"mapped": {"type": "string"}}}}""".formatted(NAME));

        assertThat(Completeness.notInSchema(TYPES, definitions))
                .containsExactly("Fixture.forgotten is not in the schema ($defs/" + NAME + "/properties)");
    }

    @Test
    void namesAKeyThatIsNotDocumented() {
        List<String> documentation = List.of("### `" + NAME + "`", "", "| key | meaning |", "| --- | --- |",
                "| `mapped` | the mapped one |", "");

        assertThat(Completeness.notDocumented(TYPES, documentation))
                .containsExactly("Fixture.forgotten is not described in the table under ### `" + NAME + "`");
    }
}
