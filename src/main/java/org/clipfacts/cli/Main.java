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
        CommandLine commandLine = new CommandLine(new ClipfactsCommand());
        commandLine.setExecutionExceptionHandler(new ErrorReporter());
        return commandLine;
    }
}
