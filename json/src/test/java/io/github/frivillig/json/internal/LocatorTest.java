package io.github.frivillig.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;

import io.github.frivillig.core.dialogue.DialogueInput;
import io.github.frivillig.test.PolicyGenerator;
import io.github.frivillig.core.policy.Measure;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.validation.PolicyValidator;
import io.github.frivillig.core.validation.Severity;
import io.github.frivillig.core.validation.SourceLocation;
import io.github.frivillig.core.validation.Violation;
import io.github.frivillig.core.value.LocalId;
import io.github.frivillig.json.PolicyJson;
import io.github.frivillig.json.ReadLimits;

/**
 * Locating with the landmarks of the first reading finds the same places as reading the whole document again, and
 * both find what a plain reading of every token finds.
 */
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
                            .isEqualTo(Locator.locate(READER.factory(), bytes, violations, null))
                            .isEqualTo(locatedByEveryToken(bytes, violations));
                    located += (int) withLandmarks.stream().filter(v -> v.location().isPresent()).count();
                }
            }
        }
        assertThat(located).isGreaterThan(1000);
    }

    @Test
    void findsKeysThatNeedEscapingRepeatedKeysAndNestedArraysAsEveryTokenDoes() {
        String document = """
                {"formatVersion": "1.0",
                 "extensions": {"a/b": {"x": 1}, "m~n": [[0, {"y": 2}], []], "~1": true, "a/b": {"x": 3}},
                 "measures": [{"id": "m1"}, {"id": "m2", "themes": ["culture", "sport"]}],
                 "extensions": {"late": null}}
                """;
        byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
        List<Violation> violations = new ArrayList<>();
        for (String pointer : List.of("/extensions/a~1b/x", "/extensions/m~0n/0/1/y", "/extensions/m~0n/1",
                "/extensions/~01", "/measures/1/themes/1", "/measures/0/title", "/measures/5", "/extensions/late",
                "/nowhere/0", "")) {
            violations.add(Violation.builder("test.place", Severity.ERROR).pointer(pointer).path("test")
                    .message("at " + pointer).build());
        }

        List<Violation> located = Locator.locate(READER.factory(), bytes, violations, null);

        // The first of two members of the same name holds the place if it can; else the second is searched.
        assertThat(located).isEqualTo(locatedByEveryToken(bytes, violations));
        assertThat(located).extracting(v -> v.location().map(l -> l.line() + ":" + l.column()).orElse("none"))
                .containsExactly("2:25", "2:47", "2:57", "2:62", "3:64", "3:15", "3:2", "4:17", "1:1", "1:1");
    }

    /**
     * The reference: reads every token, takes its JSON Pointer from the parser, and gives each violation the
     * location of the first token at its place, or else at the nearest enclosing place found.
     */
    private static List<Violation> locatedByEveryToken(byte[] bytes, List<Violation> violations) {
        Map<String, SourceLocation> first = new HashMap<>();
        try (JsonParser parser = READER.factory().createParser(ObjectReadContext.empty(), bytes)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token != JsonToken.END_OBJECT && token != JsonToken.END_ARRAY) {
                    first.putIfAbsent(parser.streamReadContext().pathAsPointer().toString(),
                            SourceLocation.of(parser.currentTokenLocation().getLineNr(),
                                    parser.currentTokenLocation().getColumnNr()));
                }
                if (parser.streamReadContext().inRoot() && token.isStructEnd()) {
                    break;
                }
            }
        }
        List<Violation> located = new ArrayList<>();
        for (Violation violation : violations) {
            SourceLocation location = null;
            for (String pointer = violation.pointer(); location == null; ) {
                location = first.get(pointer);
                if (pointer.isEmpty()) {
                    break;
                }
                pointer = pointer.substring(0, pointer.lastIndexOf('/'));
            }
            located.add(location == null ? violation : violation.toBuilder().location(location).build());
        }
        return located;
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
