package org.clipfacts.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.clipfacts.model.FactKind;
import org.clipfacts.output.Json;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The report for machines: the same figures as the table, unrounded, in one JSON object: all sets together
 * at the top level (with the clippings and errors asked for), and each set's figures in {@code sets}.
 */
final class EvaluationJsonReport {
    private EvaluationJsonReport() {
    }

    static void write(List<Evaluation> sets, boolean perFile, boolean errors, PrintStream out) throws IOException {
        ObjectNode report = evaluationNode(Evaluation.combined("all", sets), perFile, errors);
        ArrayNode setNodes = report.putArray("sets");
        sets.forEach(set -> setNodes.add(evaluationNode(set, false, false)));
        out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(report));
    }

    private static ObjectNode evaluationNode(Evaluation evaluation, boolean perFile, boolean errors) {
        boolean quotes = evaluation.kinds().contains(FactKind.QUOTES) && evaluation.annotates(FactKind.QUOTES);
        ObjectNode report = Json.MAPPER.createObjectNode().put("set", evaluation.label())
                .put("clippings", evaluation.files().size());
        ObjectNode kinds = kindsNode(evaluation.kinds().stream().filter(evaluation::annotates).toList(), evaluation::total);
        for (FactKind kind : evaluation.kinds()) {
            Map<String, Tally> byCategory = evaluation.totalByCategory(kind);
            if (!byCategory.isEmpty()) {
                ObjectNode categories = ((ObjectNode) kinds.get(kind.label())).putObject("byType");
                byCategory.forEach((category, tally) -> categories.set(category, tallyNode(tally)));
            }
        }
        report.set("kinds", kinds);
        report.set("notAnnotated", Json.MAPPER.valueToTree(
                evaluation.kinds().stream().filter(kind -> !evaluation.annotates(kind)).map(FactKind::label).toList()));
        report.set("total", tallyNode(evaluation.total()));
        if (quotes) {
            report.set("speakers", speakersNode(evaluation.speakers()));
        }
        if (perFile) {
            ArrayNode files = report.putArray("files");
            for (FileScore file : evaluation.files()) {
                ObjectNode fileNode = files.addObject().put("clipping", file.clipping());
                fileNode.set("kinds", kindsNode(evaluation.kinds().stream().filter(file::annotates).toList(), file::tally));
                if (quotes) {
                    fileNode.set("speakers", speakersNode(file.speakers()));
                }
            }
        }
        if (errors) {
            ArrayNode errorNodes = report.putArray("errors");
            for (Discrepancy discrepancy : evaluation.discrepancies()) {
                ObjectNode error = errorNodes.addObject()
                        .put("clipping", discrepancy.clipping())
                        .put("kind", discrepancy.kind().label())
                        .put("error", discrepancy.type().name().toLowerCase(Locale.ROOT));
                error.set("gold", findingNode(discrepancy.gold()));
                error.set("found", findingNode(discrepancy.found()));
            }
        }
        return report;
    }

    private static ObjectNode kindsNode(List<FactKind> kinds, Function<FactKind, Tally> tallies) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        for (FactKind kind : kinds) {
            ObjectNode kindNode = node.putObject(kind.label()).put("key", FactRules.keyField(kind));
            kindNode.setAll(tallyNode(tallies.apply(kind)));
        }
        return node;
    }

    private static ObjectNode tallyNode(Tally tally) {
        return Json.MAPPER.createObjectNode()
                .put("gold", tally.gold())
                .put("found", tally.found())
                .put("matched", tally.matched())
                .put("matchedFound", tally.matchedFound())
                .put("keyScored", tally.keyScored())
                .put("keyCorrect", tally.keyCorrect())
                .put("statusScored", tally.statusScored())
                .put("statusCorrect", tally.statusCorrect())
                .put("precision", tally.precision())
                .put("recall", tally.recall())
                .put("f1", tally.f1())
                .put("keyAccuracy", tally.keyAccuracy())
                .put("statusAccuracy", tally.statusAccuracy());
    }

    private static ObjectNode speakersNode(SpeakerTally speakers) {
        return Json.MAPPER.createObjectNode()
                .put("withSpeaker", speakers.withSpeaker())
                .put("correct", speakers.correct())
                .put("accuracy", speakers.accuracy())
                .put("wrongNonNull", speakers.wrongNonNull());
    }

    private static ObjectNode findingNode(ShownFact finding) {
        if (finding == null) {
            return null;
        }
        ObjectNode node = Json.MAPPER.createObjectNode().put("text", finding.text());
        if (finding.span() != null) {
            node.put("start", finding.span().start()).put("end", finding.span().end());
        }
        return node.put("key", finding.key());
    }
}
