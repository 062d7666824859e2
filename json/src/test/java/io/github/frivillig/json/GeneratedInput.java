package io.github.frivillig.json;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A large input made on the fly, never held in memory: a head, a unit repeated many times, and a tail. Lets the
 * tests feed hundreds of megabytes to a reader in a small heap without committing or allocating them.
 */
final class GeneratedInput extends InputStream {

    private final byte[] head;
    private final byte[] unit;
    private final byte[] tail;
    private final long length;
    private long position;

    private GeneratedInput(byte[] head, byte[] unit, long count, byte[] tail) {
        this.head = head;
        this.unit = unit;
        this.tail = tail;
        this.length = head.length + unit.length * count + tail.length;
    }

    static GeneratedInput of(String head, String unit, long count, String tail) {
        return new GeneratedInput(head.getBytes(StandardCharsets.UTF_8), unit.getBytes(StandardCharsets.UTF_8),
                count, tail.getBytes(StandardCharsets.UTF_8));
    }

    long length() {
        return length;
    }

    @Override
    public int read() {
        if (position >= length) {
            return -1;
        }
        return byteAt(position++) & 0xFF;
    }

    @Override
    public int read(byte[] target, int offset, int count) {
        if (position >= length) {
            return -1;
        }
        int n = (int) Math.min(count, length - position);
        for (int i = 0; i < n; i++) {
            target[offset + i] = byteAt(position + i);
        }
        position += n;
        return n;
    }

    private byte byteAt(long at) {
        if (at < head.length) {
            return head[(int) at];
        }
        long inUnits = at - head.length;
        long unitsLength = length - head.length - tail.length;
        if (inUnits < unitsLength) {
            return unit[(int) (inUnits % unit.length)];
        }
        return tail[(int) (inUnits - unitsLength)];
    }
}
