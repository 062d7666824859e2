package io.github.frivillig.review;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request body read through a bound on its size: past the limit, reads fail and {@link #exceeded()} tells why, so
 * that the caller answers 413 whatever the reader made of the failure.
 */
final class BodyLimit extends FilterInputStream {
    private final long limit;
    private long count;
    private boolean exceeded;

    BodyLimit(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
        int n = super.read(bytes, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    private void count(long n) throws IOException {
        count += n;
        if (count > limit) {
            exceeded = true;
            throw new IOException("The request body is longer than " + limit + " bytes");
        }
    }

    /** Returns whether the body went past the limit. */
    boolean exceeded() {
        return exceeded;
    }
}
