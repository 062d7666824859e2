package io.github.frivillig.json;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

import org.jspecify.annotations.Nullable;

import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.policy.PolicyId;
import io.github.frivillig.core.validation.ValidationReport;

/**
 * One record of a dataset as read: where it came from, the policy if it could be read, and the problems found in
 * its bytes (and, from {@link PolicyJson#validateDataset(java.nio.file.Path, java.util.Locale)}, in the policy).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param source  the file, and the line or array position, the record came from, such as
 *                {@code policies.jsonl:12}, not null
 * @param policy  the policy, null if the record has format errors
 * @param report  the problems found in the record, each naming the source, not null
 * @param id  the policy's id as read, also from a record with format errors elsewhere; null if it has none or it
 *            could not be read
 * @param line  the line of its file the record starts on, for a record of a JSON Lines or JSON array file; null for a
 *              file that holds one document
 */
public record DatasetRecord(String source, @Nullable Policy policy, ValidationReport report, @Nullable PolicyId id,
        @Nullable Long line) {

    /**
     * Creates a record.
     *
     * @param source  the source, not null
     * @param policy  the policy, null if the record could not be read
     * @param report  the problems, not null
     * @param id  the policy's id as read, null if not known
     * @param line  the line the record starts on, null for a file that holds one document
     */
    public DatasetRecord {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(report, "report");
    }

    /**
     * Creates a record, taking the id from the policy, of a file that holds one document.
     *
     * @param source  the source, not null
     * @param policy  the policy, null if the record could not be read
     * @param report  the problems, not null
     */
    public DatasetRecord(String source, @Nullable Policy policy, ValidationReport report) {
        this(source, policy, report, policy == null ? null : policy.id(), null);
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

    /**
     * Returns the line of its file the record starts on.
     *
     * @return the line, empty for a file that holds one document
     */
    public OptionalLong startLine() {
        return line == null ? OptionalLong.empty() : OptionalLong.of(line);
    }
}
