package io.github.frivillig.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.frivillig.core.dialogue.DialogueEvent;
import io.github.frivillig.core.dialogue.DialogueInput;
import io.github.frivillig.core.municipality.Municipality;
import io.github.frivillig.core.organisation.Organisation;
import io.github.frivillig.core.policy.Decision;
import io.github.frivillig.core.policy.DecisionKind;
import io.github.frivillig.core.policy.Measure;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.validation.PolicyValidator;
import io.github.frivillig.core.value.LocalId;
import io.github.frivillig.json.PolicyJson;
import io.github.frivillig.test.PolicyGenerator;

/**
 * The benchmarks' data, generated deterministically from fixed seeds: the same policies, and so the same bytes,
 * in every run and on every machine.
 */
public final class Documents {

    /** The seed of every generated document. */
    public static final long SEED = 20_260_623L;

    /** A clock on the day the generated policies are valid on, so that validation never depends on today. */
    public static final Clock CLOCK = Clock.fixed(PolicyGenerator.LATEST_DATE.atStartOfDay(ZoneOffset.UTC).toInstant(),
            ZoneOffset.UTC);

    /** The document sizes the benchmarks take as a parameter. */
    public static final String SMALL = "1KB";
    /** About 50 KB of JSON. */
    public static final String MEDIUM = "50KB";
    /** About 1 MB of JSON. */
    public static final String LARGE = "1MB";

    // Elements per collection giving about 50 KB and 1 MB of JSON with this seed.
    private static final int MEDIUM_ELEMENTS = 13;
    private static final int LARGE_ELEMENTS = 260;

    private Documents() {
    }

    /**
     * Returns the validator the benchmarks use: the default one, with a fixed clock.
     *
     * @return a new validator, not null
     */
    public static PolicyValidator validator() {
        return PolicyValidator.builder().clock(CLOCK).build();
    }

    /**
     * Returns the {@code PolicyJson} the benchmarks use: the standard options, with {@link #validator()}.
     *
     * @return a new instance, not null
     */
    public static PolicyJson json() {
        return PolicyJson.builder().validator(validator()).build();
    }

    /**
     * Generates the policy of a size.
     *
     * @param size  {@link #SMALL}, {@link #MEDIUM} or {@link #LARGE}
     * @return the policy, valid, not null
     */
    public static Policy policy(String size) {
        switch (size) {
            case SMALL:
                return small(SEED);
            case MEDIUM:
                return PolicyGenerator.generate(SEED, MEDIUM_ELEMENTS);
            case LARGE:
                return PolicyGenerator.generate(SEED, LARGE_ELEMENTS);
            default:
                throw new IllegalArgumentException("Unknown size '" + size + "'");
        }
    }

    /**
     * Returns the JSON of the policy of a size.
     *
     * @param size  {@link #SMALL}, {@link #MEDIUM} or {@link #LARGE}
     * @return the UTF-8 bytes, not null
     */
    public static byte[] bytes(String size) {
        return PolicyJson.standard().writeBytes(policy(size));
    }

    /**
     * Breaks one element in ten: every tenth measure gets a malformed id (a field rule) and every tenth input a
     * reference to an event that does not exist (a document rule).
     *
     * @param policy  the policy, not null
     * @return the broken policy, not null
     */
    public static Policy withInvalidElements(Policy policy) {
        List<Measure> measures = new ArrayList<>(policy.measures());
        for (int i = 0; i < measures.size(); i += 10) {
            measures.set(i, measures.get(i).toBuilder().id(LocalId.of("Measure " + i)).build());
        }
        List<DialogueInput> inputs = new ArrayList<>(policy.inputs());
        for (int i = 5; i < inputs.size(); i += 10) {
            inputs.set(i, inputs.get(i).toBuilder().event(LocalId.of("no-such-event-" + i)).build());
        }
        return policy.toBuilder().measures(measures).inputs(inputs).build();
    }

    /** The number of policies in the dataset that B3 and B8 read. */
    public static final int DATASET_RECORDS = 200;

    /**
     * Writes the dataset that B3 and B8 read, {@value #DATASET_RECORDS} policies as JSON Lines, to a file in a new
     * temporary directory.
     *
     * @return the file, not null
     * @throws IOException if it cannot be written
     */
    public static Path temporaryDataset() throws IOException {
        Path file = Files.createTempDirectory("frivillig-benchmark").resolve("dataset.jsonl");
        writeJsonLines(file, DATASET_RECORDS);
        return file;
    }

    /**
     * Deletes a dataset written by {@link #temporaryDataset()}, and its directory.
     *
     * @param file  the file, not null
     * @throws IOException if it cannot be deleted
     */
    public static void deleteTemporaryDataset(Path file) throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(file.getParent());
    }

    /**
     * Writes a JSON Lines dataset of generated policies of mixed sizes, one compact document a line.
     *
     * @param file  the file to write, not null
     * @param records  the number of policies
     */
    public static void writeJsonLines(Path file, int records) {
        try (OutputStream out = Files.newOutputStream(file)) {
            PolicyJson.standard().writeDataset(
                    java.util.stream.LongStream.range(0, records).mapToObj(i -> PolicyGenerator.generate(SEED + i))
                            .iterator(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Generates a small policy, about 1.5 KB of JSON: a generated policy cut down to one principle, measure,
     * organisation and event, and the decisions, still valid.
     *
     * @param seed  the seed
     * @return the policy, not null
     */
    public static Policy small(long seed) {
        Policy policy = PolicyGenerator.generate(seed, 1);
        Organisation organisation = policy.organisations().get(0).toBuilder().description(null).icnpo(List.of())
                .extensions(Map.of()).build();
        Measure measure = policy.measures().get(0).toBuilder().description(null).period(null).budget(null)
                .part(null).funding(List.of())
                .respondsTo(List.of())
                .responsible(List.of(organisation.id())).partners(List.of()).indicators(List.of())
                .extensions(Map.of()).build();
        DialogueEvent event = policy.events().get(0).toBuilder().title(null).description(null).place(null)
                .speakers(List.of()).participation(null).guidingQuestions(List.of()).summary(null).audience(List.of())
                .occurrences(null).registration(null).responseDeadline(null).responseChannels(List.of())
                .references(List.of())
                .organisers(List.of(organisation.id())).facilitators(List.of()).extensions(Map.of()).build();
        List<Decision> decisions = policy.decisions().stream()
                .filter(decision -> decision.kind() == DecisionKind.ADOPTION || decision.kind() == DecisionKind.MANDATE)
                .map(decision -> decision.toBuilder().resolution(null).note(null).url(null).references(List.of())
                        .vote(null).parts(List.of()).build())
                .toList();
        return policy.toBuilder()
                .decisions(decisions)
                .municipality(Municipality.of(policy.municipality().country(), policy.municipality().code(),
                        policy.municipality().name()))
                .purpose(null).vision(null).followUp(null).scope(null)
                .statutoryRoles(List.of()).references(List.of()).parts(List.of()).parties(List.of())
                .relatedPolicies(List.of())
                .foundations(List.of())
                .principles(List.of(policy.principles().get(0).toBuilder().statement(null).section(null).part(null)
                        .frameworkLinks(List.of()).extensions(Map.of()).build()))
                .measures(List.of(measure))
                .organisations(List.of(organisation))
                .referenceGroups(List.of())
                .events(List.of(event))
                .inputs(List.of())
                .contacts(List.of())
                .sources(List.of())
                .extensions(Map.of())
                .build();
    }
}
