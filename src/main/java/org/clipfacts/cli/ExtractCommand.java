package org.clipfacts.cli;

import org.clipfacts.corpus.ExtractRun;
import org.clipfacts.input.Input;
import org.clipfacts.input.InputFiles;
import org.clipfacts.corpus.PeopleIndex;
import org.clipfacts.model.FactKind;
import org.clipfacts.model.Document;
import org.clipfacts.nlp.NlpLogging;
import org.clipfacts.output.AtomicOutput;
import org.clipfacts.output.DocumentWriter;
import org.clipfacts.server.RemoteProcessor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "extract", description = "Extract people, dates, charges and quotes from clippings; with no PATH, from standard input.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every input was read", "1:some input could not be read (each named on stderr); the others' facts are complete",
                ExitStatus.USAGE_LINE + "; a --server that cannot be reached", ExitStatus.OUTPUT_LINE, ExitStatus.SOFTWARE_LINE, ExitStatus.INTERRUPTED_LINE,
                ExitStatus.BROKEN_PIPE_LINE})
final class ExtractCommand implements Callable<Integer> {
    static final String SERVER_VARIABLE = "CLIPFACTS_SERVER";

    @Mixin
    CorpusRunMixin common;
    @Mixin
    FactsMixin facts;
    @Mixin
    FormatMixin format;
    @Mixin
    PeopleIndexMixin peopleIndex;

    @Option(names = "--server", paramLabel = "URL", defaultValue = "${env:" + SERVER_VARIABLE + "}",
            description = "Send the clippings to a running `clipfacts serve` at URL (default: $" + SERVER_VARIABLE
                    + ") instead of loading CoreNLP here; the output is the same.")
    URI server;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        NlpLogging.configure(common.verbosity().verbose);
        Diagnostics diagnostics = new Diagnostics(System.err, common.verbosity());
        List<String> unusable = new ArrayList<>();
        List<Input> found = InputFiles.collect(common.inputs.paths, common.inputs.glob, diagnostics.inputProblems(unusable::add));
        Set<FactKind> kinds = facts.selected();
        ExtractRun run;
        if (server == null) {
            run = common.extractRun(kinds, facts.referenceDate(), System.in);
        } else {
            if (common.batch.cache != null) {
                throw new ParameterException(spec.commandLine(), "--cache does not go with --server: give the server its own --cache");
            }
            RemoteProcessor remote = new RemoteProcessor(server, kinds, facts.referenceDate());
            try {
                remote.checkServer();
            } catch (IOException unreachable) {
                diagnostics.error("--server", unreachable.getMessage(), unreachable);
                return ExitStatus.USAGE;
            }
            run = new ExtractRun(remote, System.in, common.batch.threads(), common.extracting.timeoutPerFile());
        }
        ExtractRun.Summary summary;
        PeopleIndex index = peopleIndex.index();
        try (AtomicOutput output = format.open(); ProgressDisplay progress = ProgressDisplay.forRun(found.size(), common.verbosity().quiet)) {
            DocumentWriter writer = format.format.open(output.stream(), format.pretty);
            summary = run.run(found, warningsTo(diagnostics, index == null ? writer : index.indexing(writer)), diagnostics::error, progress);
            writer.finish();
            output.commit();
            peopleIndex.write(index);
        }
        diagnostics.summary(String.format(Locale.ROOT, "%d files, %d facts, %d failed, %.1f s", summary.files(),
                summary.facts(), summary.failed() + unusable.size(), summary.elapsed().toMillis() / 1000.0));
        common.batch.checkCacheWritten();
        return summary.failed() + unusable.size() == 0 ? ExitStatus.OK : ExitStatus.NOT_CLEAN;
    }

    private static DocumentWriter warningsTo(Diagnostics diagnostics, DocumentWriter writer) {
        return new DocumentWriter() {
            @Override
            public void write(Document document) throws IOException {
                document.warnings().forEach(warning -> diagnostics.warning(document.source(), warning));
                writer.write(document);
            }

            @Override
            public void finish() throws IOException {
                writer.finish();
            }
        };
    }
}
