package io.github.frivillig.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import io.github.frivillig.core.dialogue.DialogueInput;
import io.github.frivillig.test.PolicyGenerator;
import io.github.frivillig.core.policy.Measure;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.validation.PolicyValidator;
import io.github.frivillig.core.validation.Violation;
import io.github.frivillig.core.value.LocalId;
import io.github.frivillig.json.PolicyJson;
import io.github.frivillig.json.ReadLimits;

/** Locating with the landmarks of the first reading finds the same places as reading the whole document again. */
class LocatorTest {

    private static final DocumentReader READER = new DocumentReader(ReadLimits.defaults(), false);
    private static final PolicyValidator VALIDATOR = PolicyValidator.create();

    @Test
    void findsTheSameLocationsWithLandmarksAsByReadingEverything() {
        PolicyJson compact = PolicyJson.standard();
        PolicyJson pretty = PolicyJson.builder().prettyPrint().build();
        int located = 0;
        for (long seed = 0; seed < 150; seed++) {
            Policy policy = broken(PolicyGenerator.generate(seed), new SplittableRandom(seed));
            for (PolicyJson json : List.of(compact, pretty)) {
                String text = json.write(policy);
                for (String document : List.of(text, "\ufeff" + text, "\n\n  " + text.replace("\n", "\r\n"))) {
                    byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
                    DocumentReader.Parsed parsed = READER.parse(bytes, 0, bytes.length, Locale.ENGLISH);
                    assertThat(parsed.problems().violations()).isEmpty();
                    List<Violation> violations = VALIDATOR.validate(parsed.policy()).violations();

                    List<Violation> withLandmarks = Locator.locate(READER.factory(), bytes, violations,
                            parsed.landmarks());

                    assertThat(withLandmarks).as("seed %d", seed)
                            .isEqualTo(Locator.locate(READER.factory(), bytes, violations, null));
                    located += (int) withLandmarks.stream().filter(v -> v.location().isPresent()).count();
                }
            }
        }
        assertThat(located).isGreaterThan(1000);
    }

    /** Breaks a few measures and inputs: malformed ids, missing titles and unknown references. */
    private static Policy broken(Policy policy, SplittableRandom random) {
        List<Measure> measures = new ArrayList<>(policy.measures());
        for (int i = 0; i < measures.size(); i++) {
            switch (random.nextInt(4)) {
                case 0 -> measures.set(i, measures.get(i).toBuilder().id(LocalId.of("Measure " + i)).build());
                case 1 -> measures.set(i, measures.get(i).toBuilder().title(null).build());
                default -> {
                }
            }
        }
        List<DialogueInput> inputs = new ArrayList<>(policy.inputs());
        for (int i = 0; i < inputs.size(); i++) {
            if (random.nextInt(3) == 0) {
                inputs.set(i, inputs.get(i).toBuilder().event(LocalId.of("no-such-event")).build());
            }
        }
        return policy.toBuilder().measures(measures).inputs(inputs).owner(random.nextBoolean() ? null
                : LocalId.of("no-such-owner")).title(random.nextInt(5) == 0 ? null : policy.title()).build();
    }
}
