package io.github.frivillig.json;

import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.validation.ValidationReport;

/**
 * One record of a dataset as read: where it came from, the policy if it could be read, and the problems found in
 * its bytes.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param source  the file, and the line or array position, the record came from, such as
 *                {@code policies.jsonl:12}, not null
 * @param policy  the policy, null if the record has format errors
 * @param report  the problems found in the record's bytes, each naming the source, not null
 */
public record DatasetRecord(String source, @Nullable Policy policy, ValidationReport report) {

    /**
     * Creates a record.
     *
     * @param source  the source, not null
     * @param policy  the policy, null if the record could not be read
     * @param report  the problems, not null
     */
    public DatasetRecord {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(report, "report");
    }

    /**
     * Returns the policy, if the record could be read.
     *
     * @return the policy, empty if the record has format errors
     */
    public Optional<Policy> policyIfRead() {
        return Optional.ofNullable(policy);
    }

    /**
     * Checks whether the record could be read.
     *
     * @return true if the record is a policy without format errors
     */
    public boolean isRead() {
        return policy != null;
    }
}
