package io.github.frivillig.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The words every command uses for what is wrong with its input, so that {@code validate}, {@code compare} and
 * {@code export} say the same thing for the same problem, each with exit code 2.
 */
final class Inputs {

    private Inputs() {
    }

    /** The path does not exist. */
    static String missing(Path path) {
        return "cannot read '" + path + "': no such file or directory";
    }

    /** The path exists but holds no record: a directory without .json files, an empty file, an empty array. */
    static String noRecords(Path path) {
        return "no policy records in '" + path + "' (a directory of .json files, a JSON array or JSON Lines)";
    }

    /** The path could not be read. */
    static String unreadable(Path path, Throwable cause) {
        Throwable reason = cause instanceof UncheckedIOException unchecked && unchecked.getCause() != null
                ? unchecked.getCause() : cause;
        return "cannot read '" + path + "': " + Main.describe(reason);
    }

    /**
     * Checks that a path exists.
     *
     * @throws Main.UsageException if it does not
     */
    static void requireExists(Path path) {
        if (!Files.exists(path)) {
            throw new Main.UsageException(missing(path));
        }
    }

    /** Wraps a failure to read a path as a usage error that names it. */
    static Main.UsageException unreadableError(Path path, Throwable cause) {
        return new Main.UsageException(unreadable(path, cause));
    }

    /** Whether a failure is one of reading the input. */
    static boolean isReadFailure(Throwable failure) {
        return failure instanceof UncheckedIOException || failure instanceof IOException;
    }
}
