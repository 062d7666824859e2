package io.github.frivillig.review;

/**
 * Thrown when every permit for a validation is taken for longer than {@code frivillig.review.queue-timeout}; answered
 * with 503 and Retry-After.
 */
final class BusyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BusyException() {
        super("Every validation permit is taken");
    }
}
