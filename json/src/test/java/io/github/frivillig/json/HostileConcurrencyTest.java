package io.github.frivillig.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import io.github.frivillig.test.PolicyGenerator;
import io.github.frivillig.core.fixtures.SeedPolicies;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.validation.PolicyValidator;
import io.github.frivillig.core.validation.ValidationReport;

/**
 * One PolicyValidator, one PolicyJson and one JsonMapper with the FrivilligModule, each shared by 8 threads that
 * read, validate and write thousands of mixed documents (valid, invalid, malformed, hostile) in five languages,
 * give exactly the results that one thread gets.
 */
class HostileConcurrencyTest {

    private static final int THREADS = 8;
    private static final int TASKS_PER_THREAD = 250;
    private static final List<Locale> LANGUAGES = Stream.of("en", "nb", "nn", "da", "sv")
            .map(Locale::forLanguageTag).toList();

    /** The documents: seeds, generated policies, generated policies made invalid, and the malformed corpus. */
    private static List<byte[]> documents() {
        PolicyJson writer = PolicyJson.standard();
        List<byte[]> documents = new ArrayList<>();
        SeedPolicies.all().forEach(policy -> documents.add(writer.writeBytes(policy)));
        for (long seed = 0; seed < 60; seed++) {
            Policy policy = PolicyGenerator.generate(seed);
            documents.add(writer.writeBytes(policy));
            Policy invalid = policy.toBuilder().language("${1+1}").owner(io.github.frivillig.core.value.LocalId
                    .of("nobody")).addContact(io.github.frivillig.core.value.Person.builder().name("Mette Wang")
                    .email("mette at example").build()).build();
            documents.add(writer.writeBytes(invalid));
        }
        try (Stream<Path> files = Files.walk(HostileSyntaxTest.resource("malformed"))) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                documents.add(Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return documents;
    }

    /** Everything the three shared objects say about one document, as text to compare. */
    private static String describe(byte[] document, Locale language, PolicyJson json, PolicyValidator validator,
            JsonMapper mapper) {
        StringBuilder out = new StringBuilder();
        ValidationReport report = json.validate(document, language);
        report.violations().forEach(v -> out.append(v.code()).append(' ').append(v.pointer()).append(' ')
                .append(v.location().orElse(null)).append(' ').append(v.message()).append(' ')
                .append(v.offendingValue().orElse("")).append('\n'));
        try {
            Policy policy = json.read(document);
            out.append("read\n").append(validator.validate(policy, language).violations().stream()
                    .map(v -> v.code() + " " + v.pointer() + " " + v.message()).toList()).append('\n');
            out.append(json.write(policy).equals(mapper.writeValueAsString(policy))).append('\n');
            out.append(mapper.readValue(document, Policy.class).equals(policy)).append('\n');
        } catch (PolicyFormatException e) {
            out.append("format problems: ").append(e.report().errors().size()).append('\n');
        }
        return out.toString();
    }

    @Test
    void sharedInstancesGiveTheSameResultsOnManyThreadsAsOnOne() throws Exception {
        List<byte[]> documents = documents();
        List<String> expected = new ArrayList<>();
        PolicyJson alone = PolicyJson.builder().build();
        PolicyValidator aloneValidator = PolicyValidator.create();
        JsonMapper aloneMapper = JsonMapper.builder().addModule(new FrivilligModule()).build();
        for (int i = 0; i < documents.size(); i++) {
            expected.add(describe(documents.get(i), LANGUAGES.get(i % LANGUAGES.size()), alone, aloneValidator,
                    aloneMapper));
        }

        // Fresh instances, first used by many threads at once.
        PolicyJson json = PolicyJson.builder().build();
        PolicyValidator validator = PolicyValidator.create();
        JsonMapper mapper = JsonMapper.builder().addModule(new FrivilligModule()).build();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<String>>> mismatches = new ArrayList<>();
        try {
            for (int thread = 0; thread < THREADS; thread++) {
                Random random = new Random(thread);
                List<Integer> order = new ArrayList<>();
                for (int task = 0; task < TASKS_PER_THREAD; task++) {
                    order.add(random.nextInt(documents.size()));
                }
                Function<Integer, String> run = i -> describe(documents.get(i), LANGUAGES.get(i % LANGUAGES.size()),
                        json, validator, mapper);
                mismatches.add(pool.submit(() -> {
                    start.await();
                    List<String> wrong = new ArrayList<>();
                    for (int i : order) {
                        if (!run.apply(i).equals(expected.get(i))) {
                            wrong.add("document " + i);
                        }
                    }
                    return wrong;
                }));
            }
            start.countDown();
            List<String> wrong = new ArrayList<>();
            for (Future<List<String>> future : mismatches) {
                wrong.addAll(future.get(5, TimeUnit.MINUTES));
            }
            assertThat(wrong).isEqualTo(Collections.emptyList());
        } finally {
            pool.shutdownNow();
        }
        assertThat(documents.size() * 1L).isGreaterThan(400);
        assertThat(expected).anyMatch(text -> text.startsWith("format.")).anyMatch(text -> text.contains("read\n"));
    }
}
