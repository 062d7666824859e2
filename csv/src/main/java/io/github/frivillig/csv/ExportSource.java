package io.github.frivillig.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A file an export was made from: its path as the user gave it, the SHA-256 of its bytes, and how many records were
 * read from it. It goes into the {@code sources} of {@code datapackage.json}, so that a table can be traced back to
 * the exact bytes it came from.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param path  the file's path, as the user named it, not null or blank
 * @param sha256  the SHA-256 of the file's bytes, 64 lower-case hexadecimal digits, not null
 * @param records  the number of records read from the file, not negative
 */
public record ExportSource(String path, String sha256, long records) {

    private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");
    private static final int BUFFER = 64 * 1024;

    /**
     * Creates a source.
     *
     * @param path  the file's path, not null or blank
     * @param sha256  the SHA-256 of its bytes, 64 lower-case hexadecimal digits, not null
     * @param records  the number of records read from it, not negative
     * @throws NullPointerException if the path or the hash is null
     * @throws IllegalArgumentException if the path is blank, the hash malformed or the count negative
     */
    public ExportSource {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
        if (path.isBlank()) {
            throw new IllegalArgumentException("The path of a source is blank");
        }
        if (!SHA_256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("Not a SHA-256 in lower-case hexadecimal: '" + sha256 + "'");
        }
        if (records < 0) {
            throw new IllegalArgumentException("A negative number of records: " + records);
        }
    }

    /**
     * Describes a file, hashing its bytes.
     *
     * @param file  the file, not null
     * @param records  the number of records read from it, not negative
     * @return the source, with the path as given, not null
     * @throws UncheckedIOException if the file cannot be read
     */
    public static ExportSource of(Path file, long records) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return new ExportSource(file.toString(), sha256(in), records);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
    }

    /**
     * Computes the SHA-256 of a stream's bytes, reading it to its end; the stream is not closed.
     *
     * @param in  the bytes, not null
     * @return the hash, 64 lower-case hexadecimal digits, not null
     * @throws IOException if the stream cannot be read
     */
    public static String sha256(InputStream in) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256.
            throw new IllegalStateException(e);
        }
        byte[] buffer = new byte[BUFFER];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            digest.update(buffer, 0, n);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
