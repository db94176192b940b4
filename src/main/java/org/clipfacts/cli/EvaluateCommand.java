package org.clipfacts.cli;

import org.clipfacts.corpus.EvaluationRun;
import org.clipfacts.corpus.ExtractRun;
import org.clipfacts.input.Input;
import org.clipfacts.input.InputFiles;
import org.clipfacts.eval.AnswerSet;
import org.clipfacts.eval.Evaluation;
import org.clipfacts.eval.SpeakerTally;
import org.clipfacts.eval.ExtractedDocuments;
import org.clipfacts.input.InvalidInputException;
import org.clipfacts.eval.EvaluationReportFormat;
import org.clipfacts.model.FactKind;
import org.clipfacts.nlp.NlpLogging;
import org.clipfacts.output.StandardOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UseDefaultConverter;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "evaluate", description = "Measure extraction against hand-made answers: precision, recall, F1 and key-field accuracy per kind of fact, "
        + "for each answer set (--gold) and for all together. Without PATH, each set's own texts/ (or the clippings --extracted names).",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every clipping with answers was evaluated and every set met every --min",
                "1:an F1 fell short of --min, or a clipping could not be evaluated (each named on stderr)",
                ExitStatus.USAGE_LINE + "; or an answer or --extracted file that cannot be used (file and field named on stderr)",
                ExitStatus.OUTPUT_LINE, ExitStatus.SOFTWARE_LINE, ExitStatus.INTERRUPTED_LINE, ExitStatus.BROKEN_PIPE_LINE})
