package org.clipfacts.check;

import com.fasterxml.jackson.databind.JsonNode;
import org.clipfacts.output.Json;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportFormatTest {
    /** Three rules: one finding each of error (with a control character from a hostile clipping), warning, accepted info; one rule quiet. */
    private static final Report REPORT = new Report(3, List.of(
            new Report.RuleRun("charge.conflict", Severity.ERROR, "Counts differ."),
            new Report.RuleRun("metadata.missing", Severity.WARNING, "Metadata missing."),
            new Report.RuleRun("quote.variant", Severity.INFO, "Quote variants."),
            new Report.RuleRun("person.spelling", Severity.WARNING, "Spellings.")), List.of(
            new Finding("charge.conflict", Severity.ERROR, "x faces 18 and 17 charges",
                    List.of(new Location("a b.txt", 3, 13, 2, 4, "18 charges\u0001", "count 18"), Location.fact("c.txt", 0, 10, "17 charges", "count 17"))),
            new Finding("metadata.missing", Severity.WARNING, "no URL", List.of(Location.ofFile("c.txt"))),
            new Finding("quote.variant", Severity.INFO, "quote worded 2 ways", List.of(Location.fact("a b.txt", 20, 30, "words one", null)))
                    .accept("known")));

    private static String written(ReportFormat format, Severity failOn) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.write(REPORT, failOn, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void junitXmlParsesBackWithOneSuitePerRuleAndFailuresAtTheThreshold() throws Exception {
        String xml = written(ReportFormat.JUNIT, Severity.WARNING);
        org.w3c.dom.Document parsed = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Element root = parsed.getDocumentElement();
        assertEquals("testsuites", root.getTagName());
        assertEquals("4", root.getAttribute("tests"));
        assertEquals("2", root.getAttribute("failures"));
        assertEquals("1", root.getAttribute("skipped"));
        NodeList suites = root.getElementsByTagName("testsuite");
        assertEquals(4, suites.getLength());
        Element charges = (Element) suites.item(0);
        assertEquals("charge.conflict", charges.getAttribute("name"));
        Element failure = (Element) charges.getElementsByTagName("failure").item(0);
        assertEquals("error", failure.getAttribute("type"));
        assertTrue(failure.getTextContent().contains("a b.txt:2:4 [count 18] \"18 charges\uFFFD\""), failure.getTextContent());
        Element testcase = (Element) charges.getElementsByTagName("testcase").item(0);
        assertEquals("a b.txt", testcase.getAttribute("file"));
        assertEquals("2", testcase.getAttribute("line"));
        Element variant = (Element) suites.item(2);
        assertEquals("accepted: known", ((Element) variant.getElementsByTagName("skipped").item(0)).getAttribute("message"));
        Element quiet = (Element) suites.item(3);
        assertEquals("1", quiet.getAttribute("tests"));
        assertEquals("0", quiet.getAttribute("failures"));
    }

    @Test
    void belowTheThresholdAFindingIsAPassingTestThatShowsItsPlaces() throws Exception {
        String xml = written(ReportFormat.JUNIT, Severity.ERROR);
        org.w3c.dom.Document parsed = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertEquals("1", parsed.getDocumentElement().getAttribute("failures"));
        assertEquals("warning: no URL\nc.txt\n", parsed.getElementsByTagName("system-out").item(0).getTextContent());
    }

    @Test
    void sarifHasRulesLevelsCodePointRegionsAndSuppressions() throws Exception {
        JsonNode run = Json.MAPPER.readTree(written(ReportFormat.SARIF, Severity.ERROR)).get("runs").get(0);
        assertEquals("unicodeCodePoints", run.get("columnKind").asText());
        assertEquals(4, run.at("/tool/driver/rules").size());
        JsonNode results = run.get("results");
        assertEquals("error", results.get(0).get("level").asText());
        assertEquals("a%20b.txt", results.get(0).at("/locations/0/physicalLocation/artifactLocation/uri").asText());
        JsonNode region = results.get(0).at("/locations/0/physicalLocation/region");
        assertEquals(2, region.get("startLine").asInt());
        assertEquals(4, region.get("startColumn").asInt());
        assertEquals(3, region.get("charOffset").asInt());
        assertEquals(10, region.get("charLength").asInt());
        assertEquals(1, results.get(0).get("relatedLocations").size());
        assertFalse(results.get(1).at("/locations/0/physicalLocation").has("region"));
        assertEquals("note", results.get(2).get("level").asText());
        assertEquals("known", results.get(2).at("/suppressions/0/justification").asText());
    }

    @Test
    void jsonCountsFindingsBySeverityAndSaysWhetherTheRunFails() throws Exception {
        JsonNode root = Json.MAPPER.readTree(written(ReportFormat.JSON, Severity.ERROR));
        assertTrue(root.get("failed").asBoolean());
        assertEquals(1, root.at("/counts/error").asInt());
        assertEquals(1, root.at("/counts/accepted").asInt());
        assertEquals(0, root.at("/counts/info").asInt());
        assertEquals("known", root.at("/findings/2/accepted").asText());
        assertFalse(root.at("/findings/0").has("accepted"));
        assertEquals(2, root.at("/findings/0/locations/0/line").asInt());
        assertFalse(root.at("/findings/1/locations/0").has("line"));
    }

    @Test
    void textGroupsByRuleWithPlacesAndASummary() throws Exception {
        String text = written(ReportFormat.TEXT, Severity.ERROR);
        assertEquals("""
                charge.conflict: 1 error
                  error: x faces 18 and 17 charges
                    a b.txt:2:4  [count 18] "18 charges\u0001"
                    c.txt        [count 17] "17 charges"

                metadata.missing: 1 warning
                  c.txt: warning: no URL

                quote.variant: 1 accepted
                  info (accepted: known): quote worded 2 ways
                    a b.txt  "words one"

                clipfacts check: 3 clippings: 1 error, 1 warning, 1 accepted
                """, text);
    }
}
