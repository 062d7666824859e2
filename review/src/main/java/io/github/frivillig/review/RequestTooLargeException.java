package io.github.frivillig.review;

/**
 * Thrown when a request body is larger than {@code frivillig.review.max-request-size}; answered with 413.
 */
final class RequestTooLargeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final long limit;

    RequestTooLargeException(long limit) {
        super("The request body is larger than " + limit + " bytes");
        this.limit = limit;
    }

    /** Returns the limit in bytes. */
    long limit() {
        return limit;
    }
}
