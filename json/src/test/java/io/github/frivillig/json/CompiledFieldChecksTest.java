package io.github.frivillig.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.github.frivillig.core.fixtures.HibernateValidatorReference;
import io.github.frivillig.core.fixtures.SeedPolicies;
import io.github.frivillig.core.municipality.MunicipalityRegister;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.policy.PolicyId;
import io.github.frivillig.core.validation.PolicyValidator;
import io.github.frivillig.core.validation.Violation;
import io.github.frivillig.test.PolicyGenerator;

/**
 * Holds {@code PolicyValidator}'s field checks, compiled from Hibernate Validator's constraint metadata, to
 * Hibernate Validator's own traversal of the whole policy: over the bundled dataset, the seed policies, generated
 * policies broken at random places, and every test document of this module that reads as a policy (the fuzz corpus
 * among them), both must report exactly the same violations, with the same codes, severities, pointers, paths,
 * messages, arguments and offending values, in every shipped language and with personal data masked or shown.
 */
class CompiledFieldChecksTest {

    private static final LocalDate TODAY = PolicyGenerator.LATEST_DATE;
    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("nb"),
            Locale.forLanguageTag("nn"), Locale.forLanguageTag("da"), Locale.forLanguageTag("sv"));
    private static final Path DATASET = Path.of("../examples/src/main/resources/io/github/frivillig/examples/dataset");
    private static final Path TEST_DOCUMENTS = Path.of("src/test/resources");
    // The codes of the field rules: the constraints on the model, which the compiled checks stand in for.
    private static final Set<String> FIELD_RULES = Set.of("required", "blank", "text.empty", "text.blank",
            "text.language-tag", "text.duplicate-language", "language-tag.malformed", "id.malformed",
            "policy-id.malformed", "organisation-identifier.format", "organisation-identifier.checksum",
            "municipality.code-format", "period.end-before-start", "email.malformed", "phone.malformed",
            "number.negative", "count.value-missing", "count.vague-with-value", "count.range-reversed",
            "amount.vague-qualifier");

    private static final PolicyJson JSON = PolicyJson.builder().lenient().build();

    @Test
    void brokenGeneratedPoliciesGiveHibernateValidatorsReports() {
        Set<String> seen = new TreeSet<>();
        int violations = 0;
        for (long seed = 0; seed < 400; seed++) {
            Policy broken = PolicyBreaker.breakAt(PolicyGenerator.generate(seed), seed, 1 + (int) (seed % 6));
            if (seed % 50 == 0) {
                // One slot among hundreds: the breaker alone seldom picks the policy's own id.
                broken = broken.toBuilder().id(PolicyId.of("Not A Policy Id")).build();
            }
            violations += assertSameReports(broken, "generated policy " + seed, seed, seen);
        }
        assertThat(violations).as("violations found in the broken policies").isGreaterThan(400);
        assertThat(seen).as("field rules the broken policies broke").containsAll(FIELD_RULES);
    }

    @Test
    void largeGeneratedPoliciesGiveHibernateValidatorsReports() {
        Set<String> seen = new TreeSet<>();
        for (long seed = 0; seed < 6; seed++) {
            Policy large = PolicyGenerator.generate(seed, 40);
            assertSameReports(large, "large generated policy " + seed, seed, seen);
            assertSameReports(PolicyBreaker.breakAt(large, seed, 30), "broken large policy " + seed, seed, seen);
        }
        assertThat(seen).isNotEmpty();
    }

    @Test
    void theBundledDatasetAndTheSeedsGiveHibernateValidatorsReports() throws IOException {
        List<Policy> policies = new ArrayList<>(SeedPolicies.all());
        try (Stream<Path> files = Files.list(DATASET)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                policies.add(JSON.read(file));
            }
        }
        assertThat(policies).hasSizeGreaterThan(40);
        Set<String> seen = new TreeSet<>();
        int violations = 0;
        long seed = 0;
        for (Policy policy : policies) {
            violations += assertSameReports(policy, policy.id().value(), seed++, seen);
        }
        // The real policies are valid, with warnings and notes of the document and register rules: compared too.
        assertThat(violations).isPositive();
    }

    @Test
    void everyTestDocumentThatReadsGivesHibernateValidatorsReports() throws IOException {
        List<Path> documents;
        try (Stream<Path> files = Files.walk(TEST_DOCUMENTS)) {
            documents = files.filter(Files::isRegularFile).sorted().toList();
        }
        Set<String> seen = new TreeSet<>();
        int read = 0;
        long seed = 0;
        for (Path document : documents) {
            Policy policy;
            try {
                policy = JSON.read(Files.readAllBytes(document));
            } catch (PolicyFormatException notAPolicy) {
                continue;
            }
            read++;
            assertSameReports(policy, document.toString(), seed++, seen);
        }
        assertThat(documents).anyMatch(path -> path.toString().contains("PolicyJsonFuzzTestInputs"));
        assertThat(read).as("test documents that read as a policy").isGreaterThan(20);
    }

    /** Validates both ways, in the seed's language and privacy option, and returns how many violations there were. */
    private static int assertSameReports(Policy policy, String what, long seed, Set<String> seen) {
        Locale locale = LANGUAGES.get((int) (seed % LANGUAGES.size()));
        boolean includePersonalData = seed % 2 == 1;
        PolicyValidator.Builder builder = PolicyValidator.builder()
                .locale(locale)
                .clock(Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        if (includePersonalData) {
            builder.includePersonalData();
        }
        List<Violation> compiled = builder.build().validate(policy).violations();
        List<Violation> reference = HibernateValidatorReference.validate(policy, locale, includePersonalData,
                MunicipalityRegister.bundled(), TODAY);
        assertThat(compiled).as("%s in %s", what, locale).containsExactlyElementsOf(reference);
        compiled.stream().map(Violation::code).filter(FIELD_RULES::contains).forEach(seen::add);
        return compiled.size();
    }
}
