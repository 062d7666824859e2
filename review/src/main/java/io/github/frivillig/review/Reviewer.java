package io.github.frivillig.review;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;

import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.validation.ValidationReport;
import io.github.frivillig.core.validation.Violation;
import io.github.frivillig.examples.SeedDataset;
import io.github.frivillig.json.DatasetRecord;
import io.github.frivillig.json.PolicyJson;

/**
 * Validates documents and reads datasets for the pages and the API, at most {@link ReviewProperties#permits()} at a
 * time, every body bounded by {@link ReviewProperties#maxRequestSize()}. Nothing is kept once the answer is made.
 */
@Service
public class Reviewer {

    /** The format codes of a body that is not JSON at all, answered with 400 rather than 422. */
    static final Set<String> NOT_JSON = Set.of("format.syntax", "format.empty", "format.invalid-text");

    private final PolicyJson json = PolicyJson.standard();
    private final ReviewProperties properties;
    private final Semaphore permits;
    private final List<Policy> demo;

    /**
     * Creates the reviewer, reading the bundled dataset once.
     *
     * @param properties  the limits
     */
    public Reviewer(ReviewProperties properties) {
        this.properties = properties;
        // Not fair: a fair semaphore hands permits over in order, at the cost of a thread switch each time.
        this.permits = new Semaphore(properties.permits());
        this.demo = SeedDataset.policies();
    }

    /**
     * Returns the largest body accepted.
     *
     * @return the limit in bytes
     */
    public long maxRequestBytes() {
        return properties.maxRequestSize().toBytes();
    }

    /**
     * Validates one document as it streams in.
     *
     * @param body  the request body, read to its end but not closed
     * @param locale  the language of the messages
     * @return the report
     * @throws RequestTooLargeException if the body is over the limit
     * @throws BusyException if no permit came in time
     */
    public ValidationReport validate(InputStream body, Locale locale) {
        BodyLimit limited = new BodyLimit(body, maxRequestBytes());
        return bounded(limited, () -> json.validate(limited, locale));
    }

    /**
     * Validates one document held in memory.
     *
     * @param body  the document's bytes, within the limit
     * @param locale  the language of the messages
     * @return the report
     * @throws BusyException if no permit came in time
     */
    public ValidationReport validate(byte[] body, Locale locale) {
        return bounded(null, () -> json.validate(body, locale));
    }

    /**
     * Validates every record of a dataset as it streams in: one policy, a JSON array or JSON Lines.
     *
     * @param body  the request body, not closed
     * @param name  the name the records' sources are given
     * @param locale  the language of the messages
     * @return the records' reports in one report, each violation naming its record
     * @throws RequestTooLargeException if the body is over the limit
     * @throws BusyException if no permit came in time
     */
    public ValidationReport validateDataset(InputStream body, String name, Locale locale) {
        Dataset dataset = readDataset(List.of(new Upload(name, body)), locale);
        List<Violation> violations = new ArrayList<>();
        dataset.records().forEach(record -> violations.addAll(record.report().violations()));
        return ValidationReport.of(violations);
    }

    /**
     * Reads and validates one document held in memory, for the report page, which shows excerpts of it.
     *
     * @param bytes  the document
     * @param locale  the language of the messages
     * @return the policy if it could be read, and the report
     * @throws BusyException if no permit came in time
     */
    public PolicyJson.Result review(byte[] bytes, Locale locale) {
        return bounded(null, () -> json.readAndValidate(bytes, locale));
    }

    /**
     * Reads and validates the records of uploaded datasets.
     *
     * @param uploads  the files, each a policy, a JSON array or JSON Lines
     * @param locale  the language of the messages
     * @return every record with its report
     * @throws RequestTooLargeException if the uploads are over the limit
     * @throws BusyException if no permit came in time
     */
    public Dataset readDataset(List<Upload> uploads, Locale locale) {
        BodyLimit[] limited = new BodyLimit[1];
        return bounded(null, () -> {
            List<DatasetRecord> records = new ArrayList<>();
            long remaining = maxRequestBytes();
            for (Upload upload : uploads) {
                limited[0] = new BodyLimit(upload.body(), remaining);
                try (Stream<DatasetRecord> stream = json.validateDataset(limited[0], upload.name(), locale)) {
                    stream.forEach(records::add);
                } catch (UncheckedIOException e) {
                    if (limited[0].exceeded()) {
                        throw new RequestTooLargeException(maxRequestBytes());
                    }
                    throw e;
                }
            }
            return new Dataset(records);
        });
    }

    /**
     * Returns the bundled dataset, the demo.
     *
     * @return the policies, read once at start
     */
    public List<Policy> demo() {
        return demo;
    }

    /** Runs a task holding a permit, and turns a body that went past the limit into its exception. */
    private <T> T bounded(BodyLimit limited, Supplier<T> task) {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(properties.queueTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BusyException();
        }
        if (!acquired) {
            throw new BusyException();
        }
        try {
            T result = task.get();
            if (limited != null && limited.exceeded()) {
                throw new RequestTooLargeException(maxRequestBytes());
            }
            return result;
        } catch (UncheckedIOException e) {
            if (limited != null && limited.exceeded()) {
                throw new RequestTooLargeException(maxRequestBytes());
            }
            throw e;
        } finally {
            permits.release();
        }
    }

    /**
     * One uploaded file.
     *
     * @param name  its name, as the browser gave it
     * @param body  its bytes
     */
    public record Upload(String name, InputStream body) {
    }

    /**
     * The records of a dataset with their reports.
     *
     * @param records  every record, in the order read
     */
    public record Dataset(List<DatasetRecord> records) {

        /**
         * Returns the policies without errors, those that are compared.
         *
         * @return the valid policies
         */
        public List<Policy> validPolicies() {
            return records.stream().filter(r -> r.isRead() && r.report().errors().isEmpty())
                    .map(DatasetRecord::policy).toList();
        }

        /**
         * Returns the records that are left out of the comparison: those that could not be read or have errors.
         *
         * @return the skipped records
         */
        public List<DatasetRecord> skipped() {
            return records.stream().filter(r -> !r.isRead() || !r.report().errors().isEmpty()).toList();
        }
    }

}
