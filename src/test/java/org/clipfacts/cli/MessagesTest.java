package org.clipfacts.cli;

import org.clipfacts.CliRun;
import org.clipfacts.output.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What stderr says: one line per problem, naming the file as given and the reason in words. */
class MessagesTest {
    @TempDir
    Path temp;

    @Test
    void controlCharactersInAFileNameAreEscapedSoItsLineStaysOne() throws IOException {
        Path clippings = Files.createDirectory(temp.resolve("clippings"));
        Files.write(clippings.resolve("two\nlines.txt"), new byte[0]);
        Files.write(clippings.resolve("\u001b[31mred.txt"), new byte[0]);
        CliRun run = CliRun.of("extract", clippings.toString());
        assertEquals(1, run.exitCode());
        assertEquals(List.of("clipfacts: " + clippings + "/\\x1b[31mred.txt: empty file", "clipfacts: " + clippings + "/two\\nlines.txt: empty file"),
                run.err().lines().sorted().toList());
    }

    @Test
    void aDanglingLinkInADirectoryIsAWarningLine() throws IOException {
        Path clippings = Files.createDirectory(temp.resolve("clippings"));
        Files.write(clippings.resolve("empty.txt"), new byte[0]);
        Files.createSymbolicLink(clippings.resolve("gone.txt"), temp.resolve("deleted.txt"));
        Files.createSymbolicLink(clippings.resolve("gone.png"), temp.resolve("deleted.png"));
        CliRun run = CliRun.of("extract", clippings.toString());
        assertEquals(1, run.exitCode(), "the empty file; the link is a warning");
        assertEquals(List.of("clipfacts: " + clippings + "/gone.txt: warning: a symbolic link to a file that does not exist: skipped",
                "clipfacts: " + clippings + "/empty.txt: empty file"), run.err().lines().toList());
        assertEquals(List.of("clipfacts: " + clippings + "/empty.txt: empty file"),
                CliRun.of("extract", clippings.toString(), "--quiet").err().lines().toList());
        CliRun given = CliRun.of("extract", clippings.resolve("gone.txt").toString());
        assertEquals(List.of("clipfacts: " + clippings + "/gone.txt: a symbolic link to a file that does not exist"), given.err().lines().toList());
    }

    @Test
    void aCacheThatCannotBeWrittenIsAnOutputErrorAndEveryDocumentIsStillWritten() throws IOException {
        Path cache = Files.createDirectory(temp.resolve("cache"));
        // A file where each entry's directory would go: every entry fails, though DIR itself is writable.
        for (int prefix = 0; prefix < 256; prefix++) {
            Files.write(cache.resolve(HexFormat.of().toHexDigits((byte) prefix)), new byte[0]);
        }
        Path clipping = Files.writeString(temp.resolve("short.txt"), "Talks\n\nJoe Biden met Angela Merkel in Berlin.\n");
        CliRun run = CliRun.of("extract", clipping.toString(), "--facts", "people", "--format", "jsonl", "--cache", cache.toString());
        assertEquals(3, run.exitCode(), run.err());
        List<String> errors = run.err().lines().toList();
        assertEquals(1, errors.size(), run.err());
        assertTrue(errors.get(0).startsWith("clipfacts: " + cache + ": cannot write: a file is in the way ("), run.err());
        assertEquals("joe-biden", Json.MAPPER.readTree(run.out()).get("people").get(0).get("id").asText());
    }
}
