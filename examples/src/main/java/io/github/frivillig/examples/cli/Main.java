package io.github.frivillig.examples.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

import picocli.CommandLine;

/**
 * The entry point of the {@code frivillig} command line ({@code java -jar examples/target/frivillig.jar}).
 * <p>
 * Exit codes: 0 success (for {@code validate}, every record valid; for {@code compare} and {@code export}, every
 * record counted), 1 some record invalid or skipped for its errors, 2 a usage error, or a path that is missing,
 * cannot be read or holds no record, 3 an unexpected failure, running out of memory among them. Errors are one line
 * on standard error, never a stack trace.
 */
public final class Main {

    /** Exit code when a record is invalid, or skipped for its errors. */
    public static final int INVALID = 1;
    /** Exit code for a usage error, or a path that is missing, cannot be read or holds no record. */
    public static final int USAGE = 2;
    /** Exit code for an unexpected failure. */
    public static final int FAILURE = 3;

    // Held so that the logger, and the level set on it, is not garbage-collected.
    private static final Logger HIBERNATE_VALIDATOR = Logger.getLogger("org.hibernate.validator");

    private Main() {
    }

    /**
     * Runs the command line and exits with its exit code.
     *
     * @param args  the arguments
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs the command line.
     *
     * @param args  the arguments, not null
     * @param out  where output goes, not null
     * @param err  where errors go, not null
     * @return the exit code
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        // Hibernate Validator announces its version at start-up; a command line's output is for its results.
        HIBERNATE_VALIDATOR.setLevel(Level.WARNING);
        PrintWriter outWriter = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        CommandLine commandLine = new CommandLine(new FrivilligCommand())
                .setOut(outWriter)
                .setErr(errWriter)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler((exception, arguments) -> {
                    CommandLine command = exception.getCommandLine();
                    command.getErr().println("frivillig: " + exception.getMessage() + " (see '"
                            + command.getCommandSpec().qualifiedName() + " --help')");
                    return USAGE;
                })
                .setExecutionExceptionHandler((exception, command, parseResult) -> {
                    if (exception instanceof UncheckedIOException io) {
                        command.getErr().println("frivillig: " + io.getMessage()
                                + (io.getCause() == null ? "" : ": " + describe(io.getCause())));
                        return USAGE;
                    }
                    if (exception instanceof UsageException usage) {
                        command.getErr().println("frivillig: " + usage.getMessage());
                        return USAGE;
                    }
                    if (exception.getCause() instanceof OutOfMemoryError) {
                        command.getErr().println("frivillig: out of memory: the Java heap is too small for this "
                                + "input; run java with a larger -Xmx");
                        return FAILURE;
                    }
                    command.getErr().println("frivillig: unexpected error: " + describe(exception));
                    return FAILURE;
                });
        int exitCode;
        try {
            exitCode = commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            // What filled the heap is garbage once the command has been left, so there is room to say so.
            outWriter.flush();
            errWriter.println("frivillig: out of memory: the Java heap is too small for this input; run java with "
                    + "a larger -Xmx");
            exitCode = FAILURE;
        }
        outWriter.flush();
        errWriter.flush();
        return exitCode;
    }

    static String describe(Throwable throwable) {
        String message = throwable.getMessage();
        String type = throwable.getClass().getSimpleName();
        if (throwable instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (throwable instanceof java.nio.file.AccessDeniedException) {
            return "access denied";
        }
        return message == null ? type : type + ": " + message;
    }

    /** A problem with what the user asked for, reported as one line with exit code 2. */
    static final class UsageException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
