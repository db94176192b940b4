package org.clipfacts.cli;

import picocli.CommandLine;

/** The {@code clipfacts} command line. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        return commandLine(new ClipfactsCommand());
    }

    /** A command with clipfacts' error reporting: one line on stderr, the stack trace only with --verbose. */
    static CommandLine commandLine(Object command) {
        CommandLine commandLine = new CommandLine(command);
        commandLine.setExecutionExceptionHandler(new ErrorReporter());
        return commandLine;
    }
}
