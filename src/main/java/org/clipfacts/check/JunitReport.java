package org.clipfacts.check;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code --format junit}: JUnit XML as CI systems show test results. One test suite per rule that ran; a
 * rule without findings is one passing test, so CI lists what was checked. Each finding is a test: a
 * failure when it fails {@code --fail-on}, skipped when accepted, passing (its places in
 * {@code system-out}) when below the threshold.
 */
final class JunitReport {
    private static final String INDENT = "  ";

    private JunitReport() {
    }

    static void write(Report report, Severity failOn, OutputStream out) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            newline(xml, 0);
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "clipfacts check");
            int tests = report.rules().stream().mapToInt(rule -> testsOf(report.findingsOf(rule.id()))).sum();
            writeCounts(xml, tests, report.findings(), failOn);
            for (Report.RuleRun rule : report.rules()) {
                writeSuite(xml, rule, report.findingsOf(rule.id()), failOn);
            }
            newline(xml, 0);
            xml.writeEndElement();
            newline(xml, 0);
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
        }
        out.flush();
    }

    private static void writeSuite(XMLStreamWriter xml, Report.RuleRun rule, List<Finding> findings, Severity failOn) throws XMLStreamException {
        newline(xml, 1);
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", rule.id());
        writeCounts(xml, testsOf(findings), findings, failOn);
        if (findings.isEmpty()) {
            newline(xml, 2);
            xml.writeEmptyElement("testcase");
            xml.writeAttribute("classname", rule.id());
            xml.writeAttribute("name", clean("no findings: " + rule.description()));
        }
        for (Finding finding : findings) {
            writeCase(xml, finding, failOn);
        }
        newline(xml, 1);
        xml.writeEndElement();
    }

    private static void writeCase(XMLStreamWriter xml, Finding finding, Severity failOn) throws XMLStreamException {
        Location first = finding.locations().isEmpty() ? null : finding.locations().get(0);
        newline(xml, 2);
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", finding.rule());
        xml.writeAttribute("name", clean((first == null ? "" : first.position() + ": ") + finding.message()));
        if (first != null) {
            xml.writeAttribute("file", clean(first.file()));
            if (first.line() != null) {
                xml.writeAttribute("line", String.valueOf(first.line()));
            }
        }
        newline(xml, 3);
        if (finding.accepted() != null) {
            xml.writeEmptyElement("skipped");
            xml.writeAttribute("message", clean("accepted" + (finding.accepted().isEmpty() ? "" : ": " + finding.accepted())));
        } else if (finding.fails(failOn)) {
            xml.writeStartElement("failure");
            xml.writeAttribute("type", finding.severity().label());
            xml.writeAttribute("message", clean(finding.message()));
            xml.writeCharacters(clean(places(finding)));
            xml.writeEndElement();
        } else {
            xml.writeStartElement("system-out");
            xml.writeCharacters(clean(finding.severity().label() + ": " + finding.message() + "\n" + places(finding)));
            xml.writeEndElement();
        }
        newline(xml, 2);
        xml.writeEndElement();
    }

    /** A rule's tests: one per finding, or the one passing test of a rule without findings. */
    private static int testsOf(List<Finding> findings) {
        return Math.max(1, findings.size());
    }

    private static void writeCounts(XMLStreamWriter xml, int tests, List<Finding> findings, Severity failOn) throws XMLStreamException {
        xml.writeAttribute("tests", String.valueOf(tests));
        xml.writeAttribute("failures", String.valueOf(findings.stream().filter(finding -> finding.fails(failOn)).count()));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", String.valueOf(findings.stream().filter(finding -> finding.accepted() != null).count()));
    }

    private static String places(Finding finding) {
        return finding.locations().stream().map(location -> location.position()
                        + (location.detail() == null ? "" : " [" + location.detail() + "]")
                        + (location.text() == null ? "" : " \"" + Phrases.excerpt(location.text(), Phrases.IN_LOCATION) + "\""))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private static void newline(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + INDENT.repeat(depth));
    }

    /** The text without what XML 1.0 cannot carry (control characters, lone surrogates): a clipping may hold anything. */
    private static String clean(String text) {
        StringBuilder cleaned = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> cleaned.appendCodePoint(allowedInXml(codePoint) ? codePoint : 0xFFFD));
        return cleaned.toString();
    }

    private static boolean allowedInXml(int codePoint) {
        return codePoint == 0x9 || codePoint == 0xA || codePoint == 0xD || codePoint >= 0x20 && codePoint <= 0xD7FF
                || codePoint >= 0xE000 && codePoint <= 0xFFFD || codePoint >= 0x10000 && codePoint <= 0x10FFFF;
    }
}
