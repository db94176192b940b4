package org.clipfacts.cli;

import org.clipfacts.corpus.ExtractRun;
import org.clipfacts.input.Input;
import org.clipfacts.input.InputFiles;
import org.clipfacts.corpus.PeopleIndex;
import org.clipfacts.check.Baseline;
import org.clipfacts.check.Check;
import org.clipfacts.check.CheckConfig;
import org.clipfacts.check.CheckedCorpus;
import org.clipfacts.check.Positions;
import org.clipfacts.check.Report;
import org.clipfacts.check.ReportFormat;
import org.clipfacts.check.Severity;
import org.clipfacts.output.DocumentLines;
import org.clipfacts.input.InvalidInputException;
import org.clipfacts.model.Document;
import org.clipfacts.model.FactKind;
import org.clipfacts.nlp.NlpLogging;
import org.clipfacts.output.AtomicOutput;
import org.clipfacts.output.DocumentWriter;
import org.clipfacts.output.OutputTarget;
import org.clipfacts.output.UnusableTargetException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code clipfacts check}: consistency of a corpus for CI. Every kind of fact is extracted, since the rules
 * and the baseline span them all; {@code --facts} is therefore not offered.
 */
@Command(name = "check", description = "Check a corpus of clippings for contradictions and drift: quotes given to two speakers or "
        + "worded differently, charge counts that differ, names spelled two ways, missing metadata, facts changed since a baseline. "
        + "With neither PATH nor --extracted, one clipping from standard input.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:no finding at or above --fail-on (accepted findings never count)",
                "1:some finding at or above --fail-on",
                ExitStatus.USAGE_LINE + "; or a --config, --extracted or --baseline file that cannot be used (file and problem named on stderr)",
                ExitStatus.OUTPUT_LINE, ExitStatus.SOFTWARE_LINE, ExitStatus.INTERRUPTED_LINE, ExitStatus.BROKEN_PIPE_LINE})
final class CheckCommand implements Callable<Integer> {
    @Mixin
    CorpusRunMixin common;
    @Mixin
    DateMixin date;
    @Mixin
    PeopleIndexMixin peopleIndex;
    @Spec
    CommandSpec spec;

    @Option(names = "--extracted", paramLabel = "FILE",
            description = "Check the documents in FILE, written by 'extract --format jsonl', instead of extracting clippings.")
    Path extracted;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Rules on or off, severities, thresholds, required metadata and accepted findings: JSON, or YAML (.yaml, .yml).")
    Path config;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Report facts added, removed or changed since FILE, written earlier by 'extract --format jsonl'.")
    Path baseline;

