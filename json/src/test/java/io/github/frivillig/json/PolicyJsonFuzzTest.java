package io.github.frivillig.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.validation.ValidationReport;

/**
 * Fuzzes {@link PolicyJson#validate(byte[], Locale)} and {@link PolicyJson#read(byte[])} with Jazzer. The only
 * outcomes allowed are a report (whose format problems are located) and a policy or a
 * {@link PolicyFormatException}; a policy that reads must write and read back equal.
 * <p>
 * In a normal build this runs the committed seed corpus ({@code PolicyJsonFuzzTestInputs/}) and the findings kept
 * there; the {@code fuzz} execution of the build fuzzes for a bounded time (see {@code docs/security.md}).
 */
class PolicyJsonFuzzTest {

    private static final PolicyJson JSON = PolicyJson.standard();

    @FuzzTest(maxDuration = "30s")
    @DictionaryEntries({"\"formatVersion\"", "\"1.0\"", "\"extensions\"", "\"measures\"", "\"title\"",
        "\"nb\"", "\"id\"", "\"contacts\"", "\"email\"", "\"events\"", "\"participation\"", "\"value\"",
        "\"identifier\"", "\"no-orgnr:\"", "\"date\"", "\\ud800", "\\u0000", "1e2147483648", "-0.0e-7"})
    void validateAndReadGiveOnlyReportsPoliciesOrFormatExceptions(byte[] document) {
        ValidationReport report = JSON.validate(document, Locale.ENGLISH);
        if (report.violations().stream().anyMatch(v -> v.code().startsWith("format."))) {
            FormatViolations.assertLocated(report, document);
        }

        Policy policy;
        try {
            policy = JSON.read(document);
        } catch (PolicyFormatException e) {
            FormatViolations.assertLocated(e.report(), document);
            return;
        }
        assertThat(JSON.read(JSON.writeBytes(policy))).isEqualTo(policy);
    }
}
