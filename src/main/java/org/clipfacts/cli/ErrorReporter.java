package org.clipfacts.cli;

import org.clipfacts.output.OutputClosedException;
import org.clipfacts.output.OutputException;
import org.clipfacts.output.OutputFailedException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * What no command handled, for every command alike: a usage error is one line and status 2 (not picocli's
 * page of usage); an output that failed is one line naming it and status 3; a closed standard output is the
 * quiet 141; anything else is a failure of clipfacts itself, status 4. A stack trace only with --verbose.
 */
final class ErrorReporter implements IExecutionExceptionHandler, IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        commandLine.getErr().println("clipfacts: " + Diagnostics.printable(e.getMessage())
                + " (see '" + commandLine.getCommandSpec().qualifiedName() + " --help')");
        return ExitStatus.USAGE;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        if (e instanceof OutputClosedException) {
            return ExitStatus.BROKEN_PIPE;
        }
        int status;
        if (e instanceof OutputException output) {
            commandLine.getErr().println("clipfacts: " + Diagnostics.printable(output.getMessage()));
            status = output instanceof OutputFailedException ? ExitStatus.OUTPUT_FAILED : ExitStatus.USAGE;
        } else {
            String message = e.getMessage() == null ? "internal error (--verbose shows where)" : Diagnostics.printable(e.getMessage());
            commandLine.getErr().println("clipfacts: error: " + message);
            status = ExitStatus.SOFTWARE;
        }
        if (verbose(parseResult)) {
            e.printStackTrace(commandLine.getErr());
        }
        return status;
    }

    private static boolean verbose(ParseResult parseResult) {
        for (ParseResult result = parseResult; result != null; result = result.subcommand()) {
            if (result.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
