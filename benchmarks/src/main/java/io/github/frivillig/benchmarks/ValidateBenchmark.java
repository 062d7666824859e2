package io.github.frivillig.benchmarks;

import java.util.Locale;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

import tools.jackson.databind.json.JsonMapper;

import io.github.frivillig.benchmarks.baseline.PlainJackson;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.validation.PolicyValidator;
import io.github.frivillig.core.validation.ValidationReport;
import io.github.frivillig.json.PolicyJson;

/**
 * B2: reading and validating a 50 KB policy document, valid or with one element in ten broken, against the
 * naive composition: a default {@code JsonMapper} (with {@link PlainJackson#recordsMapper() what it needs to map
 * the format}) and a default Hibernate Validator {@code Validator}, both shared. The naive composition checks the
 * field rules only; Frivillig also checks the document and register rules and locates every problem in the bytes.
 * <p>
 * The {@code …ValidateOnly} methods validate a policy already read, to show where the time goes.
 */
public class ValidateBenchmark extends SteadyStateBenchmark {

    /** Whether the document is valid, or has one measure and one input in ten broken. */
    @Param({"valid", "invalid"})
    public String data;

    private byte[] bytes;
    private Policy policy;
    private JsonMapper mapper;
    private Validator validator;
    private PolicyJson json;
    private PolicyValidator policyValidator;

    /** Generates the document and builds the readers and validators. */
    @Setup
    public void setUp() {
        Policy generated = Documents.policy(Documents.MEDIUM);
        policy = "valid".equals(data) ? generated : Documents.withInvalidElements(generated);
        bytes = PolicyJson.standard().writeBytes(policy);
        mapper = PlainJackson.recordsMapper();
        validator = Validation.buildDefaultValidatorFactory().getValidator();
        json = Documents.json();
        policyValidator = Documents.validator();
    }

    /**
     * Baseline: read with Jackson, validate with Hibernate Validator's defaults.
     *
     * @return the constraint violations
     */
    @Benchmark
    public Set<ConstraintViolation<Policy>> naive() {
        return validator.validate(mapper.readValue(bytes, Policy.class));
    }

    /**
     * Frivillig: read, validate and locate the problems in the bytes.
     *
     * @return the report
     */
    @Benchmark
    public ValidationReport frivillig() {
        return json.validate(bytes, Locale.ENGLISH);
    }

    /**
     * Breakdown: Hibernate Validator's defaults on a policy already read.
     *
     * @return the constraint violations
     */
    @Benchmark
    public Set<ConstraintViolation<Policy>> naiveValidateOnly() {
        return validator.validate(policy);
    }

    /**
     * Breakdown: Frivillig's validator on a policy already read.
     *
     * @return the report
     */
    @Benchmark
    public ValidationReport frivilligValidateOnly() {
        return policyValidator.validate(policy);
    }
}
