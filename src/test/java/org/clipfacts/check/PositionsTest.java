package org.clipfacts.check;

import org.clipfacts.article.ClippingReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PositionsTest {
    private static final String TEXT = "\uFEFFfirst line\nAndrés 😀 said \"hello there\"\n";
    /** Code points before "hello": the BOM is dropped, the emoji is one. */
    private static final int HELLO = "first line\nAndrés 😀 said \"".codePointCount(0, "first line\nAndrés 😀 said \"".length());

    @TempDir
    Path temp;

    private Location locate(Path file, String sha256) {
        Finding finding = new Finding("quote.variant", Severity.INFO, "m", List.of(Location.fact(file.toString(), HELLO, HELLO + 11, "hello there", null)));
        Positions positions = new Positions(new ClippingReader(ClippingReader.DEFAULT_MAX_CHARS), Map.of(file.toString(), sha256));
        return positions.locate(List.of(finding)).get(0).locations().get(0);
    }

    @Test
    void linesAndColumnsCountCodePointsOfTheDecodedClipping() throws IOException {
        byte[] bytes = TEXT.getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(temp.resolve("a.txt"), bytes);
        Location located = locate(file, ClippingReader.sha256(bytes));
        assertEquals(2, located.line());
        assertEquals(16, located.column());
    }

    @Test
    void aClippingChangedSinceExtractionOrMissingGivesOffsetsOnly() throws IOException {
        Path file = Files.writeString(temp.resolve("a.txt"), TEXT);
        assertNull(locate(file, "0".repeat(64)).line());
        assertNull(locate(temp.resolve("gone.txt"), "0".repeat(64)).line());
        assertEquals(HELLO, locate(temp.resolve("gone.txt"), "0".repeat(64)).start());
    }
}
