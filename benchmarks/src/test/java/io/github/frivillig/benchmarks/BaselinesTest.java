package io.github.frivillig.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Locale;

import jakarta.validation.Validation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import io.github.frivillig.benchmarks.baseline.PlainJackson;
import io.github.frivillig.benchmarks.baseline.PolicyPojo;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.validation.ValidationReport;
import io.github.frivillig.json.PolicyJson;

/** The benchmarks compare like with like: the baselines do the same job on the same data. */
class BaselinesTest {

    @ParameterizedTest
    @ValueSource(strings = {Documents.SMALL, Documents.MEDIUM, Documents.LARGE})
    void documentsAreValidAndAboutTheirNominalSize(String size) {
        byte[] bytes = Documents.bytes(size);
        long nominal = switch (size) {
            case Documents.SMALL -> 1_000;
            case Documents.MEDIUM -> 50_000;
            default -> 1_000_000;
        };
        assertThat((double) bytes.length).isBetween(0.9 * nominal, 1.6 * nominal);
        assertThat(Documents.validator().validate(Documents.policy(size)).violations()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {Documents.SMALL, Documents.MEDIUM, Documents.LARGE})
    void plainJacksonReadsTheSamePolicyAsFrivillig(String size) {
        byte[] bytes = Documents.bytes(size);
        Policy plain = PlainJackson.recordsMapper().readValue(bytes, Policy.class);
        assertThat(plain).isEqualTo(PolicyJson.standard().read(bytes)).isEqualTo(Documents.policy(size));
    }

    @ParameterizedTest
    @ValueSource(strings = {Documents.SMALL, Documents.MEDIUM, Documents.LARGE})
    void plainJacksonWritesTheSameBytesFromPojosAsFrivilligFromRecords(String size) {
        byte[] bytes = Documents.bytes(size);
        JsonMapper mapper = PlainJackson.pojoMapper();
        PolicyPojo pojo = mapper.readValue(bytes, PolicyPojo.class);
        assertThat(mapper.writeValueAsBytes(pojo)).isEqualTo(bytes);
    }

    @Test
    void oneMeasureAndOneInputInTenAreBroken() {
        Policy broken = Documents.withInvalidElements(Documents.policy(Documents.MEDIUM));
        byte[] bytes = PolicyJson.standard().writeBytes(broken);

        ValidationReport report = Documents.json().validate(bytes, Locale.ENGLISH);
        assertThat(report.withCode("id.malformed")).hasSize((broken.measures().size() + 9) / 10);
        assertThat(report.withCode("reference.unknown-event")).hasSize((broken.inputs().size() + 4) / 10);
        assertThat(report.violations()).allSatisfy(violation -> assertThat(violation.location()).isPresent());

        // The naive composition sees the malformed ids, which are field rules, and, through the constraint on
        // Policy, the unresolved references too; it cannot say where in the bytes they are.
        assertThat(Validation.buildDefaultValidatorFactory().getValidator()
                .validate(PlainJackson.recordsMapper().readValue(bytes, Policy.class)))
                .hasSize(report.withCode("id.malformed").size() + report.withCode("reference.unknown-event").size());
    }

    @Test
    void coldStartDocumentIsTheMediumDocument() throws IOException {
        assertThat(ColdStartBenchmark.document()).isEqualTo(Documents.bytes(Documents.MEDIUM));
    }
}
