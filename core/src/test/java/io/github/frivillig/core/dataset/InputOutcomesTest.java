package io.github.frivillig.core.dataset;

import static io.github.frivillig.core.fixtures.TestPolicies.id;
import static io.github.frivillig.core.fixtures.TestPolicies.text;
import static io.github.frivillig.core.fixtures.TestPolicies.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.frivillig.core.dialogue.DialogueInput;
import io.github.frivillig.core.dialogue.Disposition;
import io.github.frivillig.core.dialogue.InputKind;

/** The outcomes of inputs and their shares, with and without inputs. */
class InputOutcomesTest {

    private static InputOutcomes outcomes(Disposition... dispositions) {
        List<DialogueInput> inputs = new ArrayList<>();
        for (int i = 0; i < dispositions.length; i++) {
            inputs.add(DialogueInput.builder().id(id("input-" + i)).kind(InputKind.NEED).text(text("Behov"))
                    .disposition(dispositions[i]).build());
        }
        return InputOutcomes.of(valid().inputs(inputs).build());
    }

    @Test
    void countsEachDispositionOnce() {
        InputOutcomes outcomes = outcomes(Disposition.RECEIVED, Disposition.UNDER_CONSIDERATION, null,
                Disposition.ACCEPTED, Disposition.PARTLY_ACCEPTED, Disposition.IMPLEMENTED, Disposition.IMPLEMENTED,
                Disposition.DECLINED);

        // Received, under consideration and the one without a disposition are undecided.
        assertThat(outcomes).isEqualTo(new InputOutcomes(8, 3, 1, 1, 2, 1));
        assertThat(outcomes.decided()).isEqualTo(5);
    }

    @Test
    void sharesAreOfAllReceivedInputs() {
        InputOutcomes outcomes = outcomes(Disposition.RECEIVED, Disposition.ACCEPTED, Disposition.PARTLY_ACCEPTED,
                Disposition.IMPLEMENTED, Disposition.DECLINED, Disposition.DECLINED);

        // Accepted, partly accepted and implemented: 3 of 6. Implemented: 1 of 6. Declined: 2 of 6.
        assertThat(outcomes.acceptedShare().orElseThrow()).isCloseTo(0.5, within(1e-12));
        assertThat(outcomes.implementedShare().orElseThrow()).isCloseTo(1.0 / 6, within(1e-12));
        assertThat(outcomes.declinedShare().orElseThrow()).isCloseTo(1.0 / 3, within(1e-12));
    }

    @Test
    void givesNoShareForAPolicyWithoutInputs() {
        InputOutcomes none = InputOutcomes.of(valid().inputs(List.of()).build());

        assertThat(none).isEqualTo(new InputOutcomes(0, 0, 0, 0, 0, 0));
        assertThat(none.acceptedShare()).isEmpty();
        assertThat(none.implementedShare()).isEmpty();
        assertThat(none.declinedShare()).isEmpty();
        assertThat(none.decided()).isZero();
    }

    @Test
    void givesShareOneWhenEveryInputIsImplemented() {
        InputOutcomes outcomes = outcomes(Disposition.IMPLEMENTED, Disposition.IMPLEMENTED);

        assertThat(outcomes.acceptedShare()).hasValue(1.0);
        assertThat(outcomes.implementedShare()).hasValue(1.0);
        assertThat(outcomes.declinedShare()).hasValue(0.0);
    }

    @Test
    void rejectsOutcomesThatDoNotAddUp() {
        assertThatThrownBy(() -> new InputOutcomes(3, 1, 1, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 inputs");
        assertThatThrownBy(() -> new InputOutcomes(0, -1, 1, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
