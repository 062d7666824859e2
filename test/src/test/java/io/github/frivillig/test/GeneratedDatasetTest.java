package io.github.frivillig.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.github.frivillig.core.dataset.PolicyDataset;
import io.github.frivillig.core.dataset.PolicySummary;
import io.github.frivillig.core.fixtures.SeedPolicies;
import io.github.frivillig.core.policy.Policy;

/**
 * A dataset of many generated policies behaves as one of few: built from a list or a stream, sequential or
 * parallel, it is the same. Here rather than in core because the generator is in frivillig-test.
 */
class GeneratedDatasetTest {

    @Test
    void streamAndListGiveEqualDatasets() {
        List<Policy> policies = Stream.concat(SeedPolicies.all().stream(),
                LongStream.range(0, 40).mapToObj(PolicyGenerator::generate)).toList();

        PolicyDataset fromList = PolicyDataset.of(policies);

        assertThat(PolicyDataset.from(policies.stream())).isEqualTo(fromList).hasSameHashCodeAs(fromList);
        assertThat(PolicyDataset.from(policies.parallelStream())).isEqualTo(fromList);
        assertThat(PolicyDataset.from(policies.stream()).themeMatrix()).isEqualTo(fromList.themeMatrix());
        assertThat(policies.stream().collect(PolicyDataset.collector()).themeCoverageRows())
                .isEqualTo(fromList.themeCoverageRows());
    }

    @Test
    void summarisesEachPolicyOfAStreamAsItPasses() {
        // A stream that builds each policy only when asked and is consumed once; the dataset holds the summaries.
        int[] built = {0};
        Stream<Policy> lazy = LongStream.range(0, 25).mapToObj(seed -> {
            built[0]++;
            return PolicyGenerator.generate(seed, 3);
        });

        PolicyDataset dataset = PolicyDataset.from(lazy);

        assertThat(built[0]).isEqualTo(25);
        assertThat(dataset.size()).isEqualTo(25);
        assertThat(dataset.summaries().get(7))
                .isEqualTo(PolicySummary.of(PolicyGenerator.generate(7, 3)));
    }}
