package io.github.frivillig.json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.util.ByteArrayBuilder;
import tools.jackson.core.util.DefaultPrettyPrinter;

import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.validation.PolicyValidator;
import io.github.frivillig.core.validation.Severity;
import io.github.frivillig.core.validation.SourceLocation;
import io.github.frivillig.core.validation.ValidationReport;
import io.github.frivillig.core.validation.Violation;
import io.github.frivillig.json.internal.DatasetReader;
import io.github.frivillig.json.internal.DocumentReader;
import io.github.frivillig.json.internal.Locator;
import io.github.frivillig.json.internal.PolicyWriter;
import io.github.frivillig.json.internal.Problems;

/**
 * Reads, writes and validates policies in the Frivillig JSON format, and streams datasets of many policies.
 * <p>
 * <pre>{@code
 * PolicyJson json = PolicyJson.standard();                 // build once, reuse
 * Policy policy = json.read(path);                         // PolicyFormatException on bad bytes
 * ValidationReport report = json.validate(path, locale);   // format and validation problems, one report
 * String text = json.write(policy);
 * try (Stream<Policy> all = json.readDataset(directory)) { ... }
 * }</pre>
 * <p>
 * Reading is strict by default: an unknown key is an error. In {@linkplain Builder#lenient() lenient} mode unknown
 * keys are reported as warnings and skipped; custom data belongs in {@code extensions}, which both modes keep and
 * write back unchanged. Every problem in the bytes, malformed JSON, a wrong type, an unknown key or code, a
 * duplicate key, a malformed date, an exceeded {@linkplain ReadLimits limit}, is reported with its line, column and
 * JSON Pointer, in the same {@link Violation} shape as validation problems, and with messages in the same five
 * languages.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class PolicyJson {

    private static final class Standard {
        static final PolicyJson INSTANCE = builder().build();
    }

    private final DocumentReader reader;
    private final PolicyValidator validator;
    private final Locale locale;
    private final boolean prettyPrint;

    private PolicyJson(Builder builder) {
        this.reader = new DocumentReader(builder.limits, builder.lenient);
        this.validator = builder.validator != null ? builder.validator
                : PolicyValidator.builder().locale(builder.locale).build();
        this.locale = builder.locale;
        this.prettyPrint = builder.prettyPrint;
    }

    /**
     * Returns the shared instance with the standard options: strict reading, the default limits, English messages,
     * the default validator, compact output.
     *
     * @return the standard instance, not null
     */
    public static PolicyJson standard() {
        return Standard.INSTANCE;
    }

    /**
     * Returns a builder for an instance with other options.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    // ---- reading ---------------------------------------------------------------------------------------------

    /**
     * Reads a policy document from a file.
     *
     * @param path  the file, not null
     * @return the policy, not null
     * @throws PolicyFormatException if the file is not a policy document in the Frivillig format
     * @throws UncheckedIOException if the file cannot be read
     */
    public Policy read(Path path) {
        return orThrow(parse(path, locale), path.toString());
    }

    /**
     * Reads a policy document from a stream, which is read to its end but not closed.
     *
     * @param in  the stream, not null
     * @return the policy, not null
     * @throws PolicyFormatException if the bytes are not a policy document in the Frivillig format
     * @throws UncheckedIOException if the stream cannot be read
     */
    public Policy read(InputStream in) {
        return orThrow(parse(bytes(in), locale), null);
    }

    /**
     * Reads a policy document from a string.
     *
     * @param json  the JSON text, not null
     * @return the policy, not null
     * @throws PolicyFormatException if the text is not a policy document in the Frivillig format
     */
    public Policy read(String json) {
        return read(json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a policy document from bytes, UTF-8 encoded.
     *
     * @param json  the bytes, not null
     * @return the policy, not null
     * @throws PolicyFormatException if the bytes are not a policy document in the Frivillig format
     */
    public Policy read(byte[] json) {
        return orThrow(parse(json, locale), null);
    }

    private Policy orThrow(DocumentReader.Parsed parsed, String source) {
        Policy policy = parsed.policyWithoutErrors();
        if (policy == null) {
            ValidationReport report = ValidationReport.of(parsed.problems().violations());
            throw new PolicyFormatException(source == null ? report : report.withSource(source));
        }
        return policy;
    }

    // ---- validating ------------------------------------------------------------------------------------------

    /**
     * Validates a policy document in a file: the problems in its bytes and the problems of the policy, in one
     * report, with messages in this instance's language.
     *
     * @param path  the file, not null
     * @return every problem found, not null
     * @throws UncheckedIOException if the file cannot be read
     */
    public ValidationReport validate(Path path) {
        return validate(path, locale);
    }

    /**
     * Validates a policy document in a file, with messages in a given language.
     *
     * @param path  the file, not null
     * @param locale  the language of the messages, not null
     * @return every problem found, not null
     * @throws UncheckedIOException if the file cannot be read
     */
    public ValidationReport validate(Path path, Locale locale) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(locale, "locale");
        byte[] bytes = fileBytes(path);
        if (bytes == null) {
            return ValidationReport.of(tooLarge(locale));
        }
        return validate(bytes, locale);
    }

    /**
     * Validates a policy document read from a stream, which is read to its end but not closed.
     *
     * @param in  the stream, not null
     * @param locale  the language of the messages, not null
     * @return every problem found, not null
     * @throws UncheckedIOException if the stream cannot be read
     */
    public ValidationReport validate(InputStream in, Locale locale) {
        byte[] bytes = bytes(in);
        return bytes == null ? ValidationReport.of(tooLarge(locale)) : validate(bytes, locale);
    }

    /**
     * Validates a policy document in a string.
     *
     * @param json  the JSON text, not null
     * @param locale  the language of the messages, not null
     * @return every problem found, not null
     */
    public ValidationReport validate(String json, Locale locale) {
        return validate(json.getBytes(StandardCharsets.UTF_8), locale);
    }

    /**
     * Validates a policy document in bytes: format problems (with line and column) and the problems the
     * {@link PolicyValidator} finds in the policy (located in the bytes too), in one report. A model problem
     * that only follows from a format problem, such as a required value whose code was unknown, is not reported
     * twice.
     *
     * @param json  the bytes, UTF-8 encoded, not null
     * @param locale  the language of the messages, not null
     * @return every problem found, not null
     */
    public ValidationReport validate(byte[] json, Locale locale) {
        return check(json, locale).report();
    }

    private Result check(byte[] json, Locale locale) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(locale, "locale");
        DocumentReader.Parsed parsed = reader.parse(json, 0, json.length, locale);
        List<Violation> all = new ArrayList<>(parsed.problems().violations());
        if (parsed.policy() != null) {
            Set<String> formatPointers = new HashSet<>();
            for (Violation violation : all) {
                formatPointers.add(violation.pointer());
            }
            List<Violation> model = new ArrayList<>();
            for (Violation violation : validator.validate(parsed.policy(), locale).violations()) {
                if (!followsFromFormatProblem(violation.pointer(), formatPointers)) {
                    model.add(violation);
                }
            }
            all.addAll(Locator.locate(reader.factory(), json, model, parsed.landmarks()));
        }
        return new Result(parsed.policyWithoutErrors(), ValidationReport.of(all));
    }

    private static boolean followsFromFormatProblem(String pointer, Set<String> formatPointers) {
        for (String p = pointer; ; p = p.substring(0, Math.max(0, p.lastIndexOf('/')))) {
            if (formatPointers.contains(p)) {
                return true;
            }
            if (p.isEmpty()) {
                return false;
            }
        }
    }

    /**
     * Reads and validates a policy document, returning both the policy, when its bytes could be read, and every
     * problem, in one pass over the bytes.
     *
     * @param json  the bytes, UTF-8 encoded, not null
     * @param locale  the language of the messages, not null
     * @return the result, not null
     */
    public Result readAndValidate(byte[] json, Locale locale) {
        return check(json, locale);
    }

    /**
     * A policy read from bytes together with every problem found.
     *
     * @param policy  the policy, null if its bytes have format errors
     * @param report  the format and validation problems, not null
     */
    public record Result(Policy policy, ValidationReport report) {
    }

    // ---- writing ---------------------------------------------------------------------------------------------

    /**
     * Writes a policy as a JSON document.
     *
     * @param policy  the policy, not null
     * @return the JSON text, not null
     */
    public String write(Policy policy) {
        return new String(writeBytes(policy), StandardCharsets.UTF_8);
    }

    /**
     * Writes a policy as a JSON document in UTF-8 bytes.
     *
     * @param policy  the policy, not null
     * @return the bytes, not null
     */
    public byte[] writeBytes(Policy policy) {
        // Jackson's builder grows by adding blocks, where a ByteArrayOutputStream copies all it holds each time.
        ByteArrayBuilder out = new ByteArrayBuilder();
        write(policy, out);
        return out.toByteArray();
    }

    /**
     * Writes a policy as a JSON document to a stream, which is flushed but not closed.
     *
     * @param policy  the policy, not null
     * @param out  the stream, not null
     * @throws UncheckedIOException if the stream cannot be written
     */
    public void write(Policy policy, OutputStream out) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(out, "out");
        try (JsonGenerator generator = generator(out)) {
            PolicyWriter.writePolicy(generator, policy);
        }
    }

    /**
     * Writes a policy as a JSON document to a file, replacing it.
     *
     * @param policy  the policy, not null
     * @param path  the file, not null
     * @throws UncheckedIOException if the file cannot be written
     */
    public void write(Policy policy, Path path) {
        try (OutputStream out = Files.newOutputStream(path)) {
            write(policy, out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + path, e);
        }
    }

    /**
     * Writes policies as JSON Lines, one compact document a line, to a stream, which is flushed but not closed.
     *
     * @param policies  the policies, not null
     * @param out  the stream, not null
     * @throws UncheckedIOException if the stream cannot be written
     */
    public void writeDataset(Iterator<Policy> policies, OutputStream out) {
        Objects.requireNonNull(policies, "policies");
        try (JsonGenerator generator = reader.factory().createGenerator(ObjectWriteContext.empty(),
                new UnclosedOutputStream(out), JsonEncoding.UTF8)) {
            while (policies.hasNext()) {
                PolicyWriter.writePolicy(generator, policies.next());
                generator.writeRaw('\n');
            }
        }
    }

    private JsonGenerator generator(OutputStream out) {
        ObjectWriteContext context = prettyPrint ? new PrettyContext() : ObjectWriteContext.empty();
        return reader.factory().createGenerator(context, new UnclosedOutputStream(out), JsonEncoding.UTF8);
    }

    /** Supplies Jackson's default pretty printer to generators. */
    private static final class PrettyContext extends ObjectWriteContext.Base {
        @Override
        public PrettyPrinter getPrettyPrinter() {
            return new DefaultPrettyPrinter();
        }
    }

    // ---- datasets --------------------------------------------------------------------------------------------

    /**
     * Reads a dataset lazily: a directory of {@code .json} files, a file with a JSON array of policies, or a JSON
     * Lines file with one policy a line. The shape is detected automatically. The stream must be closed.
     * <p>
     * This is fail-fast: at the first record with format errors the stream throws a {@link PolicyFormatException}
     * that names its file and line. To go on past bad records, use {@link #readDataset(Path, Consumer)}.
     *
     * @param path  the directory or file, not null
     * @return the policies, read as the stream is consumed, not null
     * @throws UncheckedIOException if the dataset cannot be opened or read
     */
    public Stream<Policy> readDataset(Path path) {
        return readDatasetRecords(path).map(record -> {
            if (!record.isRead()) {
                throw new PolicyFormatException(record.report());
            }
            return record.policy();
        });
    }

    /**
     * Reads a dataset lazily, delivering every good record and passing every bad one, with its problems, file and
     * line, to a consumer. The stream must be closed.
     *
     * @param path  the directory or file, not null
     * @param onBadRecord  receives each record that has format errors, not null
     * @return the policies of the good records, not null
     * @throws UncheckedIOException if the dataset cannot be opened or read
     */
    public Stream<Policy> readDataset(Path path, Consumer<DatasetRecord> onBadRecord) {
        Objects.requireNonNull(onBadRecord, "onBadRecord");
        return DatasetReader.policies(readDatasetRecords(path), onBadRecord);
    }

    /**
     * Reads a dataset lazily as records, each with its source, its policy if it could be read, and the problems in
     * its bytes. The stream must be closed.
     *
     * @param path  the directory or file, not null
     * @return the records, not null
     * @throws UncheckedIOException if the dataset cannot be opened or read
     */
    public Stream<DatasetRecord> readDatasetRecords(Path path) {
        Objects.requireNonNull(path, "path");
        return DatasetReader.records(reader, path, locale);
    }

    // ---- the schema ------------------------------------------------------------------------------------------

    /**
     * Returns the JSON Schema (draft 2020-12) of the format, as shipped in this jar.
     *
     * @return the schema, not null
     */
    public static String schema() {
        try (InputStream in = PolicyJson.class.getResourceAsStream("policy-1.0.schema.json")) {
            if (in == null) {
                throw new IllegalStateException("The JSON Schema is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the JSON Schema", e);
        }
    }

    // ---- bytes -----------------------------------------------------------------------------------------------

    private DocumentReader.Parsed parse(Path path, Locale locale) {
        return parse(fileBytes(path), locale);
    }

    private DocumentReader.Parsed parse(byte[] bytes, Locale locale) {
        if (bytes == null) {
            Problems problems = new Problems(locale, 1, 0);
            problems.add("format.limit", Severity.ERROR, (SourceLocation) null, "",
                    java.util.Map.of("detail", limitDetail()));
            return new DocumentReader.Parsed(null, problems);
        }
        return reader.parse(bytes, 0, bytes.length, locale);
    }

    private List<Violation> tooLarge(Locale locale) {
        Problems problems = new Problems(locale, 1, 0);
        problems.add("format.limit", Severity.ERROR, (SourceLocation) null, "", java.util.Map.of("detail", limitDetail()));
        return problems.violations();
    }

    private String limitDetail() {
        return "Document is larger than the maximum of " + reader.limits().maxDocumentBytes() + " bytes";
    }

    /** Reads a file's bytes, or returns null if it is larger than the document limit. */
    private byte[] fileBytes(Path path) {
        try {
            if (Files.size(path) > reader.limits().maxDocumentBytes()) {
                return null;
            }
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }

    /** Reads a stream to its end, or returns null as soon as it exceeds the document limit. */
    private byte[] bytes(InputStream in) {
        Objects.requireNonNull(in, "in");
        long max = reader.limits().maxDocumentBytes();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
            byte[] buffer = new byte[8192];
            long total = 0;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (total > max) {
                    return null;
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the policy document", e);
        }
    }

    /** Keeps Jackson from closing a caller's stream. */
    private static final class UnclosedOutputStream extends java.io.FilterOutputStream {
        UnclosedOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /**
     * Builds a {@link PolicyJson}.
     * <p>
     * This class is mutable and not thread-safe.
     */
    public static final class Builder {
        private boolean lenient;
        private ReadLimits limits = ReadLimits.defaults();
        private Locale locale = Locale.ENGLISH;
        private PolicyValidator validator;
        private boolean prettyPrint;

        private Builder() {
        }

        /**
         * Reports unknown keys as warnings and skips them, instead of rejecting the document.
         *
         * @return this builder, not null
         */
        public Builder lenient() {
            this.lenient = true;
            return this;
        }

        /**
         * Sets the input limits.
         *
         * @param limits  the limits, not null
         * @return this builder, not null
         */
        public Builder limits(ReadLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * Sets the language of messages when none is given to a method.
         *
         * @param locale  the language, not null
         * @return this builder, not null
         */
        public Builder locale(Locale locale) {
            this.locale = Objects.requireNonNull(locale, "locale");
            return this;
        }

        /**
         * Sets the validator {@code validate} uses; by default one with the bundled municipality register.
         *
         * @param validator  the validator, not null
         * @return this builder, not null
         */
        public Builder validator(PolicyValidator validator) {
            this.validator = Objects.requireNonNull(validator, "validator");
            return this;
        }

        /**
         * Writes documents indented over several lines instead of compactly.
         *
         * @return this builder, not null
         */
        public Builder prettyPrint() {
            this.prettyPrint = true;
            return this;
        }

        /**
         * Builds the instance. This builds a validator unless one was given; keep the result and reuse it.
         *
         * @return the instance, not null
         */
        public PolicyJson build() {
            return new PolicyJson(this);
        }
    }
}