    @Option(names = "--update-baseline",
            description = "Write the current facts into the --baseline file (replacing it in one step) instead of reporting drift.")
    boolean updateBaseline;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Report format: text, json, junit (JUnit XML) or sarif. Default: ${DEFAULT-VALUE}.")
    ReportFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", converter = OutputFileConverter.class,
            description = "Write the report to FILE (a regular file or a new one; '-': standard output) instead of standard output; the file appears only when complete.")
    Path output;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error",
            description = "Exit 1 when a finding, not accepted, is at or above SEVERITY: error, warning, info or none. Default: ${DEFAULT-VALUE}.")
    Severity failOn;

    @Override
    public Integer call() throws IOException, InvalidInputException {
        NlpLogging.configure(common.verbosity().verbose);
        Diagnostics diagnostics = new Diagnostics(System.err, common.verbosity());
        checkUsage();
        long started = System.nanoTime();
        CheckConfig settings = config == null ? CheckConfig.DEFAULT : CheckConfig.read(config);
        Baseline before = baseline == null ? null : Baseline.read(baseline, updateBaseline);
        CheckedCorpus corpus = extracted != null ? new CheckedCorpus(DocumentLines.read(extracted), List.of()) : extract(diagnostics);
        PeopleIndex index = peopleIndex.index();
        if (index != null) {
            corpus.documents().forEach(index::add);
            peopleIndex.write(index);
        }
        Check check = new Check(settings, updateBaseline ? null : before);
        Report report = check.run(corpus).located(new Positions(common.extracting.reader(), sha256BySource(corpus)));
        try (AtomicOutput out = output == null ? AtomicOutput.toStandardOutput() : AtomicOutput.toFile(output)) {
            format.write(report, failOn, out.stream());
            out.commit();
        }
        check.unusedAcceptances().forEach(unused -> diagnostics.warning(config.toString(),
                "accepted " + unused.rule() + " for " + unused.file() + " matches no finding"));
        if (updateBaseline) {
            before.update(baseline, corpus.documents());
            if (!common.verbosity().quiet) {
                System.err.println("clipfacts: " + baseline + ": baseline updated with " + corpus.documents().size() + " clippings");
            }
        }
        diagnostics.summary(String.format(Locale.ROOT, "%d clippings, %d findings, %.1f s", report.clippings(),
                report.findings().size(), (System.nanoTime() - started) / 1e9));
        common.batch.checkCacheWritten();
        return report.fails(failOn) ? ExitStatus.NOT_CLEAN : ExitStatus.OK;
    }

    private void checkUsage() {
        if (updateBaseline && baseline != null) {
            try {
                OutputTarget.check(baseline);
            } catch (UnusableTargetException e) {
                throw new ParameterException(spec.commandLine(), "--update-baseline: " + e.getMessage());
            }
        }
        if (extracted != null && !common.inputs.paths.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "give clippings (PATH) or --extracted FILE, not both");
        }
        if (extracted != null && date.date != null) {
            throw new ParameterException(spec.commandLine(), "--date applies when extracting: the documents in --extracted were extracted already");
        }
        if (updateBaseline && baseline == null) {
            throw new ParameterException(spec.commandLine(), "--update-baseline needs --baseline FILE");
        }
    }

    /** Extracts every kind of fact from the clippings; those that cannot be read become findings, not stderr lines. */
    private CheckedCorpus extract(Diagnostics diagnostics) throws IOException {
        List<CheckedCorpus.FailedInput> failures = new ArrayList<>();
        List<Input> found = InputFiles.collect(common.inputs.paths, common.inputs.glob, new InputFiles.Problems() {
            @Override
            public void failed(String source, String reason) {
                failures.add(new CheckedCorpus.FailedInput(source, reason));
            }

            @Override
            public void skipped(String source, String reason) {
                diagnostics.warning(source, reason);
            }
        });
        ExtractRun run = common.extractRun(FactKind.ALL, date.date, System.in);
        List<Document> documents = new ArrayList<>();
        try (ProgressDisplay progress = ProgressDisplay.forRun(found.size(), common.verbosity().quiet)) {
            run.run(found, new DocumentWriter() {
                @Override
                public void write(Document document) {
                    documents.add(document);
                }

                @Override
                public void finish() {
                    // the documents are checked once all are in
                }
            }, (source, reason, cause) -> failures.add(new CheckedCorpus.FailedInput(source, reason)), progress);
        }
        return new CheckedCorpus(documents, failures);
    }

    private static Map<String, String> sha256BySource(CheckedCorpus corpus) {
        Map<String, String> sha256BySource = new LinkedHashMap<>();
        corpus.documents().forEach(document -> sha256BySource.put(document.source(), document.sha256()));
        return sha256BySource;
    }

    /** {@code --fail-on}: a severity, or {@code none}: never fail (null). */
    static Severity failOn(String label) {
        if (label.trim().equalsIgnoreCase("none")) {
            return null;
        }
        if (Arrays.stream(Severity.values()).noneMatch(severity -> severity.label().equalsIgnoreCase(label.trim()))) {
            throw new IllegalArgumentException("'" + label + "' is not a severity: use error, warning, info or none");
        }
        return Severity.fromLabel(label);
    }
}
