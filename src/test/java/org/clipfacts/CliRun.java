package org.clipfacts;

import org.clipfacts.cli.Main;
import org.clipfacts.output.StandardOutput;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** One in-process run of the command line with its own stdin, stdout and stderr. */
public record CliRun(int exitCode, String out, String err) {
    public static CliRun of(String... args) {
        return withInput(new byte[0], args);
    }

    public static CliRun withInput(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        return run(stdin, new PrintStream(out, true, StandardCharsets.UTF_8), out, args);
    }

    /** A run whose standard output is {@code stdout}, as a process's is: the stream's write errors tell what happened. */
    public static CliRun writingTo(OutputStream stdout, String... args) {
        return run(new byte[0], new StandardOutput(stdout), new ByteArrayOutputStream(), args);
    }

    private static synchronized CliRun run(byte[] stdin, PrintStream stdout, ByteArrayOutputStream out, String... args) {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        InputStream originalIn = System.in;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(stdout);
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            System.setIn(new ByteArrayInputStream(stdin));
            int exitCode = Main.commandLine().execute(args);
            System.out.flush();
            return new CliRun(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
            System.setIn(originalIn);
        }
    }
}
