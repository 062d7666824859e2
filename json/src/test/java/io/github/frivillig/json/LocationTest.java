package io.github.frivillig.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import io.github.frivillig.core.dialogue.DialogueInput;
import io.github.frivillig.test.PolicyGenerator;
import io.github.frivillig.core.policy.Measure;
import io.github.frivillig.core.policy.Policy;
import io.github.frivillig.core.validation.SourceLocation;
import io.github.frivillig.core.validation.ValidationReport;
import io.github.frivillig.core.validation.Violation;
import io.github.frivillig.core.value.LocalId;

/** Problems the validator finds in a policy are located in the bytes it was read from. */
class LocationTest {

    private static final PolicyJson PRETTY = PolicyJson.builder().prettyPrint().build();

    @Test
    void locatesEachProblemAtTheKeyOfItsValueOrAtTheNearestEnclosingValue() {
        Policy generated = PolicyGenerator.generate(11, 6);
        List<Measure> measures = new ArrayList<>(generated.measures());
        measures.set(1, measures.get(1).toBuilder().id(LocalId.of("Bad Id")).build());
        measures.set(4, measures.get(4).toBuilder().title(null).build());
        List<DialogueInput> inputs = new ArrayList<>(generated.inputs());
        inputs.set(3, inputs.get(3).toBuilder().event(LocalId.of("no-such-event")).build());
        Policy policy = generated.toBuilder().measures(measures).inputs(inputs).build();
        String text = PRETTY.write(policy);

        ValidationReport report = PRETTY.validate(text, Locale.ENGLISH);

        Violation malformed = only(report, "id.malformed");
        assertThat(malformed.pointer()).isEqualTo("/measures/1/id");
        assertThat(malformed.location()).contains(locationOf(text, "\"id\": \"Bad Id\""));
        Violation unknown = only(report, "reference.unknown-event");
        assertThat(unknown.pointer()).isEqualTo("/inputs/3/event");
        assertThat(unknown.location()).contains(locationOf(text, "\"event\": \"no-such-event\""));
        Violation required = report.withCode("required").stream()
                .filter(violation -> violation.pointer().equals("/measures/4/title")).findFirst().orElseThrow();
        int measure4 = nthOccurrence(text, "\"id\": \"measure-4\"", 1);
        assertThat(required.location()).contains(locationAt(text, text.lastIndexOf('{', measure4)));
        assertThat(report.violations()).allSatisfy(violation -> assertThat(violation.location()).isPresent());
    }

    @Test
    void pointsAtTheDocumentsElementWhenTheReaderLeftAnEarlierOneOut() {
        String text = PRETTY.write(withMeasureId(PolicyGenerator.generate(13, 4), 1, "Bad Id"));
        int list = text.indexOf("\"measures\": [");
        assertThat(list).isNotNegative();
        // A null element before the bad one, which the reader reports and leaves out of the policy's list.
        String broken = text.substring(0, list) + "\"measures\": [null, " + text.substring(list + 13);

        ValidationReport report = PRETTY.validate(broken, Locale.ENGLISH);

        assertThat(only(report, "format.wrong-type").pointer()).isEqualTo("/measures/0");
        Violation malformed = only(report, "id.malformed");
        assertThat(malformed.pointer()).isEqualTo("/measures/2/id");
        assertThat(malformed.location()).contains(locationOf(broken, "\"id\": \"Bad Id\""));
    }

    @Test
    void pointsAtTheDocumentsElementWhenSeveralWereLeftOut() {
        String compact = PolicyJson.standard().write(withMeasureId(PolicyGenerator.generate(14, 4), 2, "Bad Id"));
        // Two elements left out before the bad one, of two kinds: a null and an object of the wrong type.
        String broken = compact.replace("\"measures\":[", "\"measures\":[[],");
        int second = broken.indexOf("},{", broken.indexOf("\"measures\":["));
        broken = broken.substring(0, second + 2) + "7," + broken.substring(second + 2);

        ValidationReport report = PolicyJson.standard().validate(broken, Locale.ENGLISH);

        assertThat(report.withCode("format.wrong-type")).extracting(Violation::pointer)
                .containsExactly("/measures/0", "/measures/2");
        Violation malformed = only(report, "id.malformed");
        assertThat(malformed.pointer()).isEqualTo("/measures/4/id");
        assertThat(malformed.location()).contains(locationOf(broken, "\"id\":\"Bad Id\""));
    }

    @Test
    void locatesProblemsInACompactDocumentByTheirColumnInBytes() {
        String text = PolicyJson.standard().write(withMeasureId(PolicyGenerator.generate(12, 3), 2, "Also bad"));

        Violation malformed = only(PolicyJson.standard().validate(text, Locale.ENGLISH), "id.malformed");

        assertThat(malformed.location()).contains(locationOf(text, "\"id\":\"Also bad\""));
    }

    /** The policy with another id for its measure at an index. */
    private static Policy withMeasureId(Policy policy, int index, String id) {
        List<Measure> measures = new ArrayList<>(policy.measures());
        measures.set(index, measures.get(index).toBuilder().id(LocalId.of(id)).build());
        return policy.toBuilder().measures(measures).build();
    }

    private static Violation only(ValidationReport report, String code) {
        assertThat(report.withCode(code)).hasSize(1);
        return report.withCode(code).get(0);
    }

    private static SourceLocation locationOf(String text, String fragment) {
        int index = text.indexOf(fragment);
        assertThat(index).as(fragment).isNotNegative();
        return locationAt(text, index);
    }

    private static int nthOccurrence(String text, String fragment, int n) {
        int index = -1;
        for (int i = 0; i < n; i++) {
            index = text.indexOf(fragment, index + 1);
        }
        return index;
    }

    private static SourceLocation locationAt(String text, int index) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        // Columns count bytes: the document is read from its UTF-8 bytes.
        return SourceLocation.of(line, text.substring(lineStart, index).getBytes(StandardCharsets.UTF_8).length + 1);
    }
}
