package org.clipfacts.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "clipfacts",
        description = "Turns news clippings into structured facts: people, dates, charges and quotes.",
        versionProvider = VersionProvider.class,
        subcommands = {ExtractCommand.class, ServeCommand.class, EvaluateCommand.class, CheckCommand.class, PeopleCommand.class},
        synopsisSubcommandLabel = "COMMAND")
final class ClipfactsCommand implements Runnable {
    @Mixin
    HelpMixin help;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a command is required: extract, serve, evaluate, check or people");
    }
}
