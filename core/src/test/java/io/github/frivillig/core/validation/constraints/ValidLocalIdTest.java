package io.github.frivillig.core.validation.constraints;

import static io.github.frivillig.core.validation.constraints.Validators.assertOneViolation;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.frivillig.core.value.LocalId;

class ValidLocalIdTest {

    record Reference(@ValidLocalId LocalId id) {
    }

    record References(List<@ValidLocalId LocalId> ids) {
    }

    @RegisterExtension
    static final TestValidator validator = new TestValidator();

    @ParameterizedTest
    @ValueSource(strings = {"kafedialog-2016", "a", "0"})
    void acceptsAWellFormedId(String id) {
        assertThat(validator.validate(new Reference(LocalId.of(id)))).isEmpty();
    }

    @Test
    void acceptsNoId() {
        assertThat(validator.validate(new Reference(null))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kafedialog", "-a", "a_b", "", "æ"})
    void reportsAMalformedId(String id) {
        var violation = assertOneViolation(validator.validate(new Reference(LocalId.of(id))), "id", "ValidLocalId");

        assertThat(violation.getInvalidValue()).isEqualTo(LocalId.of(id));
    }

    @Test
    void reportsAMalformedIdInAListAtItsIndex() {
        var violations = validator.validate(new References(List.of(LocalId.of("ok"), LocalId.of("Not OK"))));

        assertOneViolation(violations, "ids[1].<list element>", "ValidLocalId");
    }
}
