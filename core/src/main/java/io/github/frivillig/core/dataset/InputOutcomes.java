package io.github.frivillig.core.dataset;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

import io.github.frivillig.core.dialogue.DialogueInput;
import io.github.frivillig.core.dialogue.Disposition;
import io.github.frivillig.core.policy.Policy;

/**
 * What became of the inputs a policy received from the voluntary sector: how many, and what share the municipality
 * took up, carried out and declined.
 * <p>
 * Every recorded input was received, so {@link #received()} counts them all. Each input is then counted once by
 * its {@link Disposition}:
 * <ul>
 * <li>{@link #undecided()}: received and not yet considered, under consideration, or with no disposition recorded
 *     (which validation reports);</li>
 * <li>{@link #accepted()}: accepted into the policy and not (yet) reported carried out;</li>
 * <li>{@link #partlyAccepted()}: partly accepted;</li>
 * <li>{@link #implemented()}: accepted and carried out;</li>
 * <li>{@link #declined()}: declined.</li>
 * </ul>
 * The shares are fractions of all received inputs, undecided ones included, so they say what has come of the
 * inputs so far: a policy still in dialogue has low shares because the municipality has not decided yet, not
 * because it declined. {@link #decided()} gives the denominator for shares of decided inputs instead. With no
 * inputs there is no share: the share methods are then empty, never {@code NaN}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param received  the number of inputs
 * @param undecided  the inputs not yet decided on
 * @param accepted  the inputs accepted and not reported carried out
 * @param partlyAccepted  the inputs partly accepted
 * @param implemented  the inputs accepted and carried out
 * @param declined  the inputs declined
 */
public record InputOutcomes(int received, int undecided, int accepted, int partlyAccepted, int implemented,
        int declined) {

    /**
     * Creates input outcomes.
     *
     * @throws IllegalArgumentException if a count is negative or the outcomes do not add up to the inputs received
     */
    public InputOutcomes {
        if (received < 0 || undecided < 0 || accepted < 0 || partlyAccepted < 0 || implemented < 0 || declined < 0) {
            throw new IllegalArgumentException("Counts must not be negative");
        }
        if (undecided + accepted + partlyAccepted + implemented + declined != received) {
            throw new IllegalArgumentException("The outcomes do not add up to the " + received + " inputs received");
        }
    }

    /**
     * Counts the outcomes of a policy's inputs.
     *
     * @param policy  the policy, not null
     * @return the outcomes, not null
     */
    public static InputOutcomes of(Policy policy) {
        List<DialogueInput> inputs = Objects.requireNonNull(policy, "policy").inputs();
        int undecided = 0;
        int accepted = 0;
        int partlyAccepted = 0;
        int implemented = 0;
        int declined = 0;
        for (DialogueInput input : inputs) {
            Disposition disposition = input.disposition();
            if (disposition == null) {
                undecided++;
                continue;
            }
            switch (disposition) {
                case RECEIVED, UNDER_CONSIDERATION -> undecided++;
                case ACCEPTED -> accepted++;
                case PARTLY_ACCEPTED -> partlyAccepted++;
                case IMPLEMENTED -> implemented++;
                case DECLINED -> declined++;
            }
        }
        return new InputOutcomes(inputs.size(), undecided, accepted, partlyAccepted, implemented, declined);
    }

    /**
     * Returns the number of inputs the municipality has decided on: accepted, partly accepted, implemented or
     * declined.
     *
     * @return the inputs decided on
     */
    public int decided() {
        return received - undecided;
    }

    /**
     * Returns the share of the received inputs that the municipality took up, in full or in part: accepted, partly
     * accepted or implemented (an implemented input was accepted first).
     *
     * @return the share, from 0 to 1, empty if no input was received
     */
    public OptionalDouble acceptedShare() {
        return share(accepted + partlyAccepted + implemented);
    }

    /**
     * Returns the share of the received inputs that are reported carried out.
     *
     * @return the share, from 0 to 1, empty if no input was received
     */
    public OptionalDouble implementedShare() {
        return share(implemented);
    }

    /**
     * Returns the share of the received inputs that the municipality declined.
     *
     * @return the share, from 0 to 1, empty if no input was received
     */
    public OptionalDouble declinedShare() {
        return share(declined);
    }

    private OptionalDouble share(int count) {
        return received == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) count / received);
    }
}
