package io.github.frivillig.json;

import static org.assertj.core.api.Assertions.assertThat;
import static io.github.frivillig.test.FrivilligAssertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.frivillig.core.fixtures.SeedPolicies;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.json.internal.PolicyReader;
import io.github.frivillig.test.PolicyGenerator;

/** Every seed policy, and thousands of generated ones, survive writing and reading back unchanged. */
class RoundTripTest {

    private static final PolicyJson JSON = PolicyJson.standard();

    static List<Policy> seeds() {
        return SeedPolicies.all();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void seedPolicyReadsBackEqual(Policy policy) {
        String json = JSON.write(policy);

        assertThat(JSON.read(json)).isEqualTo(policy);
        assertThat(json).startsWith("{\"formatVersion\":\"" + PolicyReader.FORMAT_VERSION + "\",");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void seedPolicyValidatesWithoutErrorsFromItsBytes(Policy policy) {
        assertThat(JSON.validate(JSON.writeBytes(policy), java.util.Locale.ENGLISH)).isValid();
    }

    @Test
    void generatedPoliciesReadBackEqual() {
        LongStream.range(0, 3000).forEach(seed -> {
            Policy policy = PolicyGenerator.generate(seed);
            byte[] json = JSON.writeBytes(policy);
            assertThat(JSON.read(json)).as("seed %d", seed).isEqualTo(policy);
        });
    }

    @Test
    void prettyPrintedPoliciesReadBackEqual() {
        PolicyJson pretty = PolicyJson.builder().prettyPrint().build();
        for (long seed = 0; seed < 50; seed++) {
            Policy policy = PolicyGenerator.generate(seed);
            String json = pretty.write(policy);
            assertThat(json).contains("\n");
            assertThat(JSON.read(json)).as("seed %d", seed).isEqualTo(policy);
        }
    }
}
