package io.github.frivillig.core.validation.constraints;

import static io.github.frivillig.core.validation.constraints.Validators.assertOneViolation;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.frivillig.core.policy.PolicyId;

class ValidPolicyIdTest {

    record Document(@ValidPolicyId PolicyId id) {
    }

    @RegisterExtension
    static final TestValidator validator = new TestValidator();

    @ParameterizedTest
    @ValueSource(strings = {"dk-860-frivillighedspolitik-2017", "no.3407.frivillighetsmelding", "odense_2019", "x"})
    void acceptsAWellFormedPolicyId(String id) {
        assertThat(validator.validate(new Document(PolicyId.of(id)))).isEmpty();
    }

    @Test
    void acceptsOneHundredAndTwentyEightCharacters() {
        assertThat(validator.validate(new Document(PolicyId.of("p".repeat(128))))).isEmpty();
    }

    @Test
    void acceptsNoPolicyId() {
        assertThat(validator.validate(new Document(null))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hjørring", ".hidden", "-x", "", "a b", "a/b"})
    void reportsAMalformedPolicyId(String id) {
        assertOneViolation(validator.validate(new Document(PolicyId.of(id))), "id", "ValidPolicyId");
    }

    @Test
    void reportsOneHundredAndTwentyNineCharacters() {
        assertOneViolation(validator.validate(new Document(PolicyId.of("p".repeat(129)))), "id", "ValidPolicyId");
    }
}
