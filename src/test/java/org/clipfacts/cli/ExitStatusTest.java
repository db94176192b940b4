package org.clipfacts.cli;

import org.clipfacts.CliRun;
import org.clipfacts.article.ClippingReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's table of exit statuses, row by row, for every command. The runs need no model: they read an
 * empty clipping, or documents already extracted, so a status is seen within a second.
 */
class ExitStatusTest {
    @TempDir
    Path temp;

    private Path empty;
    private Path extracted;
    private Path gold;

    /** One clipping, its answers and its extracted document, so that evaluate and check write a report. */
    @BeforeEach
    void writeCorpus() throws IOException {
        empty = Files.write(temp.resolve("empty.txt"), new byte[0]);
        byte[] clipping = "Talks\n\nThe talks went on.\n".getBytes(StandardCharsets.UTF_8);
        Path talks = Files.write(temp.resolve("talks.txt"), clipping);
        gold = Files.createDirectory(temp.resolve("gold"));
        Files.writeString(gold.resolve("talks.json"), "{\"people\": [], \"dates\": [], \"charges\": [], \"quotes\": []}");
        extracted = Files.writeString(temp.resolve("extracted.jsonl"), "{\"source\": \"" + talks + "\", \"sha256\": \""
                + ClippingReader.sha256(clipping) + "\", \"article\": {\"title\": \"Talks\", \"url\": null, \"publisher\": null, "
                + "\"dateline\": null, \"date\": null, \"language\": \"en\"}, \"people\": [], \"dates\": [], \"charges\": [], "
                + "\"quotes\": [], \"warnings\": []}\n");
    }

    /** A command of each kind that writes to standard output. */
    private List<String[]> commandsWritingOutput() {
        return List.of(new String[] {"extract", empty.toString()},
                new String[] {"evaluate", "--gold", gold.toString(), "--extracted", extracted.toString()},
                new String[] {"check", "--extracted", extracted.toString()});
    }

