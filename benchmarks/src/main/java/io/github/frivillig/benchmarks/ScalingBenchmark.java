package io.github.frivillig.benchmarks;

import java.util.ArrayList;
import java.util.List;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

import io.github.frivillig.test.PolicyGenerator;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.validation.PolicyValidator;
import io.github.frivillig.core.validation.ValidationReport;

/**
 * B6: validating policies with 1 000, 10 000 and 100 000 inputs (and one measure answering them all). The cost
 * per input should not grow with the size of the document.
 * <p>
 * {@code 100x1000} validates one hundred different policies of 1 000 inputs each: as many inputs as the largest
 * policy, in as much memory, but in small documents. Set beside {@code 1000} and {@code 100000} it tells how much of
 * the growth comes from the data no longer fitting in the processor's caches, and how much from the size of one
 * document.
 */
public class ScalingBenchmark extends SteadyStateBenchmark {

    /** The number of inputs of the policy, or the number of policies and their inputs each. */
    @Param({"1000", "10000", "100000", "100x1000"})
    public String inputs;

    private List<Policy> policies;
    private PolicyValidator validator;

    /** Generates the policies. */
    @Setup
    public void setUp() {
        int times = inputs.contains("x") ? Integer.parseInt(inputs.substring(0, inputs.indexOf('x'))) : 1;
        int each = Integer.parseInt(inputs.substring(inputs.indexOf('x') + 1));
        policies = new ArrayList<>(times);
        for (int i = 0; i < times; i++) {
            policies.add(PolicyGenerator.withInputs(Documents.SEED + i, each));
        }
        validator = Documents.validator();
    }

    /**
     * Frivillig's validator.
     *
     * @return the reports
     */
    @Benchmark
    public List<ValidationReport> validate() {
        List<ValidationReport> reports = new ArrayList<>(policies.size());
        for (Policy policy : policies) {
            reports.add(validator.validate(policy));
        }
        return reports;
    }
}
