package org.clipfacts.cli;

import org.clipfacts.corpus.ExtractRun;
import org.clipfacts.input.Input;
import org.clipfacts.input.InputFiles;
import org.clipfacts.corpus.PeopleIndex;
import org.clipfacts.input.InvalidInputException;
import org.clipfacts.model.Document;
import org.clipfacts.model.FactKind;
import org.clipfacts.nlp.NlpLogging;
import org.clipfacts.output.AtomicOutput;
import org.clipfacts.output.DocumentWriter;
import org.clipfacts.output.PeopleTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code clipfacts people}: who is in a corpus, and where: one row per person across the clippings. */
@Command(name = "people", description = "List the people of a corpus, one per person across the clippings, most mentioned first, "
        + "with the articles naming them. With neither PATH nor --extracted, one clipping from standard input.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every input was read", "1:some input could not be read (each named on stderr)",
                ExitStatus.USAGE_LINE + "; or an --extracted file that cannot be used", ExitStatus.OUTPUT_LINE, ExitStatus.SOFTWARE_LINE,
                ExitStatus.INTERRUPTED_LINE, ExitStatus.BROKEN_PIPE_LINE})
final class PeopleCommand implements Callable<Integer> {
    @Mixin
    CorpusRunMixin common;
    @Spec
    CommandSpec spec;

    @Mixin
    ExtractedMixin extracted;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text (a table), json (one array), jsonl (one person a line, as --people-index) or csv. Default: ${DEFAULT-VALUE}.")
    PeopleTable format;

    @Mixin
    ReportOutputMixin output;

    @Override
    public Integer call() throws IOException, InvalidInputException {
        NlpLogging.configure(common.verbosity().verbose);
        Diagnostics diagnostics = new Diagnostics(System.err, common.verbosity());
        extracted.checkNotWith(common.inputs, spec);
        PeopleIndex index = new PeopleIndex();
        int failed = extracted.given() ? read(index) : extract(index, diagnostics);
        try (AtomicOutput out = output.open()) {
            format.write(index.entries(), out.stream());
            out.commit();
        }
        common.batch.checkCacheWritten();
        return failed == 0 ? ExitStatus.OK : ExitStatus.NOT_CLEAN;
    }

    private int read(PeopleIndex index) throws InvalidInputException {
        extracted.read().forEach(index::add);
        return 0;
    }

    /** Extracts only the people; the documents go into the index and nowhere else. */
    private int extract(PeopleIndex index, Diagnostics diagnostics) throws IOException {
        List<String> unusable = new ArrayList<>();
        List<Input> found = InputFiles.collect(common.inputs.paths, common.inputs.glob, diagnostics.inputProblems(unusable::add));
        ExtractRun run = common.extractRun(Set.of(FactKind.PEOPLE), null, System.in);
        ExtractRun.Summary summary;
        try (ProgressDisplay progress = ProgressDisplay.forRun(found.size(), common.verbosity().quiet)) {
            summary = run.run(found, index.indexing(DocumentWriter.DISCARD), diagnostics::error, progress);
        }
        return summary.failed() + unusable.size();
    }
}
