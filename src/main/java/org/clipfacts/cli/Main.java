package org.clipfacts.cli;

import org.clipfacts.output.OutputClosedException;
import org.clipfacts.output.StandardOutput;
import picocli.CommandLine;

import java.io.IOException;

/** The {@code clipfacts} command line. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        run(new ClipfactsCommand(), args);
    }

    /** Runs a command as a process: standard output tells a closed pipe from a full disk, the status is the exit status. */
    static void run(Object command, String[] args) {
        StandardOutput.install();
        int status = commandLine(command).execute(args);
        System.exit(status == ExitStatus.OK ? statusOfStandardOutput() : status);
    }

    /** What picocli printed itself (--help, --version) is checked too: it swallows write errors. */
    private static int statusOfStandardOutput() {
        try {
            StandardOutput.check(System.out);
            return ExitStatus.OK;
        } catch (OutputClosedException e) {
            return ExitStatus.BROKEN_PIPE;
        } catch (IOException e) {
            System.err.println("clipfacts: " + Diagnostics.printable(e.getMessage()));
            return ExitStatus.OUTPUT_FAILED;
        }
    }

    public static CommandLine commandLine() {
        return commandLine(new ClipfactsCommand());
    }

    /** A command with clipfacts' error reporting: one line on stderr, the stack trace only with --verbose. */
    static CommandLine commandLine(Object command) {
        CommandLine commandLine = new CommandLine(command);
        LabelConverter.registerAll(commandLine);
        ErrorReporter reporter = new ErrorReporter();
        commandLine.setExecutionExceptionHandler(reporter);
        commandLine.setParameterExceptionHandler(reporter);
        commandLine.setExitCodeExceptionMapper(reporter);
        return commandLine;
    }
}
