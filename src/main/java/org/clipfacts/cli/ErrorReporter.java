package org.clipfacts.cli;

import org.clipfacts.input.InvalidInputException;
import org.clipfacts.output.OutputClosedException;
import org.clipfacts.output.OutputException;
import org.clipfacts.output.OutputFailedException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * What no command handled, for every command alike: a usage error is one line and status 2 (not picocli's
 * page of usage), and so is an input file that cannot be used (a --config, --extracted, --baseline or answer
 * file); an output that failed is one line naming it and status 3; a closed standard output is the quiet 141;
 * anything else is a failure of clipfacts itself, status 4. A stack trace only with --verbose. The statuses
 * are picocli's exit-code mapping ({@link #getExitCode}), the one place an exception becomes a status.
 */
final class ErrorReporter implements IExecutionExceptionHandler, IParameterExceptionHandler, IExitCodeExceptionMapper {
    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        commandLine.getErr().println("clipfacts: " + Diagnostics.printable(e.getMessage())
                + " (see '" + commandLine.getCommandSpec().qualifiedName() + " --help')");
        return ExitStatus.USAGE;
    }

    @Override
    public int getExitCode(Throwable e) {
        if (e instanceof OutputClosedException) {
            return ExitStatus.BROKEN_PIPE;
        }
        if (e instanceof OutputFailedException) {
            return ExitStatus.OUTPUT_FAILED;
        }
        if (e instanceof OutputException || e instanceof InvalidInputException) {
            return ExitStatus.USAGE;
        }
        return ExitStatus.SOFTWARE;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        int status = commandLine.getExitCodeExceptionMapper().getExitCode(e);
        if (status == ExitStatus.BROKEN_PIPE) {
            return status;
        }
        if (status == ExitStatus.SOFTWARE) {
            String message = e.getMessage() == null ? "internal error (--verbose shows where)" : Diagnostics.printable(e.getMessage());
            commandLine.getErr().println("clipfacts: error: " + message);
        } else {
            commandLine.getErr().println("clipfacts: " + Diagnostics.printable(e.getMessage()));
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
