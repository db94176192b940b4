package org.clipfacts.check;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.clipfacts.input.ToolVersion;
import org.clipfacts.output.Json;

import java.io.IOException;
import java.io.OutputStream;

/**
 * {@code --format json}: {@code clippings}, {@code failed} (whether the run fails {@code --fail-on}),
 * {@code counts} per severity and accepted, {@code rules} as they ran, and {@code findings}, each with
 * rule, severity, message, {@code accepted} (the reason; absent unless accepted) and locations.
 */
final class JsonReport {
    private JsonReport() {
    }

    static void write(Report report, Severity failOn, OutputStream out) throws IOException {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("tool", "clipfacts " + ToolVersion.current());
        root.put("clippings", report.clippings());
        root.put("failOn", failOn == null ? "none" : failOn.label());
        root.put("failed", report.fails(failOn));
        ObjectNode counts = root.putObject("counts");
        for (Severity severity : Severity.values()) {
            counts.put(severity.label(), report.count(severity));
        }
        counts.put("accepted", report.acceptedCount());
        ArrayNode rules = root.putArray("rules");
        report.rules().forEach(rule -> rules.addObject().put("id", rule.id()).put("severity", rule.severity().label())
                .put("description", rule.description()));
        ArrayNode findings = root.putArray("findings");
        for (Finding finding : report.findings()) {
            ObjectNode node = findings.addObject().put("rule", finding.rule()).put("severity", finding.severity().label())
                    .put("message", finding.message());
            if (finding.accepted() != null) {
                node.put("accepted", finding.accepted());
            }
            node.set("locations", Json.MAPPER.valueToTree(finding.locations()));
        }
        Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, root);
        out.write('\n');
        out.flush();
    }
}
