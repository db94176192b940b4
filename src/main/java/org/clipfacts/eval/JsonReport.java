package org.clipfacts.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.clipfacts.model.FactKind;
import org.clipfacts.output.Json;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The report for machines: the same figures as the table, unrounded, in one JSON object. */
final class JsonReport {
    private JsonReport() {
    }

    static void write(Evaluation evaluation, boolean perFile, boolean errors, PrintStream out) throws IOException {
        boolean quotes = evaluation.kinds().contains(FactKind.QUOTES);
        ObjectNode report = Json.MAPPER.createObjectNode().put("clippings", evaluation.files().size());
        report.set("kinds", kindsNode(evaluation.kinds(), evaluation::total));
        report.set("total", tallyNode(evaluation.total()));
        if (quotes) {
            report.set("speakers", speakersNode(evaluation.speakers()));
        }
        if (perFile) {
            ArrayNode files = report.putArray("files");
            for (FileScore file : evaluation.files()) {
                ObjectNode fileNode = files.addObject().put("clipping", file.clipping());
                fileNode.set("kinds", kindsNode(evaluation.kinds(), file::tally));
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
        out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(report));
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
                .put("keyCorrect", tally.keyCorrect())
                .put("precision", tally.precision())
                .put("recall", tally.recall())
                .put("f1", tally.f1())
                .put("keyAccuracy", tally.keyAccuracy());
    }

    private static ObjectNode speakersNode(SpeakerTally speakers) {
        return Json.MAPPER.createObjectNode()
                .put("withSpeaker", speakers.withSpeaker())
                .put("correct", speakers.correct())
                .put("accuracy", speakers.accuracy())
                .put("wrongNonNull", speakers.wrongNonNull());
    }

    private static ObjectNode findingNode(Finding finding) {
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
