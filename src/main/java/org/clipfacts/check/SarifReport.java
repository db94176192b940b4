package org.clipfacts.check;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.clipfacts.input.ToolVersion;
import org.clipfacts.output.Json;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

/**
 * {@code --format sarif}: SARIF 2.1.0, as code-scanning services read it. A finding's first place is its
 * location, the others related locations; columns and offsets count code points ({@code columnKind}); an
 * accepted finding carries an external suppression with the team's reason.
 */
final class SarifReport {
    private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private SarifReport() {
    }

    static void write(Report report, OutputStream out) throws IOException {
        ObjectNode root = Json.MAPPER.createObjectNode().put("$schema", SCHEMA).put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver").put("name", "clipfacts").put("version", ToolVersion.current());
        ArrayNode rules = driver.putArray("rules");
        List<String> ruleIds = report.rules().stream().map(Report.RuleRun::id).toList();
        for (Report.RuleRun rule : report.rules()) {
            ObjectNode node = rules.addObject().put("id", rule.id());
            node.putObject("shortDescription").put("text", rule.description());
            node.putObject("defaultConfiguration").put("level", level(rule.severity()));
        }
        run.put("columnKind", "unicodeCodePoints");
        ArrayNode results = run.putArray("results");
        for (Finding finding : report.findings()) {
            ObjectNode result = results.addObject().put("ruleId", finding.rule()).put("ruleIndex", ruleIds.indexOf(finding.rule()))
                    .put("level", level(finding.severity()));
            result.putObject("message").put("text", finding.message());
            List<Location> locations = finding.locations();
            if (!locations.isEmpty()) {
                result.putArray("locations").add(location(locations.get(0), null));
            }
            if (locations.size() > 1) {
                ArrayNode related = result.putArray("relatedLocations");
                for (int i = 1; i < locations.size(); i++) {
                    related.add(location(locations.get(i), i));
                }
            }
            if (finding.accepted() != null) {
                ObjectNode suppression = result.putArray("suppressions").addObject().put("kind", "external");
                if (!finding.accepted().isEmpty()) {
                    suppression.put("justification", finding.accepted());
                }
            }
        }
        Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, root);
        out.write('\n');
        out.flush();
    }

    private static ObjectNode location(Location location, Integer id) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        if (id != null) {
            node.put("id", id);
        }
        ObjectNode physical = node.putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", uri(location.file()));
        if (location.start() != null) {
            ObjectNode region = physical.putObject("region");
            if (location.line() != null) {
                region.put("startLine", location.line()).put("startColumn", location.column());
            }
            region.put("charOffset", location.start()).put("charLength", location.end() - location.start());
            if (location.text() != null) {
                region.putObject("snippet").put("text", location.text());
            }
        }
        if (location.detail() != null) {
            node.putObject("message").put("text", location.detail());
        }
        return node;
    }

    /** A relative URI reference for the path as given, spaces and other reserved characters escaped. */
    private static String uri(String path) {
        try {
            return new URI(null, null, path.replace('\\', '/'), null).toASCIIString();
        } catch (URISyntaxException e) {
            return path;
        }
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
