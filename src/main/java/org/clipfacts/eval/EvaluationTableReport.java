package org.clipfacts.eval;

import org.clipfacts.model.FactKind;
import org.clipfacts.output.TextTable;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The report for people: per answer set, one aligned row per kind and a total, optionally per clipping and
 * every error; with several sets, a table of all of them together at the end.
 */
final class EvaluationTableReport {
    private static final int SHOWN_TEXT = 60;
    private static final List<String> SCORE_COLUMNS =
            List.of("kind", "key", "gold", "found", "matched", "precision", "recall", "F1", "key acc", "status acc");
    private static final String NOT_ANNOTATED = "not annotated";

    private EvaluationTableReport() {
    }

    static void write(List<Evaluation> sets, boolean perFile, boolean errors, PrintStream out) {
        for (Evaluation set : sets) {
            if (sets.size() > 1) {
                out.println("set " + set.label());
            }
            writeScores(set, perFile, out);
            if (sets.size() > 1) {
                out.println();
            }
        }
        if (sets.size() > 1) {
            out.println("all sets");
            writeScores(Evaluation.combined("all", sets), false, out);
        }
        if (errors) {
            writeErrors(sets.stream().flatMap(set -> set.discrepancies().stream()).toList(), out);
        }
    }

    private static void writeScores(Evaluation evaluation, boolean perFile, PrintStream out) {
        out.println("clippings evaluated: " + evaluation.files().size());
        TextTable scores = perFile ? new TextTable(3, prefixed("clipping", SCORE_COLUMNS)) : new TextTable(2, SCORE_COLUMNS);
        if (perFile) {
            for (FileScore file : evaluation.files()) {
                evaluation.kinds().forEach(kind -> scores.add(prefixed(file.clipping(),
                        file.annotates(kind) ? scoreRow(kind, file.tally(kind)) : notAnnotated(kind))));
            }
        }
        for (FactKind kind : evaluation.kinds()) {
            scores.add(inTotal(perFile, evaluation.annotates(kind) ? scoreRow(kind, evaluation.total(kind)) : notAnnotated(kind)));
            evaluation.totalByCategory(kind).forEach((category, tally) ->
                    scores.add(inTotal(perFile, row(kind.label() + " " + category, FactRules.keyField(kind), tally))));
        }
        scores.add(inTotal(perFile, row("total", "", evaluation.total())));
        scores.print(out);
        if (evaluation.kinds().contains(FactKind.QUOTES) && evaluation.annotates(FactKind.QUOTES)) {
            SpeakerTally speakers = evaluation.speakers();
            int quotes = evaluation.total(FactKind.QUOTES).gold();
            out.printf(Locale.ROOT, "quotes: speaker correct for %d of %d answer quotes with a speaker (%.3f); %d wrong non-null speakers"
                    + " (%.3f of %d quotes)%n", speakers.correct(), speakers.withSpeaker(), speakers.accuracy(), speakers.wrongNonNull(),
                    speakers.wrongShareOf(quotes), quotes);
        }
    }

    private static List<String> scoreRow(FactKind kind, Tally tally) {
        return row(kind.label(), FactRules.keyField(kind), tally);
    }

    private static List<String> notAnnotated(FactKind kind) {
        return List.of(kind.label(), NOT_ANNOTATED);
    }

    private static List<String> row(String kind, String key, Tally tally) {
        return List.of(kind, key, Integer.toString(tally.gold()), Integer.toString(tally.found()),
                Integer.toString(tally.matched()), score(tally.precision()), score(tally.recall()), score(tally.f1()),
                score(tally.keyAccuracy()), tally.statusScored() == 0 ? "-" : score(tally.statusAccuracy()));
    }

    private static List<String> inTotal(boolean perFile, List<String> row) {
        return perFile ? prefixed("all", row) : row;
    }

    private static List<String> prefixed(String first, List<String> rest) {
        List<String> row = new ArrayList<>();
        row.add(first);
        row.addAll(rest);
        return row;
    }

    private static void writeErrors(List<Discrepancy> discrepancies, PrintStream out) {
        out.println();
        if (discrepancies.isEmpty()) {
            out.println("no errors");
            return;
        }
        TextTable table = new TextTable(7, List.of("clipping", "kind", "error", "at", "text", "gold", "found"));
        for (Discrepancy discrepancy : discrepancies) {
            ShownFact shown = discrepancy.gold() != null ? discrepancy.gold() : discrepancy.found();
            table.add(List.of(discrepancy.clipping(), discrepancy.kind().label(), label(discrepancy),
                    shown.span() == null ? "" : shown.span().toString(), quoted(shown.text()),
                    key(discrepancy.gold()), key(discrepancy.found())));
        }
        table.print(out);
    }

    private static String label(Discrepancy discrepancy) {
        return switch (discrepancy.type()) {
            case MISS -> "miss";
            case FALSE_FIND -> "false find";
            case WRONG_KEY -> "wrong " + FactRules.keyField(discrepancy.kind());
            case WRONG_STATUS -> "wrong status";
        };
    }

    private static String key(ShownFact finding) {
        return finding == null ? "-" : String.valueOf(finding.key());
    }

    /** Long quotes are cut and line breaks shown as {@code \n}, so that each error stays on one line. */
    private static String quoted(String text) {
        String oneLine = text.replace("\r", "\\r").replace("\n", "\\n");
        if (oneLine.codePointCount(0, oneLine.length()) > SHOWN_TEXT) {
            oneLine = oneLine.substring(0, oneLine.offsetByCodePoints(0, SHOWN_TEXT)) + "…";
        }
        return "\"" + oneLine + "\"";
    }

    private static String score(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