    private static OutputStream failingWith(String error) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException(error);
            }
        };
    }

    @Test
    void usageErrorsAreOneLineAndStatusTwoForEveryCommand() {
        List<String[]> usageErrors = List.of(new String[] {"frobnicate"}, new String[] {},
                new String[] {"extract", "--threads", "0"}, new String[] {"extract", "-j", "-1"},
                new String[] {"extract", "--timeout-per-file", "0"}, new String[] {"extract", "--timeout-per-file", "-1"},
                new String[] {"extract", "--max-chars", "-5"}, new String[] {"extract", "--max-chars", "0"},
                new String[] {"extract", "--max-chars", "99999999999"}, new String[] {"extract", "--facts", "bogus"},
                new String[] {"check", "--threads", "0"}, new String[] {"check", "--timeout-per-file", "-1"},
                new String[] {"check", "--max-chars", "0"}, new String[] {"evaluate", "--gold", "g", "--max-chars", "-5", "x"},
                new String[] {"evaluate", "--gold", "g", "--facts", "bogus", "x"}, new String[] {"evaluate", "x"});
        for (String[] args : usageErrors) {
            CliRun run = CliRun.of(args);
            String command = String.join(" ", args);
            assertEquals(2, run.exitCode(), command);
            assertEquals(1, run.err().lines().count(), command + ": " + run.err());
            assertTrue(run.err().startsWith("clipfacts: "), run.err());
            assertTrue(!run.err().contains("java.") && !run.err().contains("Exception"), run.err());
        }
        assertEquals("clipfacts: Invalid value for option '--threads': '0' is not a whole number from 1 to 2147483647 "
                + "(see 'clipfacts extract --help')\n", CliRun.of("extract", "--threads", "0").err());
        assertEquals("clipfacts: Invalid value for option '--facts' (KIND): unknown fact kind 'bogus' (expected one of people, dates, "
                + "charges, quotes) (see 'clipfacts extract --help')\n", CliRun.of("extract", "--facts", "bogus").err());
    }

    @Test
    void aFailedWriteToStandardOutputIsOneLineAndStatusThree() {
        for (String[] args : commandsWritingOutput()) {
            CliRun run = CliRun.writingTo(failingWith("No space left on device"), args);
            assertEquals(3, run.exitCode(), args[0] + ": " + run.err());
            assertTrue(run.err().endsWith("clipfacts: standard output: cannot write: No space left on device\n"), run.err());
        }
    }

    @Test
    void aClosedPipeIsTheQuietStatus141() {
        for (String[] args : commandsWritingOutput()) {
            CliRun run = CliRun.writingTo(failingWith("Broken pipe"), args);
            assertEquals(141, run.exitCode(), args[0] + ": " + run.err());
            assertTrue(run.err().lines().noneMatch(line -> line.contains("standard output")), run.err());
        }
    }

    @Test
    void aFailureOfClipfactsItselfIsStatusFour() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        picocli.CommandLine commandLine = Main.commandLine(new Failing());
        commandLine.setErr(new java.io.PrintWriter(new PrintStream(err, true, StandardCharsets.UTF_8), true));
        assertEquals(4, commandLine.execute());
        assertEquals("clipfacts: error: something clipfacts did not expect\n", err.toString(StandardCharsets.UTF_8));
    }

    @picocli.CommandLine.Command(name = "failing")
    static final class Failing implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("something clipfacts did not expect");
        }
    }

    /** clipfacts as a process of its own, on this test's class path. */
    private static ProcessBuilder clipfacts(String... args) {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx256m", "-XX:-UsePerfData", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    private static String stderrOf(Process process) throws IOException {
        return new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void aFullDeviceAsStandardOutputIsStatusThreeAndAClosedPipe141() throws IOException, InterruptedException {
        Path full = temp.resolve("full");
        assertEquals(0, new ProcessBuilder("mknod", full.toString(), "c", "1", "7").start().waitFor());
        Process toFull = clipfacts("check", "--extracted", extracted.toString()).redirectOutput(full.toFile()).start();
        assertEquals("clipfacts: standard output: cannot write: No space left on device\n", stderrOf(finished(toFull)));
        assertEquals(3, toFull.exitValue());
        Process versionToFull = clipfacts("--version").redirectOutput(full.toFile()).start();
        assertEquals("clipfacts: standard output: cannot write: No space left on device\n", stderrOf(finished(versionToFull)));
        assertEquals(3, versionToFull.exitValue());

        Process toClosedPipe = clipfacts("check", "--extracted", extracted.toString()).start();
        toClosedPipe.getInputStream().close();
        assertEquals("", stderrOf(toClosedPipe));
        assertTrue(toClosedPipe.waitFor(30, TimeUnit.SECONDS));
        assertEquals(141, toClosedPipe.exitValue());
    }

    @Test
    void anOutputFileThatCannotGrowIsStatusThreeAndLeavesNoPartialFile() throws IOException, InterruptedException {
        StringBuilder documents = new StringBuilder();
        String document = Files.readString(extracted);
        for (int i = 0; i < 50; i++) {
            documents.append(document.replace("talks.txt", "talks-" + i + ".txt"));
        }
        Path many = Files.writeString(temp.resolve("many.jsonl"), documents);
        Path report = temp.resolve("report.txt");
        // A file-size limit of 1 KB, as a full disk would stop the report part way (the JVM turns SIGXFSZ into EFBIG).
        List<String> command = new ArrayList<>(List.of("bash", "-c", "ulimit -f 1; exec \"$@\"", "clipfacts"));
        command.addAll(clipfacts("check", "--extracted", many.toString(), "-o", report.toString()).command());
        Process process = new ProcessBuilder(command).start();
        assertEquals("clipfacts: " + report + ": cannot write: File too large\n", stderrOf(finished(process)));
        assertEquals(3, process.exitValue());
        try (var files = Files.list(temp)) {
            assertTrue(files.noneMatch(file -> file.getFileName().toString().contains("report.txt")), "no report, whole or partial");
        }
    }

    private static Process finished(Process process) throws InterruptedException {
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        return process;
    }

    @Test
    void anInterruptIs130AndLeavesNoPartialOutput() throws IOException, InterruptedException {
        Path fifo = temp.resolve("extracted-fifo");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        Path output = temp.resolve("out.json");
        // Each waits for input that never comes: standard input kept open, a FIFO nobody writes to.
        List<String[]> waiting = List.of(new String[] {"extract", "-o", output.toString()},
                new String[] {"check", "-o", output.toString()},
                new String[] {"evaluate", "--gold", gold.toString(), "--extracted", fifo.toString()});
        for (String[] args : waiting) {
            Process process = clipfacts(args).start();
            Thread.sleep(1500);
            assertTrue(process.isAlive(), args[0] + " is waiting for input");
            assertEquals(0, new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor());
            assertTrue(process.waitFor(30, TimeUnit.SECONDS));
            assertEquals(130, process.exitValue(), args[0] + ": " + stderrOf(process));
            try (var files = Files.list(temp)) {
                assertTrue(files.noneMatch(file -> file.getFileName().toString().startsWith(".out.json")), "partial output removed");
            }
            assertTrue(Files.notExists(output));
        }
    }
}
