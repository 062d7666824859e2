package io.github.frivillig.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.ServiceLoader;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

import io.github.frivillig.core.code.Theme;
import io.github.frivillig.test.PolicyGenerator;
import io.github.frivillig.core.fixtures.SeedPolicies;
import io.github.frivillig.core.policy.Measure;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.text.LocalizedText;
import io.github.frivillig.core.value.LocalId;
import io.github.frivillig.core.value.PartialDate;

/** The Jackson module gives a user's own mapper the same format as PolicyJson. */
class ModuleTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new FrivilligModule()).build();

    @Test
    void isFoundThroughServiceLoader() {
        List<String> modules = ServiceLoader.load(JacksonModule.class).stream()
                .map(provider -> provider.type().getName()).toList();
        assertThat(modules).contains(FrivilligModule.class.getName());
        JsonMapper discovered = JsonMapper.builder().findAndAddModules().build();
        Policy policy = SeedPolicies.hjorring();
        assertThat(discovered.readValue(discovered.writeValueAsString(policy), Policy.class)).isEqualTo(policy);
    }

    @Test
    void mapperWritesExactlyWhatPolicyJsonWrites() {
        for (long seed = 0; seed < 200; seed++) {
            Policy policy = PolicyGenerator.generate(seed);
            String fromMapper = MAPPER.writeValueAsString(policy);
            assertThat(fromMapper).isEqualTo(PolicyJson.standard().write(policy));
            assertThat(MAPPER.readValue(fromMapper, Policy.class)).isEqualTo(policy);
        }
    }

    @Test
    void scalarAndEntityTypesWorkOnTheirOwn() {
        assertThat(MAPPER.writeValueAsString(LocalId.of("kafe"))).isEqualTo("\"kafe\"");
        assertThat(MAPPER.readValue("\"2016-23\"", PartialDate.class)).isEqualTo(PartialDate.parse("2016-23"));
        assertThat(MAPPER.writeValueAsString(Theme.MEETING_PLACES)).isEqualTo("\"meeting-places\"");
        assertThat(MAPPER.readValue("\"meeting-places\"", Theme.class)).isEqualTo(Theme.MEETING_PLACES);
        assertThat(MAPPER.readValue("{\"nb\":\"Tekst\"}", LocalizedText.class)).isEqualTo(LocalizedText.of("nb", "Tekst"));
        Measure measure = PolicyGenerator.generate(7).measures().get(0);
        assertThat(MAPPER.readValue(MAPPER.writeValueAsString(measure), Measure.class)).isEqualTo(measure);
    }

    @Test
    void aMapperStopsAtTheFirstProblemWithItsLocation() {
        assertThatThrownBy(() -> MAPPER.readValue("{\"id\": \"m\", \"status\": \"bogus\"}", Measure.class))
                .isInstanceOf(DatabindException.class)
                .hasMessageContaining("format.unknown-code")
                .hasMessageContaining("/status")
                .hasMessageContaining("(line 1, column 23)");
        assertThatThrownBy(() -> MAPPER.readValue("\"2016-13\"", PartialDate.class))
                .isInstanceOf(DatabindException.class).hasMessageContaining("format.malformed-value");
    }

    @Test
    void everyCodelistOfTheModelIsRegistered() {
        List<String> coded = new com.tngtech.archunit.core.importer.ClassFileImporter()
                .importPackages("io.github.frivillig.core").stream()
                .filter(type -> type.isEnum() && type.isAssignableTo(io.github.frivillig.core.code.Coded.class))
                .map(com.tngtech.archunit.core.domain.JavaClass::getName)
                .toList();
        assertThat(coded).hasSizeGreaterThan(20);
        assertThat(FrivilligModule.CODELISTS.stream().map(Class::getName).toList())
                .containsExactlyInAnyOrderElementsOf(coded);
    }
}
