package io.github.frivillig.json;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.core.util.ByteArrayBuilder;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.validation.PolicyValidator;
import io.github.frivillig.core.validation.SourceLocation;
import io.github.frivillig.core.validation.ValidationReport;
import io.github.frivillig.core.validation.Violation;
import io.github.frivillig.json.internal.DatasetReader;
import io.github.frivillig.json.internal.DocumentReader;
import io.github.frivillig.json.internal.Locator;
import io.github.frivillig.json.internal.PolicyWriter;
import io.github.frivillig.json.internal.ReportFormat;

/**
 * Reads, writes and validates policies in the Frivillig JSON format, and streams datasets of many policies.
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

    // Located problems by line and column; those without a place (past what could be re-read) after them, in
    // the order they came. The sort is stable, so problems at one place keep the order they were found in.
    private static final Comparator<Violation> IN_THE_BYTES = Comparator.comparing(
            (Violation violation) -> violation.location().orElse(null),
            Comparator.nullsLast(Comparator.comparingLong(SourceLocation::line)
                    .thenComparingLong(SourceLocation::column)));

    /** The validation problems that say something is empty, which a value left out for a format problem causes. */
    private static final Set<String> EMPTIED_BY_LEFT_OUT_VALUES = Set.of("text.empty", "principle.no-text",
            "foundation.unnamed", "count.value-missing");

    private final DocumentReader reader;
    private final Locale locale;
    private final boolean prettyPrint;
    private final int datasetThreads;
    // Built on first validation: reading and writing need no validator, and building one bootstraps Hibernate
    // Validator, which takes a good part of a second.
    private final Supplier<PolicyValidator> validator;

    private PolicyJson(Builder builder) {
        this.reader = new DocumentReader(builder.limits, builder.lenient);
        this.locale = builder.locale;
        this.prettyPrint = builder.prettyPrint;
        this.datasetThreads = builder.datasetThreads;
        PolicyValidator given = builder.validator;
        Locale validatorLocale = builder.locale;
        this.validator = given != null ? () -> given : new Lazy<>(() -> PolicyValidator.builder()
                .locale(validatorLocale).build());
    }

    /** A value computed on first use, once, safely when used from several threads. */
    private static final class Lazy<T> implements Supplier<T> {
        private final Supplier<T> computation;
        private volatile T value;

        Lazy(Supplier<T> computation) {
            this.computation = computation;
        }

        @Override
        public T get() {
            T result = value;
            if (result == null) {
                synchronized (this) {
                    result = value;
                    if (result == null) {
                        result = computation.get();
                        value = result;
                    }
                }
            }
            return result;
        }
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
        Objects.requireNonNull(path, "path");
        return orThrow(parseFile(path, locale), path.toString());
    }

    /**
     * Reads a policy document from a stream, which is not closed. The stream is read to its end, or as far as
     * needed to find that it does not hold a policy document within the {@linkplain ReadLimits limits}: it is
     * never held in memory as a whole.
     *
     * @param in  the stream, not null
     * @return the policy, not null
     * @throws PolicyFormatException if the bytes are not a policy document in the Frivillig format
     * @throws UncheckedIOException if the stream cannot be read
     */
    public Policy read(InputStream in) {
        Objects.requireNonNull(in, "in");
        return orThrow(parseStream(in, locale), null);
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
        Objects.requireNonNull(json, "json");
        return orThrow(reader.parse(json, 0, json.length, locale, false), null);
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
        // The file is read as a stream, and a second time only to locate validation problems, if there are any.
        return check(parseFile(path, locale), locale, model -> Locator.locate(() -> {
            try {
                return reader.factory().createParser(ObjectReadContext.empty(), Files.newInputStream(path));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + path, e);
            }
        }, model)).report();
    }

    /**
     * Validates a policy document read from a stream, which is not closed. The stream is read to its end, or as
     * far as needed to find that it does not hold a policy document within the {@linkplain ReadLimits limits}. To
     * locate validation problems, the first 16 MiB of the stream are kept in memory; the validation problems of a
     * longer document are reported without line and column (those of its format problems keep theirs).
     *
     * @param in  the stream, not null
     * @param locale  the language of the messages, not null
     * @return every problem found, not null
     * @throws UncheckedIOException if the stream cannot be read
     */
    public ValidationReport validate(InputStream in, Locale locale) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(locale, "locale");
        // What the parser read is kept to locate validation problems: the whole document when it could be read,
        // only as much as it took to reject it otherwise.
        CopyingInputStream copying = new CopyingInputStream(in);
        DocumentReader.Parsed parsed = parseStream(copying, locale);
        return check(parsed, locale, model -> Locator.locate(
                () -> reader.factory().createParser(ObjectReadContext.empty(), copying.copy()), model)).report();
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
        return check(parsed, locale, model -> Locator.locate(reader.factory(), json, model, parsed.landmarks()));
    }

    /**
     * Adds the validation problems of a parsed policy to its format problems.
     *
     * @param locator  adds to validation problems their line and column in the document's bytes
     */
    private Result check(DocumentReader.Parsed parsed, Locale locale,
            UnaryOperator<List<Violation>> locator) {
        List<Violation> all = new ArrayList<>(parsed.problems().violations());
        if (parsed.policy() != null) {
            Set<String> formatPointers = new HashSet<>();
            for (Violation violation : all) {
                formatPointers.add(violation.pointer());
            }
            List<Violation> model = new ArrayList<>();
            for (Violation violation : validator.get().validate(parsed.policy(), locale).violations()) {
                // Where the reader left elements out of a list, the policy's indices are not the document's.
                violation = parsed.problems().inDocument(violation);
                if (!followsFromFormatProblem(violation, formatPointers)) {
                    model.add(violation);
                }
            }
            all.addAll(locator.apply(model));
            // One list in the order of the bytes, so that a reader of the report goes through the file once.
            all.sort(IN_THE_BYTES);
        }
        return new Result(parsed.policyWithoutErrors(), ValidationReport.of(all));
    }

    /**
     * Tells whether a validation problem only repeats a format problem: it is at or below the place of one (a
     * required value whose code was unknown), or it says that something is empty because a value inside it had a
     * format problem and was left out (a text whose only language had a null).
     */
    private static boolean followsFromFormatProblem(Violation violation, Set<String> formatPointers) {
        // A problem of the document as a whole (a missing formatVersion) is at the root, above every value: it
        // stands only for problems of the document as a whole, not for those of the values in it.
        String pointer = violation.pointer();
        if (pointer.isEmpty()) {
            return formatPointers.contains(pointer);
        }
        for (String p = pointer; !p.isEmpty(); p = p.substring(0, p.lastIndexOf('/'))) {
            if (formatPointers.contains(p)) {
                return true;
            }
        }
        if (EMPTIED_BY_LEFT_OUT_VALUES.contains(violation.code())) {
            String below = violation.pointer() + "/";
            for (String formatPointer : formatPointers) {
                if (formatPointer.startsWith(below)) {
                    return true;
                }
            }
        }
        return false;
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
     * @param report  the format and validation problems, in the order of the bytes, not null
     */
    public record Result(@Nullable Policy policy, ValidationReport report) {

        /**
         * Returns the policy, if its bytes could be read without format errors.
         *
         * @return the policy, empty if the bytes have format errors
         */
        public Optional<Policy> policyIfRead() {
            return Optional.ofNullable(policy);
        }
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
        Objects.requireNonNull(policy, "policy");
        // Jackson's builder grows by adding blocks, where a ByteArrayOutputStream copies all it holds each time, and
        // takes its first block from the factory's pool; the generator, seeing the builder, takes the same pool's
        // buffers, as databind's writeValueAsBytes does.
        BufferRecycler recycler = reader.factory()._getBufferRecycler();
        try (ByteArrayBuilder out = new ByteArrayBuilder(recycler)) {
            try (JsonGenerator generator = reader.factory().createGenerator(writeContext(), out, JsonEncoding.UTF8)) {
                PolicyWriter.writePolicy(generator, policy);
            }
            return out.getClearAndRelease();
        } finally {
            recycler.releaseToPool();
        }
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
     * <p>
     * The document is written to a new file beside it, which then takes its place, atomically where the file
     * system can: if writing fails, the file is as it was, never half written.
     *
     * @param policy  the policy, not null
     * @param path  the file, not null
     * @throws UncheckedIOException if the file cannot be written
     * @throws IllegalArgumentException if the policy has text or nesting the reader would reject
     */
    public void write(Policy policy, Path path) {
        Objects.requireNonNull(policy, "policy");
        Path target = path.toAbsolutePath();
        Path temporary = null;
        try {
            // Not Files.createTempFile, whose owner-only permissions the document would keep.
            temporary = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                write(policy, out);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temporary = null;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + path, e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    // The write has failed already; that failure is the one to report.
                }
            }
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
            boolean any = false;
            while (policies.hasNext()) {
                PolicyWriter.writePolicy(generator, policies.next());
                any = true;
            }
            if (any) {
                generator.writeRaw('\n');
            }
        }
    }

    private JsonGenerator generator(OutputStream out) {
        return reader.factory().createGenerator(writeContext(), new UnclosedOutputStream(out), JsonEncoding.UTF8);
    }

    private ObjectWriteContext writeContext() {
        return prettyPrint ? new PrettyContext() : ObjectWriteContext.empty();
    }

    /**
     * Supplies a pretty printer that indents by two spaces with line feeds on every platform and writes
     * {@code "key": value}, as people write JSON by hand.
     */
    private static final class PrettyContext extends ObjectWriteContext.Base {
        private static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");
        private static final Separators SEPARATORS = Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER);

        @Override
        public PrettyPrinter getPrettyPrinter() {
            return new DefaultPrettyPrinter(SEPARATORS).withObjectIndenter(INDENTER).withArrayIndenter(INDENTER);
        }
    }

    // ---- datasets --------------------------------------------------------------------------------------------

    /**
     * Reads a dataset lazily: a directory of {@code .json} files, a file with a JSON array of policies, or a JSON
     * Lines file with one policy a line. The shape is detected automatically from the first bytes; a file whose first
     * line holds nothing but <code>{</code>, as a pretty-printed policy does, is read as a single policy. The stream
     * must be closed.
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
        return DatasetReader.records(reader, path, locale, DatasetReader.FORMAT, datasetThreads);
    }

    /**
     * Validates a dataset lazily, record by record: a directory of {@code .json} files, a JSON array of policies or a
     * JSON Lines file, as {@link #readDataset(Path)} reads them. Each record's report holds its format problems and
     * the problems the {@link PolicyValidator} finds in its policy, every one located by line and column in its file
     * (the validation problems of a record read from a pipe, which cannot be read again, keep none), in the order
     * of the bytes. A record's policy is given when its bytes have no format errors, whatever its validation
     * problems. The stream must be closed.
     *
     * @param path  the directory or file, not null
     * @param locale  the language of the messages, not null
     * @return the records with their reports, read and validated as the stream is consumed, not null
     * @throws UncheckedIOException if the dataset cannot be opened or read
     */
    public Stream<DatasetRecord> validateDataset(Path path, Locale locale) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(locale, "locale");
        return DatasetReader.records(reader, path, locale,
                (parsed, locator) -> check(parsed, locale, locator).report(), datasetThreads);
    }

    /**
     * Validates a dataset read from a stream, lazily, record by record: a single policy, a JSON array of policies or
     * JSON Lines, detected from the first bytes as for a file. Each record's report holds its format problems, located
     * by line and column, and the problems the {@link PolicyValidator} finds in its policy, which keep no location,
     * since a stream cannot be read again. The returned stream must be closed; closing it closes {@code in}.
     *
     * @param in  the stream, not null
     * @param name  the name the records' sources are given, such as the uploaded file's name, not null
     * @param locale  the language of the messages, not null
     * @return the records with their reports, read and validated as the stream is consumed, not null
     * @throws UncheckedIOException if the stream cannot be read
     */
    public Stream<DatasetRecord> validateDataset(InputStream in, String name, Locale locale) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(locale, "locale");
        return DatasetReader.records(reader, in, name, locale,
                (parsed, locator) -> check(parsed, locale, locator).report(), datasetThreads);
    }


    // ---- reports ---------------------------------------------------------------------------------------------

    /**
     * Writes a validation report as a JSON document, pretty-printed if this instance pretty-prints:
     * <pre>{@code
     * {"formatVersion": "1.0", "valid": false, "violations": [{"code": "municipality.unknown-code",
     *  "severity": "error", "pointer": "/municipality/code", "path": "municipality.code", "line": 4, "column": 13,
     *  "message": "…", "arguments": {"value": "9999", "country": "NO"}, "offendingValue": "9999"}]}
     * }</pre>
     * {@code line} and {@code column} are present for problems located in the bytes of a document, {@code
     * offendingValue} where there is one (personal data masked unless the validator was asked to include it),
     * {@code source} for the records of a dataset. {@link #reportSchema()} describes the shape; the {@code
     * FrivilligModule} writes reports and violations in the same shape.
     *
     * @param report  the report, not null
     * @return the JSON text, not null
     */
    public String writeReport(ValidationReport report) {
        Objects.requireNonNull(report, "report");
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + 256 * report.violations().size());
        writeReport(report, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Writes a validation report as a JSON document to a stream, which is flushed but not closed.
     *
     * @param report  the report, not null
     * @param out  the stream, not null
     * @throws UncheckedIOException if the stream cannot be written
     */
    public void writeReport(ValidationReport report, OutputStream out) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(out, "out");
        try (JsonGenerator generator = generator(out)) {
            ReportFormat.write(generator, report);
        }
    }

    /**
     * Reads a validation report written by {@link #writeReport(ValidationReport)}, or by any system that follows
     * {@link #reportSchema()}. The input limits of this instance apply.
     *
     * @param json  the JSON text, not null
     * @return the report, not null
     * @throws IllegalArgumentException if the text is not a report in that shape, naming the problem and its line
     *         and column
     */
    public ValidationReport readReport(String json) {
        Objects.requireNonNull(json, "json");
        return readReport(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Reads a validation report from a stream, which is read to the end of the report but not closed.
     *
     * @param in  the stream, not null
     * @return the report, not null
     * @throws IllegalArgumentException if the stream does not hold a report in the shape of {@link #reportSchema()},
     *         naming the problem and its line and column
     * @throws UncheckedIOException if the stream cannot be read
     */
    public ValidationReport readReport(InputStream in) {
        Objects.requireNonNull(in, "in");
        try (JsonParser parser = reader.factory().createParser(ObjectReadContext.empty(),
                new UnclosedInputStream(in))) {
            ValidationReport report = ReportFormat.readReport(parser);
            if (parser.nextToken() != null) {
                throw new IllegalArgumentException("Not a Frivillig validation report: more JSON after the report, at "
                        + parser.currentTokenLocation().getLineNr() + ":" + parser.currentTokenLocation().getColumnNr());
            }
            return report;
        } catch (JacksonException e) {
            if (e.getCause() instanceof IOException io) {
                throw new UncheckedIOException("Cannot read the report", io);
            }
            throw new IllegalArgumentException(e.getOriginalMessage() + (e.getLocation() == null ? ""
                    : ", at " + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr()), e);
        }
    }

    // ---- the schemas -----------------------------------------------------------------------------------------

    /**
     * Returns the JSON Schema (draft 2020-12) of the format's current version, as shipped in this jar. It accepts
     * documents of version 1.0 too, which are documents of version 1.1 that use none of its additions; the schema of
     * version 1.0 is in the jar beside it, as {@code policy-1.0.schema.json}.
     *
     * @return the schema, not null
     */
    public static String schema() {
        return resource("policy-1.1.schema.json");
    }

    /**
     * Returns the JSON Schema (draft 2020-12) of validation reports, those of {@link #writeReport(ValidationReport)},
     * as shipped in this jar: {@code https://frivillig.github.io/schema/report-1.0.schema.json}.
     *
     * @return the schema, not null
     */
    public static String reportSchema() {
        return resource("report-1.0.schema.json");
    }

    private static String resource(String name) {
        try (InputStream in = PolicyJson.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The JSON Schema " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the JSON Schema " + name, e);
        }
    }

    // ---- bytes -----------------------------------------------------------------------------------------------

    private DocumentReader.Parsed parseFile(Path path, Locale locale) {
        try (InputStream in = Files.newInputStream(path)) {
            return reader.parse(in, locale, 0);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }

    private DocumentReader.Parsed parseStream(InputStream in, Locale locale) {
        return reader.parse(new UnclosedInputStream(in), locale, 0);
    }

    /** Keeps Jackson from closing a caller's stream. */
    private static final class UnclosedInputStream extends FilterInputStream {
        UnclosedInputStream(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // The caller's stream stays open.
        }
    }

    /**
     * Keeps a copy of the bytes read from a caller's stream, which it does not close, to locate validation problems
     * later; but only the first {@value #MAX_COPY} bytes, so that a stream never takes more memory than that on top
     * of what the parser's limits allow.
     */
    private static final class CopyingInputStream extends FilterInputStream {
        static final int MAX_COPY = 16 * 1024 * 1024;

        private final ByteArrayOutputStream copy = new ByteArrayOutputStream(8192);
        private boolean complete = true;

        CopyingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                keep(new byte[] {(byte) b}, 0, 1);
            }
            return b;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            int n = in.read(bytes, offset, length);
            if (n > 0) {
                keep(bytes, offset, n);
            }
            return n;
        }

        private void keep(byte[] bytes, int offset, int length) {
            if (complete && copy.size() + length <= MAX_COPY) {
                copy.write(bytes, offset, length);
            } else if (complete) {
                complete = false;
                copy.reset();
            }
        }

        @Override
        public long skip(long n) throws IOException {
            // Skipped bytes are read like any others, so that the copy stays whole.
            int length = (int) Math.min(Math.max(n, 0), 8192);
            return length == 0 ? 0 : Math.max(0, read(new byte[length], 0, length));
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        @Override
        public void close() {
            // The caller's stream stays open.
        }

        /** Returns the bytes read, or none if there were more than the copy keeps. */
        byte[] copy() {
            return complete ? copy.toByteArray() : new byte[0];
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
        private int datasetThreads = 1;

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
         * Reads and validates the records of datasets on this many threads: {@code readDataset},
         * {@code readDatasetRecords} and {@code validateDataset} then parse and check each line of JSON Lines and
         * each file of a directory on {@code threads - 1} worker threads and on the thread that consumes the stream,
         * which works on a record ahead whenever the one it waits for is not ready, a few records ahead of the one
         * the stream gives; each element of a JSON array is checked there too (one parser reads the array's elements
         * in turn). The records, their policies and their reports are the same as on one thread and come in the same
         * order; memory grows with the records held ahead, at most four per thread. The workers are started for each
         * stream and stopped when it is closed. By default one thread, the one that consumes the stream, does
         * everything.
         *
         * @param threads  how many threads, at least one; {@code Runtime.getRuntime().availableProcessors()} to use
         *                 every core
         * @return this builder, not null
         * @throws IllegalArgumentException if {@code threads} is less than one
         */
        public Builder datasetThreads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("At least one thread is needed, not " + threads);
            }
            this.datasetThreads = threads;
            return this;
        }

        /**
         * Builds the instance; keep it and reuse it. Unless a validator was given, one is built on the first call to
         * {@code validate}.
         *
         * @return the instance, not null
         */
        public PolicyJson build() {
            return new PolicyJson(this);
        }
    }
}