final class EvaluateCommand implements Callable<Integer> {
    @Mixin
    CorpusRunMixin common;
    @Mixin
    FactsMixin facts;
    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "SET",
            description = "Answers: a directory of NAME.json (answering the clipping NAME.txt), a set directory holding gold/ and texts/, "
                    + "or a split list in a set directory (one clipping name a line); repeatable, one table per set.")
    List<Path> gold;

    @Option(names = "--reference-date", paramLabel = "FROM", defaultValue = "stated",
            description = "stated (default): each clipping's own date, or --date; gold: the answers' article.publication_date_best_guess where they give one.")
    EvaluationRun.ReferenceDates referenceDates;

    @Option(names = "--extracted", paramLabel = "FILE",
            description = "Evaluate the documents in FILE, written by 'extract --format jsonl', instead of extracting now; without PATH, the clippings they name are read.")
    Path extracted;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
            description = "Report format: table or json. Default: ${DEFAULT-VALUE}.")
    EvaluationReportFormat format;

    @Option(names = "--per-file", description = "Also score each clipping.")
    boolean perFile;

    @Option(names = "--errors", description = "List every miss, false find and wrong key field or status, with its text and offsets.")
    boolean errors;

    @Option(names = "--min", paramLabel = "KIND=F1", converter = {UseDefaultConverter.class, F1Converter.class},
            description = "Exit 1 when the F1 of KIND (people, dates, charges, quotes) is below F1 in a set that annotates it; repeatable.")
    Map<FactKind, Double> minimums;

    @Option(names = "--min-speakers", paramLabel = "SHARE", converter = ShareConverter.class,
            description = "Exit 1 when fewer than SHARE of the answer quotes with a named speaker get that speaker, in a set that annotates quotes.")
    Double minSpeakers;

    @Option(names = "--max-wrong-speakers", paramLabel = "SHARE", converter = ShareConverter.class,
            description = "Exit 1 when more than SHARE of the answer quotes get a speaker other than the answer's, in a set that annotates quotes.")
    Double maxWrongSpeakers;

    @Override
    public Integer call() throws IOException, InvalidInputException {
        NlpLogging.configure(common.verbosity().verbose);
        Diagnostics diagnostics = new Diagnostics(System.err, common.verbosity());
        Set<FactKind> kinds = facts.selected();
        Map<FactKind, Double> wanted = minimums == null ? Map.of() : new EnumMap<>(minimums);
        checkUsage(kinds, wanted);
        List<AnswerSet> sets = new ArrayList<>();
        for (Path set : gold) {
            sets.add(AnswerSet.open(set));
        }
        ExtractedDocuments earlier = extracted == null ? null : ExtractedDocuments.read(extracted);
        List<String> paths = common.inputs.paths.isEmpty() && earlier != null ? earlier.sources() : common.inputs.paths;
        int[] unusable = {0};
        List<Input> clippings = paths.isEmpty() ? List.of()
                : InputFiles.collect(paths, common.inputs.glob, diagnostics.inputProblems(source -> unusable[0]++));
        ExtractRun extraction = common.extractRun(kinds, facts.referenceDate(), InputStream.nullInputStream());
        EvaluationRun.Result result = new EvaluationRun(common.extracting.reader(), kinds, facts.referenceDate(), referenceDates)
                .run(sets, clippings, earlier, extraction, problemsTo(diagnostics));
        format.write(result.sets(), perFile, errors, System.out);
        StandardOutput.check(System.out);
        common.batch.checkCacheWritten();
        boolean shortfall = reportShortfalls(result.sets(), wanted, diagnostics) | reportSpeakerShortfalls(result.sets(), diagnostics);
        return result.failed() + unusable[0] == 0 && !shortfall ? ExitStatus.OK : ExitStatus.NOT_CLEAN;
    }

    private void checkUsage(Set<FactKind> kinds, Map<FactKind, Double> wanted) {
        for (FactKind kind : wanted.keySet()) {
            if (!kinds.contains(kind)) {
                throw new ParameterException(spec.commandLine(),
                        "--min " + kind.label() + ": " + kind.label() + " are not evaluated (see --facts)");
            }
        }
        if ((minSpeakers != null || maxWrongSpeakers != null) && !kinds.contains(FactKind.QUOTES)) {
            throw new ParameterException(spec.commandLine(), "--min-speakers and --max-wrong-speakers: quotes are not evaluated (see --facts)");
        }
        if (common.inputs.paths.contains(Input.STDIN)) {
            throw new ParameterException(spec.commandLine(),
                    "standard input cannot be evaluated: answers are found by the clipping's file name");
        }
        if (referenceDates == EvaluationRun.ReferenceDates.GOLD && (facts.referenceDate() != null || extracted != null)) {
            throw new ParameterException(spec.commandLine(), "--reference-date gold extracts each clipping with the answers' date: "
                    + (facts.referenceDate() != null ? "not with --date" : "not with --extracted"));
        }
    }

    private static EvaluationRun.Problems problemsTo(Diagnostics diagnostics) {
        return new EvaluationRun.Problems() {
            @Override
            public void failed(String source, String reason, Exception cause) {
                diagnostics.error(source, reason, cause);
            }

            @Override
            public void skipped(String source, String reason) {
                diagnostics.warning(source, reason);
            }
        };
    }

    /** Names each set and kind whose F1 is below its {@code --min}; true when there is one. */
    private static boolean reportShortfalls(List<Evaluation> sets, Map<FactKind, Double> wanted, Diagnostics diagnostics) {
        boolean shortfall = false;
        for (Map.Entry<FactKind, Double> minimum : wanted.entrySet()) {
            FactKind kind = minimum.getKey();
            List<Evaluation> annotating = sets.stream().filter(set -> set.annotates(kind)).toList();
            if (annotating.isEmpty()) {
                diagnostics.error(kind.label(), "no answer set annotates " + kind.label() + ": --min cannot be met", null);
                shortfall = true;
            }
            for (Evaluation set : annotating) {
                double f1 = set.total(kind).f1();
                if (f1 < minimum.getValue()) {
                    diagnostics.error(kind.label(), String.format(Locale.ROOT, "F1 %.3f is below --min %.3f in %s",
                            f1, minimum.getValue(), set.label()), null);
                    shortfall = true;
                }
            }
        }
        return shortfall;
    }

    /** Names each set whose speakers fall short of {@code --min-speakers} or exceed {@code --max-wrong-speakers}. */
    private boolean reportSpeakerShortfalls(List<Evaluation> sets, Diagnostics diagnostics) {
        if (minSpeakers == null && maxWrongSpeakers == null) {
            return false;
        }
        boolean shortfall = false;
        for (Evaluation set : sets.stream().filter(set -> set.annotates(FactKind.QUOTES)).toList()) {
            SpeakerTally speakers = set.speakers();
            if (minSpeakers != null && speakers.accuracy() < minSpeakers) {
                diagnostics.error("quotes", String.format(Locale.ROOT, "speakers right for %.3f of quotes with a named speaker,"
                        + " below --min-speakers %.3f in %s", speakers.accuracy(), minSpeakers, set.label()), null);
                shortfall = true;
            }
            double wrong = speakers.wrongShareOf(set.total(FactKind.QUOTES).gold());
            if (maxWrongSpeakers != null && wrong > maxWrongSpeakers) {
                diagnostics.error("quotes", String.format(Locale.ROOT, "wrong speakers for %.3f of quotes, above --max-wrong-speakers %.3f in %s",
                        wrong, maxWrongSpeakers, set.label()), null);
                shortfall = true;
            }
        }
        return shortfall;
    }

    /** A share between 0 and 1. */
    static final class ShareConverter implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            return between0And1(value, "a share");
        }
    }

    private static double between0And1(String value, String what) {
        try {
            double number = Double.parseDouble(value);
            if (number >= 0 && number <= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // falls through to the one message for every bad value
        }
        throw new TypeConversionException("'" + value + "' is not " + what + " between 0 and 1");
    }

    static final class F1Converter implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            return between0And1(value, "an F1");
        }
    }
}
